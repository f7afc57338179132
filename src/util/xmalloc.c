/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checked allocation.  Running out of memory in a kiosk is not something a
 * visitor can fix, so we stop loudly rather than limp on with NULLs.
 */
#include "xmalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Report and abort. */
static void
xmalloc_die(const char *what, size_t n, size_t size)
{
	fprintf(stderr, "orientation: %s(%zu, %zu) failed\n", what, n, size);
	abort();
}

void *
xmalloc(size_t size)
{
	void *p;

	if (size == 0)
		xmalloc_die("xmalloc", 1, size);
	if ((p = malloc(size)) == NULL)
		xmalloc_die("xmalloc", 1, size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		xmalloc_die("xcalloc", n, size);
	if ((p = calloc(n, size)) == NULL)
		xmalloc_die("xcalloc", n, size);
	return p;
}

void *
xreallocarray(void *ptr, size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0 || SIZE_MAX / n < size)
		xmalloc_die("xreallocarray", n, size);
	if ((p = realloc(ptr, n * size)) == NULL)
		xmalloc_die("xreallocarray", n, size);
	return p;
}

void *
xgrow(void *ptr, size_t n, size_t *cap, size_t first, size_t size)
{
	if (n < *cap)
		return ptr;
	*cap = *cap != 0 ? *cap * 2 : first;
	return xreallocarray(ptr, *cap, size);
}

char *
xstrdup(const char *s)
{
	char *p;

	if ((p = strdup(s)) == NULL)
		xmalloc_die("xstrdup", 1, strlen(s) + 1);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char *p;

	if (vasprintf(&p, fmt, ap) < 0)
		xmalloc_die("xasprintf", 1, 0);
	return p;
}

void
xwipe(void *p, size_t n)
{
	if (p != NULL && n > 0)
		explicit_bzero(p, n);
}

void
xfree_wiped(char *s)
{
	if (s == NULL)
		return;
	xwipe(s, strlen(s));
	free(s);
}

void
xfree_strings(char **strings, size_t n)
{
	for (size_t i = 0; strings != NULL && i < n; i++)
		free(strings[i]);
	free(strings);
}

void
xfree_members(char **const *members)
{
	for (; *members != NULL; members++) {
		free(**members);
		**members = NULL;
	}
}
