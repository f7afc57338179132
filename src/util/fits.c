/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Text that fits its buffer: see fits.h.
 */
#include "fits.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

bool
fits_copy(char *dst, size_t size, const char *src)
{
	size_t n = src != NULL ? strlen(src) : 0;

	if (size == 0)
		return false;
	if (n >= size) {
		dst[0] = '\0';
		return false;
	}
	memcpy(dst, src != NULL ? src : "", n);
	dst[n] = '\0';
	return true;
}

const char *
fits_format(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	size_t len, lead;
	int n;

	if (size == 0)
		return buf;
	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (n < 0) {
		buf[0] = '\0';
		return buf;
	}
	if ((size_t)n < size)
		return buf;
	/* Cut: drop a last character that lost some of its bytes. */
	len = size - 1;
	lead = len;
	while (lead > 0 && len - lead < 4 &&
	    ((unsigned char)buf[lead - 1] & 0xc0) == 0x80)
		lead--;
	if (lead > 0 && (unsigned char)buf[lead - 1] >= 0xc0 &&
	    utf8_sequence(buf + lead - 1, len - lead + 1) == 0)
		buf[lead - 1] = '\0';
	return buf;
}
