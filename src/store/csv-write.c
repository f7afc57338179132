/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing CSV: libcsv quotes a field and doubles its quotes; this file
 * decides when a field needs it and ends the rows.
 */
#include "csv-write.h"

#include <csv.h>
#include <stdbool.h>
#include <string.h>

/* Whether the field @s of @len bytes must be quoted; @alone: it is the
 * only field of its row.  A semicolon too: the reader takes it for the
 * separator of a file whose first line has one and no comma (csv-read.c),
 * which a one-column file written back would be. */
static bool
csv_write_needs_quotes(const char *s, size_t len, bool alone)
{
	if (len == 0)
		return alone;
	return strpbrk(s, ",;\"\r\n") != NULL || s[0] == ' ' || s[0] == '\t' ||
	    s[len - 1] == ' ' || s[len - 1] == '\t';
}

int
csv_write_row(FILE *out, const char *const *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *s = fields[i] != NULL ? fields[i] : "";
		size_t len = strlen(s);

		if (i > 0 && putc(',', out) == EOF)
			return -1;
		if (csv_write_needs_quotes(s, len, n == 1)) {
			if (csv_fwrite(out, s, len) != 0)
				return -1;
		} else if (len > 0 && fwrite(s, 1, len, out) != len) {
			return -1;
		}
	}
	return fputs("\r\n", out) == EOF ? -1 : 0;
}
