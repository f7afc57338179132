/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * UTF-8 well-formedness: see utf8.h.
 */
#include "utf8.h"

#include <stdint.h>
#include <wchar.h>


size_t
utf8_decode(const char *text, size_t n, uint32_t *code)
{
	const unsigned char *s = (const unsigned char *)text;
	uint32_t cp;
	size_t more;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		if (code != NULL)
			*code = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		more = 1;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		more = 2;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		more = 3;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n - 1 < more)
		return 0;
	for (size_t k = 1; k <= more; k++) {
		if ((s[k] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[k] & 0x3f);
	}
	if ((more == 2 && cp < 0x800) || (more == 3 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	if (code != NULL)
		*code = cp;
	return more + 1;
}

size_t
utf8_sequence(const char *s, size_t n)
{
	return utf8_decode(s, n, NULL);
}

size_t
utf8_length(const char *s, size_t len)
{
	size_t chars = 0;

	for (size_t i = 0, n; i < len; i += n, chars++)
		if ((n = utf8_sequence(s + i, len - i)) == 0)
			n = 1;
	return chars;
}

int
utf8_width(const char *s, size_t len)
{
	int cols = 0;

	for (size_t i = 0, n; i < len; i += n) {
		uint32_t c = 0xfffd;
		int w;

		if ((n = utf8_decode(s + i, len - i, &c)) == 0)
			n = 1;
		w = utf8_is_control(c) ? 1 : wcwidth((wchar_t)c);
		cols += w < 0 ? 1 : w;
	}
	return cols;
}

bool
utf8_is_control(uint32_t c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

size_t
utf8_control(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;

	if (n >= 1 && s[0] < 0x80)
		return utf8_is_control(s[0]) ? 1 : 0;
	/* U+0080 to U+009F: 0xC2 then 0x80 to 0x9F. */
	if (n >= 2 && s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
		return 2;
	return 0;
}

int
utf8_write_clean(FILE *out, const char *s, size_t len, char with)
{
	int r = 0;

	for (size_t i = 0, n; i < len && r != EOF; i += n) {
		if ((n = utf8_control(s + i, len - i)) != 0) {
			r = putc(with, out);
		} else {
			r = putc(s[i], out);
			n = 1;
		}
	}
	return r;
}
