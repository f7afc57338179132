/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * UTF-8 as RFC 3629 has it: no overlong forms, no surrogates, nothing
 * above U+10FFFF; the control characters; lengths and widths.  Pure C;
 * only utf8_width asks the locale (wcwidth).
 */
#ifndef UTIL_UTF8_H
#define UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/**
 * The length (1 to 4) of the well-formed UTF-8 sequence at @s, looking at
 * no more than @n bytes; 0 when @s does not start one (or @n is 0).
 */
size_t utf8_sequence(const char *s, size_t n);

/**
 * utf8_sequence, and the code point it encodes stored at @code (when not
 * NULL); @code is left alone when the length is 0.
 */
size_t utf8_decode(const char *s, size_t n, uint32_t *code);

/**
 * The characters in the @len bytes at @s: a byte that starts no
 * well-formed sequence counts as one.
 */
size_t utf8_length(const char *s, size_t len);

/**
 * The terminal columns the @len bytes at @s take as written out cleaned
 * (utf8_write_clean): by wcwidth in the current locale (two for a wide
 * character, none for a combining one); a control character, a byte that
 * starts no sequence, or a character the locale does not know: one.
 */
int utf8_width(const char *s, size_t len);

/**
 * Whether the code point @c is a control character: C0 (U+0000 to
 * U+001F), DEL (U+007F) or C1 (U+0080 to U+009F).  Written to a terminal,
 * these move the cursor or change its state instead of showing a letter.
 */
bool utf8_is_control(uint32_t c);

/**
 * The length in bytes (1 or 2) of the control character (utf8_is_control)
 * at @s, looking at no more than @n bytes; 0 when @s does not start one.
 * Every place that writes catalogue or typed text to a terminal, a file
 * or the speech engine cleans it with this.
 */
size_t utf8_control(const char *s, size_t n);

/**
 * Write the @len bytes at @s to @out with each control character
 * (utf8_control) written as the one byte @with; the result of the
 * stream's last write (EOF on an error, as putc).
 */
int utf8_write_clean(FILE *out, const char *s, size_t len, char with);

#endif
