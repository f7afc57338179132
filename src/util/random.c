/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Kernel randomness.  getrandom() blocks only until the pool is first
 * initialised at boot, which a kiosk has long passed.
 */
#include "random.h"

#include <errno.h>
#include <sys/random.h>

int
random_bytes(uint8_t *buf, size_t n)
{
	while (n > 0) {
		ssize_t got = getrandom(buf, n, 0);

		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += got;
		n -= (size_t)got;
	}
	return 0;
}
