/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The checks of csv-check.h.  The header is mapped onto the columns of
 * the services file, the widest the program reads.
 */
#include "csv-check.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/csv-read.h"
#include "store/csv-write.h"
#include "store/upkeep-db.h"

static const char *const columns[] = {
	"id", "lang", "name", "summary", "offer", "audience",
	"address", "web", "email", "phone", "languages", "source",
};
#define NCOLUMNS ((int)(sizeof columns / sizeof columns[0]))

/* Lines of @data as the reader counts them: LF, CRLF or a lone CR ends one. */
static long
count_lines(const char *data, size_t len)
{
	long lines = 1;

	for (size_t i = 0; i < len; i++)
		if (data[i] == '\n' ||
		    (data[i] == '\r' && (i + 1 == len || data[i + 1] != '\n')))
			lines++;
	return lines;
}

/* The rows of @cf: lines rising inside the file, fields kept as read. */
static const char *
check_rows(const struct csv_file *cf, long lines)
{
	for (size_t i = 0; i < cf->n; i++) {
		const struct csv_row *r = &cf->rows[i];
		int kept = r->n < MAX_KEPT_FIELDS ? r->n : MAX_KEPT_FIELDS;

		if (r->line < 1 || r->line > lines ||
		    (i > 0 && r->line <= cf->rows[i - 1].line))
			return "a row starts on a line outside the file or out of order";
		if (r->n < 1)
			return "a row has no field";
		for (int k = 0; k < kept; k++)
			if (r->f[k][r->len[k]] != '\0' || strlen(r->f[k]) > r->len[k])
				return "a field is not terminated at its length";
	}
	return NULL;
}

/* The errors of @e: inside the file, known reasons, sorted. */
static const char *
check_errors(const struct upkeep_errors *e, long lines)
{
	if (e->n > UPKEEP_MAX_ERRORS + 1)
		return "more errors kept than the limit";
	for (size_t i = 0; i < e->n; i++) {
		const struct upkeep_error *x = &e->list[i];
		bool many = x->reason == UPKEEP_REASON_TOO_MANY_ERRORS;

		if (x->line < 0 || x->line > lines + 1 || x->column < 0 ||
		    x->other_line != 0 ||
		    x->reason > UPKEEP_REASON_TOO_MANY_ERRORS)
			return "an error points outside the file";
		if (many && i + 1 != e->n)
			return "\"too many errors\" is not the last error";
		if (i > 0 && !many && (x->line < e->list[i - 1].line ||
		    (x->line == e->list[i - 1].line &&
		    x->column < e->list[i - 1].column)))
			return "the errors are not sorted";
	}
	return NULL;
}

/* Map the header and read every data row as an import does. */
static const char *
check_mapped(const struct csv_file *cf, struct upkeep_errors *errs)
{
	int map[NCOLUMNS], col[NCOLUMNS];
	const char *v[NCOLUMNS];
	const struct csv_row *r;
	size_t at = 0;
	bool header_ok = csv_read_header(cf, columns, NCOLUMNS, map, errs);

	while ((r = csv_read_next(cf, &at, map, NCOLUMNS, header_ok, v, col,
	    errs)) != NULL) {
		if (!header_ok || r->n != cf->rows[0].n)
			return "a row was handed out that does not fit the header";
		for (int c = 0; c < NCOLUMNS; c++)
			if (col[c] < 1 || col[c] > r->n ||
			    !upkeep_utf8_valid(v[c], strlen(v[c])) ||
			    strlen(v[c]) != r->len[col[c] - 1])
				return "a value handed out is not the UTF-8 field read";
	}
	if (errs->rows + (cf->n > 0) > cf->n)
		return "more data rows counted than read";
	return NULL;
}

/* Whether @cf can be written and read back as it is: every field kept,
 * no NUL byte in one, no byte-order mark to be taken away again. */
static bool
round_trips(const struct csv_file *cf)
{
	for (size_t i = 0; i < cf->n; i++) {
		const struct csv_row *r = &cf->rows[i];

		if (r->n > MAX_KEPT_FIELDS)
			return false;
		for (int k = 0; k < r->n; k++)
			if (strlen(r->f[k]) != r->len[k])
				return false;
	}
	return cf->n == 0 || strncmp(cf->rows[0].f[0], "\xef\xbb\xbf", 3) != 0;
}

/* Write @cf with csv_write_row and read it back: the same rows. */
static const char *
check_round_trip(const struct csv_file *cf)
{
	struct upkeep_errors errs = { 0 };
	struct csv_file back;
	const char *broke = NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	if (out == NULL)
		abort();
	for (size_t i = 0; i < cf->n; i++)
		if (csv_write_row(out, (const char *const *)cf->rows[i].f,
		    (size_t)cf->rows[i].n) != 0)
			abort();
	if (fclose(out) != 0)
		abort();
	csv_read_buffer(text, len, &back, &errs);
	if (errs.n > 0 || back.n != cf->n)
		broke = "a file written again does not read back";
	for (size_t i = 0; broke == NULL && i < cf->n; i++) {
		const struct csv_row *a = &cf->rows[i], *b = &back.rows[i];

		if (a->n != b->n)
			broke = "a row written again reads back wider or narrower";
		for (int k = 0; broke == NULL && k < a->n; k++)
			if (a->len[k] != b->len[k] || strcmp(a->f[k], b->f[k]) != 0)
				broke = "a field written again reads back changed";
	}
	csv_read_free(&back);
	upkeep_errors_free(&errs);
	free(text);
	return broke;
}

const char *
csv_check(const char *data, size_t len)
{
	struct upkeep_errors errs = { 0 };
	struct csv_file cf;
	long lines = count_lines(data, len);
	const char *broke;
	bool read_ok;

	csv_read_buffer(data, len, &cf, &errs);
	read_ok = errs.n == 0;
	if (read_ok && cf.n == 0)
		broke = "a file without rows was read without an error";
	else if ((broke = check_rows(&cf, lines)) == NULL &&
	    (broke = check_mapped(&cf, &errs)) == NULL) {
		csv_read_errors_sort(&errs);
		broke = check_errors(&errs, lines);
	}
	if (broke == NULL && read_ok && round_trips(&cf))
		broke = check_round_trip(&cf);
	csv_read_free(&cf);
	upkeep_errors_free(&errs);
	return broke;
}
