/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Dates and decimal numbers in a language's own conventions.
 */
#include "convention.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

/* The @n-th (1-based) space-separated word of @words into @out; false if
 * there is none or it does not fit. */
static bool
convention_word(const char *words, int n, char *out, size_t size)
{
	const char *p = words;

	for (int i = 1; p != NULL && *p != '\0'; i++) {
		size_t len;

		while (*p == ' ')
			p++;
		len = strcspn(p, " ");
		if (len == 0)
			return false;
		if (i == n) {
			if (len >= size)
				return false;
			memcpy(out, p, len);
			out[len] = '\0';
			return true;
		}
		p += len;
	}
	return false;
}

char *
convention_date(const char *pattern, const char *months, int year, int month,
    int day)
{
	char name[64], *out, *next, *own;
	const char *bar;

	if (month < 1 || month > 12 || pattern == NULL || months == NULL ||
	    !convention_word(months, month, name, sizeof name))
		return xasprintf("%04d-%02d-%02d", year, month, day);
	/* "usual|first day of the month" */
	bar = strchr(pattern, '|');
	own = bar == NULL ? xstrdup(pattern) : day == 1 ? xstrdup(bar + 1) :
	    xasprintf("%.*s", (int)(bar - pattern), pattern);
	out = xstrdup("");
	for (const char *p = own; *p != '\0'; p++) {
		if (*p == '%' && p[1] == 'd')
			next = xasprintf("%s%d", out, day);
		else if (*p == '%' && p[1] == 'B')
			next = xasprintf("%s%s", out, name);
		else if (*p == '%' && p[1] == 'Y')
			next = xasprintf("%s%d", out, year);
		else if (*p == '%' && p[1] == '%')
			next = xasprintf("%s%%", out);
		else {
			next = xasprintf("%s%c", out, *p);
			free(out);
			out = next;
			continue;
		}
		p++;
		free(out);
		out = next;
	}
	free(own);
	return out;
}

char *
convention_number(double value, int decimals, const char *decimal)
{
	char *out = xasprintf("%.*f", decimals, value);
	char *dot = strchr(out, '.');

	if (dot != NULL && decimal != NULL && decimal[0] != '\0' &&
	    decimal[1] == '\0')
		*dot = decimal[0];
	return out;
}
