/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * UTF-8 as RFC 3629 has it: no overlong forms, no surrogates, nothing
 * above U+10FFFF.  Pure C, no locale.
 */
#ifndef UTIL_UTF8_H
#define UTIL_UTF8_H

#include <stddef.h>

/**
 * The length (1 to 4) of the well-formed UTF-8 sequence at @s, looking at
 * no more than @n bytes; 0 when @s does not start one (or @n is 0).
 */
size_t utf8_sequence(const char *s, size_t n);

#endif
