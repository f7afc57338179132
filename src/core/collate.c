/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Label collation: one UTF-8 character at a time (util/utf8), ASCII letters
 * lower-cased and Latin-1 and Latin Extended-A letters reduced to their
 * base letter; anything else compares by code point.
 */
#include "collate.h"

#include <stdint.h>
#include <string.h>

#include "util/utf8.h"

/*
 * Base letters of U+00C0..U+017F, lower case; ' ' keeps the code point
 * (multiplication and division signs).
 */
static const char latin_base[] =
	"aaaaaaaceeeeiiiidnooooo ouuuuyts"
	"aaaaaaaceeeeiiiidnooooo ouuuuyty"
	"aaaaaaccccccccddddeeeeeeeeeegggg"
	"gggghhhhiiiiiiiiiiiijjkkklllllll"
	"lllnnnnnnnnnoooooooorrrrrrssssss"
	"ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/*
 * The next sort character of the UTF-8 text at *@s (before @end): ASCII
 * letters lower-cased, Latin-1 and Latin Extended-A letters reduced to
 * their base letter, anything else its code point (a stray byte itself).
 */
static uint32_t
next_sort_char(const unsigned char **s, const unsigned char *end)
{
	const unsigned char *p = *s;
	uint32_t cp = *p;
	size_t n = utf8_decode((const char *)p, (size_t)(end - p), &cp);

	/* not UTF-8: the lead byte stands alone */
	p += n > 0 ? n : 1;
	*s = p;
	if (cp >= 'A' && cp <= 'Z')
		return cp - 'A' + 'a';
	if (cp >= 0xc0 && cp - 0xc0 < sizeof latin_base - 1 &&
	    latin_base[cp - 0xc0] != ' ')
		return (uint32_t)latin_base[cp - 0xc0];
	return cp;
}

int
collate_labels(const char *a, size_t alen, const char *b, size_t blen)
{
	const unsigned char *p = (const unsigned char *)a, *pend = p + alen;
	const unsigned char *q = (const unsigned char *)b, *qend = q + blen;
	int c;

	while (p < pend && q < qend) {
		uint32_t x = next_sort_char(&p, pend);
		uint32_t y = next_sort_char(&q, qend);

		if (x != y)
			return x < y ? -1 : 1;
	}
	if (p < pend || q < qend)
		return p < pend ? 1 : -1;
	/* Equal when folded: a fixed order all the same. */
	c = memcmp(a, b, alen < blen ? alen : blen);
	if (c != 0)
		return c;
	return alen < blen ? -1 : alen > blen;
}
