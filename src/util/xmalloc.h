/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Allocation that cannot fail: on exhaustion the program reports and aborts,
 * as tmux and htop do.  A zero size is a programming error and also aborts.
 */
#ifndef UTIL_XMALLOC_H
#define UTIL_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

/** Allocate @size bytes; never returns NULL.  Free with free(). */
void *xmalloc(size_t size);
/** Allocate @n zeroed elements of @size bytes; never returns NULL. */
void *xcalloc(size_t n, size_t size);
/** Resize @ptr to @n elements of @size bytes, checking for overflow. */
void *xreallocarray(void *ptr, size_t n, size_t size);
/**
 * Make room for element @n of the array @ptr (of @size-byte elements)
 * whose capacity is *@cap: the capacity doubles, starting at @first.
 * @return the array, perhaps moved.
 */
void *xgrow(void *ptr, size_t n, size_t *cap, size_t first, size_t size);
/** Free @n strings at @strings and the array itself (NULL is fine). */
void xfree_strings(char **strings, size_t n);
/**
 * Free the string each pointer of the NULL-ended list @members points at
 * and set it to NULL: the string members of a struct, named once,
 * (char **[]){ &s->a, &s->b, NULL }.
 */
void xfree_members(char **const *members);
/** Duplicate @s; never returns NULL.  Free with free(). */
char *xstrdup(const char *s);
/** Print to a new string; never returns NULL.  Free with free(). */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/** xasprintf() with a va_list. */
char *xvasprintf(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0)));
/** Overwrite @n bytes at @p (explicit_bzero: not optimised away). */
void xwipe(void *p, size_t n);
/** Overwrite the string @s and free it, for text a visitor typed.  NULL
 *  is allowed. */
void xfree_wiped(char *s);

#endif
