/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files copied by tests (see copy.h).  sendfile(2) rather than
 * copy_file_range(2): since Linux 5.19 the latter refuses (EXDEV) to copy
 * between two file systems of different kinds, such as a build tree on
 * disk and /tmp on tmpfs, and would need a second way beside it.
 */
#include "copy.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/sendfile.h>
#include <unistd.h>

/* The most one sendfile() call is asked for (it moves at most about
 * 2 GiB at a time anyway). */
#define COPY_CHUNK ((size_t)1 << 30)

int
copy_file_head(const char *from, const char *to, size_t bytes)
{
	int in = open(from, O_RDONLY | O_CLOEXEC), out = -1, saved, rc = -1;
	size_t done = 0;

	if (in < 0)
		return -1;
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (out < 0)
		goto end;
	/* Each call may move less than asked: go on from where it stopped
	 * until the end of @from (0) or @bytes. */
	while (done < bytes) {
		size_t want = bytes - done < COPY_CHUNK ? bytes - done : COPY_CHUNK;
		ssize_t n = sendfile(out, in, NULL, want);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto end;
		if (n == 0)
			break;
		done += (size_t)n;
	}
	rc = 0;
end:
	saved = errno;
	if (out >= 0 && close(out) != 0 && rc == 0) {
		rc = -1;
		saved = errno;
	}
	close(in);
	errno = saved;
	return rc;
}

int
copy_file(const char *from, const char *to)
{
	return copy_file_head(from, to, SIZE_MAX);
}
