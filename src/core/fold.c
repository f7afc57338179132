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

/* Append @n bytes to @b.  A buffer that grows leaves no copy of what
 * was typed behind: the old one is overwritten before it is freed. */
static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		char *data;

		while (b->len + n + 1 > cap)
			cap *= 2;
		data = xmalloc(cap);
		if (b->data != NULL) {
			memcpy(data, b->data, b->len + 1);
			xwipe(b->data, b->cap);
			free(b->data);
		}
		b->data = data;
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
	struct buf b = { 0 }, expanded = { 0 };

	buf_add(&b, "", 0);
	if (fold_into(&b, text, false)) {
		buf_add(&expanded, "", 0);
		fold_into(&expanded, text, true);
		if (expanded.len > 0) {
			buf_add(&b, " ", 1);
			buf_add(&b, expanded.data, expanded.len);
		}
		xfree_wiped(expanded.data);
	}
	return b.data;
}

/* What a character is to the query builder. */
enum fold_class {
	FOLD_SEPARATOR,  /* ends a word */
	FOLD_WORD,       /* part of a word */
	FOLD_MARK,       /* combining mark: dropped, the word goes on */
};

/* Whether @cp is a combining mark (the common blocks). */
static bool
is_mark(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x0483 && cp <= 0x0489) ||
	    (cp >= 0x0591 && cp <= 0x05c7) || (cp >= 0x0610 && cp <= 0x061a) ||
	    (cp >= 0x064b && cp <= 0x065f) || cp == 0x0670 ||
	    (cp >= 0x06d6 && cp <= 0x06ed) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
	    (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
	    (cp >= 0xfe20 && cp <= 0xfe2f);
}

/*
 * The class of @cp.  Words are ASCII letters and digits, and every other
 * character outside the blocks of punctuation, symbols and emoji, which
 * the unicode61 tokenizer treats as separators too: a "word" of only such
 * characters would become an FTS term with no token, and AND-ed with the
 * rest it would match nothing.  Combining marks are dropped and do not
 * split a word, as the index's tokenizer (remove_diacritics) does:
 * "cafe" + U+0301 + "0" is the one word "cafe0".
 */
static enum fold_class
classify(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z') ? FOLD_WORD : FOLD_SEPARATOR;
	if (is_mark(cp))
		return FOLD_MARK;
	if ((cp >= 0x80 && cp <= 0xbf) ||              /* Latin-1 punctuation */
	    cp == 0xd7 || cp == 0xf7 ||                /* × ÷ */
	    (cp >= 0x2000 && cp <= 0x2bff) ||          /* punctuation, symbols */
	    (cp >= 0x2e00 && cp <= 0x2e7f) ||          /* more punctuation */
	    (cp >= 0x3000 && cp <= 0x303f) ||          /* CJK punctuation */
	    (cp >= 0xe000 && cp <= 0xf8ff) ||          /* private use */
	    (cp >= 0xfe00 && cp <= 0xfe0f) ||          /* variation selectors */
	    (cp >= 0xfe30 && cp <= 0xfe4f) ||
	    (cp >= 0xff00 && cp <= 0xff0f) ||          /* fullwidth punctuation */
	    (cp >= 0x1f000 && cp <= 0x1faff))          /* emoji, pictographs */
		return FOLD_SEPARATOR;
	return FOLD_WORD;
}

/* Add one prefix term for @word (@len bytes, cut to FOLD_QUERY_MAX_TERM
 * on a character boundary) to the query @q. */
static void
add_term(struct buf *q, int terms, const char *word, size_t len)
{
	if (len > FOLD_QUERY_MAX_TERM) {
		len = FOLD_QUERY_MAX_TERM;
		while (len > 0 && ((unsigned char)word[len] & 0xc0) == 0x80)
			len--;
	}
	buf_add(q, terms ? " AND \"" : "\"", terms ? 6 : 1);
	buf_add(q, word, len);
	buf_add(q, "\"*", 2);
}

char *
fold_query(const char *typed)
{
	struct buf folded = { 0 }, q = { 0 }, word = { 0 };
	const unsigned char *p;
	size_t left;
	int terms = 0;

	buf_add(&folded, "", 0);
	fold_into(&folded, typed, false);
	buf_add(&word, "", 0);

	p = (const unsigned char *)folded.data;
	left = folded.len;
	/* One pass, one character at a time; a NUL ends the last word. */
	for (;;) {
		uint32_t cp = 0;
		size_t n = left > 0 ? utf8_decode(p, left, &cp) : 0;
		enum fold_class c = n > 0 && cp != UINT32_MAX ? classify(cp) :
		    FOLD_SEPARATOR;

		if (c == FOLD_WORD) {
			buf_add(&word, (const char *)p, n);
		} else if (c == FOLD_SEPARATOR && word.len > 0) {
			if (terms == FOLD_QUERY_MAX_TERMS)
				break;
			add_term(&q, terms++, word.data, word.len);
			word.len = 0;
		}
		if (n == 0)
			break;
		p += n;
		left -= n;
	}
	xwipe(word.data, word.cap);
	free(word.data);
	xfree_wiped(folded.data);
	return q.data;
}
