/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Text that fits its buffer, or is known not to: the three ways this
 * program uses snprintf().  A number's buffer is sized by FITS_DECIMAL,
 * so it cannot be cut; a name or a code is copied whole or not at all
 * (fits_copy); a text only shown or said is cut on a whole character
 * (fits_format).  Text of no fixed length goes to xasprintf() instead.
 * scripts/check-snprintf keeps every other snprintf() result checked.
 */
#ifndef UTIL_FITS_H
#define UTIL_FITS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

/* Bytes for the decimal text of any value of the integer type @T, its
 * sign and its NUL: each bit adds less than a third of a digit
 * (log10 2 < 1/3), plus one for the rounding down. */
#define FITS_DECIMAL(T) (sizeof(T) * CHAR_BIT / 3 + 3)

/**
 * Copy @src (NULL is "") into @dst of @size bytes whole.  @return false,
 * with @dst empty, when it is too long: a name or code is never used cut.
 */
bool fits_copy(char *dst, size_t size, const char *src);

/**
 * Format into @buf of @size bytes a text that is only shown or said.  A
 * text too long for @buf ends with its last whole UTF-8 character (the
 * screen would cut it sooner); an encoding error leaves @buf empty.
 * @return @buf.
 */
const char *fits_format(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
