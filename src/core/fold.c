/*
 * Search folding: see fold.h for the rules and why they exist.
 */
#include "fold.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* A growable byte buffer. */
struct buf {
	char *data;
	size_t len, cap;
};

/* Append @n bytes to @b. */
static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;

		while (b->len + n + 1 > cap)
			cap *= 2;
		b->data = xreallocarray(b->data, cap, 1);
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/*
 * Decode one UTF-8 sequence at @s (at most @n bytes).  Returns its length
 * and sets *@cp, or returns 1 and sets *@cp to UINT32_MAX on bad input.
 */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len;
	uint32_t c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2;
		c = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3;
		c = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		*cp = UINT32_MAX;
		return 1;
	}
	if (len > n) {
		*cp = UINT32_MAX;
		return 1;
	}
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = UINT32_MAX;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Reject overlong forms, surrogates and out-of-range values. */
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) ||
	    (len == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff)) {
		*cp = UINT32_MAX;
		return 1;
	}
	*cp = c;
	return len;
}

/* Whether @cp is an invisible format character worth dropping. */
static bool
is_format(uint32_t cp)
{
	return cp == 0x00ad || (cp >= 0x200b && cp <= 0x200f) ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
	    cp == 0xfeff;
}

/* Whether @cp is white space (ASCII, no-break and the Unicode spaces). */
static bool
is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || cp == 0xa0 ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x3000;
}

/* The German expansion of an umlaut, or NULL. */
static const char *
umlaut_expansion(uint32_t cp)
{
	switch (cp) {
	case 0xe4: return "ae";
	case 0xf6: return "oe";
	case 0xfc: return "ue";
	case 0xc4: return "Ae";
	case 0xd6: return "Oe";
	case 0xdc: return "Ue";
	default: return NULL;
	}
}

/*
 * Append @text to @b folded: ß -> ss, format characters dropped, white
 * space collapsed; with @expand, umlauts become ae/oe/ue.
 * Returns whether an umlaut was seen.
 */
static bool
fold_into(struct buf *b, const char *text, bool expand)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text);
	bool umlaut = false, space = false;

	while (n > 0) {
		uint32_t cp;
		size_t len = utf8_decode(s, n, &cp);
		const char *exp;

		if (cp == UINT32_MAX || is_format(cp)) {
			/* dropped */
		} else if (is_space(cp)) {
			space = b->len > 0;
		} else {
			if (space)
				buf_add(b, " ", 1);
			space = false;
			if (cp == 0xdf || cp == 0x1e9e) {
				buf_add(b, cp == 0xdf ? "ss" : "SS", 2);
			} else if ((exp = umlaut_expansion(cp)) != NULL) {
				umlaut = true;
				if (expand)
					buf_add(b, exp, 2);
				else
					buf_add(b, (const char *)s, len);
			} else {
				buf_add(b, (const char *)s, len);
			}
		}
		s += len;
		n -= len;
	}
	return umlaut;
}

char *
fold_index_text(const char *text)
{
	struct buf b = { 0 };
	size_t plain;

	buf_add(&b, "", 0);
	if (fold_into(&b, text, false)) {
		plain = b.len;
		buf_add(&b, " ", 1);
		fold_into(&b, text, true);
		if (b.len == plain + 1) {
			b.len = plain;
			b.data[plain] = '\0';
		}
	}
	return b.data;
}

/* Whether byte @c may be part of a search word. */
static bool
is_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char *
fold_query(const char *typed)
{
	struct buf folded = { 0 }, q = { 0 };
	const char *p;
	int terms = 0;

	buf_add(&folded, "", 0);
	fold_into(&folded, typed, false);

	p = folded.data;
	while (*p != '\0' && terms < FOLD_QUERY_MAX_TERMS) {
		size_t len = 0;

		while (*p != '\0' && !is_word_byte((unsigned char)*p))
			p++;
		while (is_word_byte((unsigned char)p[len]))
			len++;
		if (len == 0)
			break;
		if (len > FOLD_QUERY_MAX_TERM) {
			size_t keep = FOLD_QUERY_MAX_TERM;

			/* Cut on a character boundary. */
			while (keep > 0 && ((unsigned char)p[keep] & 0xc0) == 0x80)
				keep--;
			buf_add(&q, terms ? " AND \"" : "\"", terms ? 6 : 1);
			buf_add(&q, p, keep);
		} else {
			buf_add(&q, terms ? " AND \"" : "\"", terms ? 6 : 1);
			buf_add(&q, p, len);
		}
		buf_add(&q, "\"*", 2);
		terms++;
		p += len;
	}
	free(folded.data);
	return q.data;
}
