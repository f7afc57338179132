/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading the CSV files counselors import: libcsv (strict RFC 4180) fed
 * one byte at a time, so each row's line is known; every error found goes
 * to a struct upkeep_errors with its line and column, so that a file is
 * checked completely before anything is written.  Everything here comes
 * from a file a person edited in a spreadsheet: tests/fuzz/fuzz-csv.c
 * feeds it any bytes.
 */
#include "csv-read.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "upkeep-db.h"
#include "util/xmalloc.h"

#define MAX_ROWS 100000       /* data rows of a CSV file */
#define DETAIL_MAX 60         /* bytes of a value quoted in an error */

/* libcsv: one field parsed. */
static void
on_field(void *data, size_t len, void *ctx)
{
	struct csv_file *cf = ctx;
	struct csv_row *r = &cf->cur;

	if (r->n < MAX_KEPT_FIELDS) {
		if (r->n == 0) {
			r->f = xcalloc(MAX_KEPT_FIELDS, sizeof *r->f);
			r->len = xcalloc(MAX_KEPT_FIELDS, sizeof *r->len);
		}
		r->f[r->n] = xmalloc(len + 1);
		if (len > 0)
			memcpy(r->f[r->n], data, len);
		r->f[r->n][len] = '\0';
		r->len[r->n] = len;
	}
	r->n++;
}

/* libcsv: one row complete. */
static void
on_row(int terminator, void *ctx)
{
	struct csv_file *cf = ctx;

	(void)terminator;
	cf->rows = xgrow(cf->rows, cf->n, &cf->cap, 64, sizeof *cf->rows);
	cf->rows[cf->n++] = cf->cur;
	cf->cur = (struct csv_row){ 0 };
	cf->between = true;
}

/* Free the fields of @r. */
static void
row_free(struct csv_row *r)
{
	int kept = r->n < MAX_KEPT_FIELDS ? r->n : MAX_KEPT_FIELDS;

	for (int i = 0; i < kept; i++)
		free(r->f[i]);
	free(r->f);
	free(r->len);
}

/* Free what @cf holds. */
void
csv_read_free(struct csv_file *cf)
{
	for (size_t i = 0; i < cf->n; i++)
		row_free(&cf->rows[i]);
	row_free(&cf->cur);
	free(cf->rows);
}

/* libcsv: nothing is white space to trim (RFC 4180 keeps spaces). */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* A copy of @s short enough to quote in an error. */
static char *
detail_of(const char *s)
{
	size_t len = strlen(s), cut = DETAIL_MAX - 3;
	char *d;

	if (len <= DETAIL_MAX)
		return xstrdup(s);
	while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
		cut--;
	d = xmalloc(cut + 4);
	memcpy(d, s, cut);
	memcpy(d + cut, "...", 4);
	return d;
}

/* Add an error to @e; past UPKEEP_MAX_ERRORS, one TOO_MANY_ERRORS. */
void
csv_read_error(struct upkeep_errors *e, long line, int column,
    enum upkeep_reason reason, const char *detail, long other_line)
{
	struct upkeep_error *x;

	if (e->n > UPKEEP_MAX_ERRORS)
		return;
	if (e->n == UPKEEP_MAX_ERRORS) {
		line = column = 0;
		other_line = 0;
		reason = UPKEEP_REASON_TOO_MANY_ERRORS;
		detail = NULL;
	}
	e->list = xgrow(e->list, e->n, &e->cap, 16, sizeof *e->list);
	x = &e->list[e->n++];
	*x = (struct upkeep_error){ .line = line, .column = column,
	    .reason = reason, .other_line = other_line,
	    .detail = detail != NULL ? detail_of(detail) : NULL };
}

/* Whether error @a goes before @b: by line and column, TOO_MANY_ERRORS
 * last. */
static bool
error_before(const struct upkeep_error *a, const struct upkeep_error *b)
{
	bool ta = a->reason == UPKEEP_REASON_TOO_MANY_ERRORS;
	bool tb = b->reason == UPKEEP_REASON_TOO_MANY_ERRORS;

	if (ta != tb)
		return tb;
	if (a->line != b->line)
		return a->line < b->line;
	return a->column < b->column;
}

/* Sort @e's errors for reading, keeping the order found among equals
 * (insertion sort: stable, and the list is short). */
void
csv_read_errors_sort(struct upkeep_errors *e)
{
	for (size_t i = 1; i < e->n; i++) {
		struct upkeep_error x = e->list[i];
		size_t j = i;

		for (; j > 0 && error_before(&x, &e->list[j - 1]); j--)
			e->list[j] = e->list[j - 1];
		e->list[j] = x;
	}
}

/* Read @f whole, or up to one byte past UPKEEP_MAX_FILE; NULL on a read
 * error.  The caller frees. */
static char *
read_all(FILE *f, size_t *len)
{
	size_t cap = 65536, n;
	char *buf = xmalloc(cap);

	*len = 0;
	while ((n = fread(buf + *len, 1, cap - *len, f)) > 0) {
		*len += n;
		if (*len > (size_t)UPKEEP_MAX_FILE)
			break;
		if (*len == cap) {
			cap *= 2;
			buf = xreallocarray(buf, cap, 1);
		}
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	return buf;
}

/*
 * The separator of the file whose @len bytes are at @buf: ';' when its
 * first row has a semicolon and no comma outside quotes, as a spreadsheet
 * set to French or German writes "CSV" (the comma is their decimal sign);
 * otherwise ','.  The header's column names hold neither, and the writer
 * quotes every value that holds one (csv-write.c), so that what it wrote
 * always reads back with ','.
 */
static unsigned char
csv_read_delimiter(const char *buf, size_t len)
{
	bool quoted = false, semicolon = false;

	for (size_t i = 0; i < len; i++) {
		if (buf[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (buf[i] == '\n' || buf[i] == '\r')
			break;
		else if (buf[i] == ',')
			return ',';
		else if (buf[i] == ';')
			semicolon = true;
	}
	return semicolon ? ';' : ',';
}

void
csv_read_buffer(const char *buf, size_t len, struct csv_file *cf,
    struct upkeep_errors *errs)
{
	struct csv_parser p;
	size_t start = 0;
	bool failed = false;

	memset(cf, 0, sizeof *cf);
	cf->between = true;
	if (len > (size_t)UPKEEP_MAX_FILE) {
		csv_read_error(errs, 0, 0, UPKEEP_REASON_TOO_LARGE, NULL, 0);
		return;
	}
	/* Spreadsheets write a byte-order mark before "CSV UTF-8". */
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		start = 3;
	/* Fails only without a parser. */
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_space_func(&p, no_space);
	csv_set_delim(&p, csv_read_delimiter(buf + start, len - start));
	/* One byte at a time: the only way to know on which line a row
	 * starts, as libcsv reports no positions.  Files are small. */
	for (size_t i = start; i < len && !failed; i++) {
		char c = buf[i];

		if (cf->between && c != '\r' && c != '\n') {
			cf->cur.line = cf->newlines + 1;
			cf->between = false;
		}
		if (csv_parse(&p, &buf[i], 1, on_field, on_row, cf) != 1) {
			/* Never between rows: a line break there is skipped. */
			csv_read_error(errs, cf->cur.line, cf->cur.n + 1,
			    UPKEEP_REASON_NOT_CSV, NULL, 0);
			failed = true;
		} else if (cf->n > MAX_ROWS) {
			csv_read_error(errs, 0, 0, UPKEEP_REASON_TOO_LARGE, NULL, 0);
			failed = true;
		}
		/* A line ends at LF, CRLF or a lone CR. */
		if (c == '\n' || (c == '\r' && (i + 1 == len || buf[i + 1] != '\n')))
			cf->newlines++;
	}
	if (!failed && csv_fini(&p, on_field, on_row, cf) != 0) {
		csv_read_error(errs, cf->cur.line, cf->cur.n + 1,
		    UPKEEP_REASON_NOT_CSV, NULL, 0);
		failed = true;
	}
	csv_free(&p);
	if (!failed && cf->n == 0)
		csv_read_error(errs, 1, 0, UPKEEP_REASON_EMPTY_FILE, NULL, 0);
}

enum orientation_status
csv_read_file(const char *path, struct csv_file *cf, struct upkeep_errors *errs)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	size_t len = 0;

	memset(cf, 0, sizeof *cf);
	cf->between = true;
	if (f == NULL)
		return ORIENTATION_FILE_OPEN;
	buf = read_all(f, &len);
	fclose(f);
	if (buf == NULL)
		return ORIENTATION_FILE_OPEN;
	csv_read_buffer(buf, len, cf, errs);
	free(buf);
	return ORIENTATION_OK;
}

/*
 * Map the header @h onto @names: @map[k] is the position of names[k].
 * Unknown, doubled and missing columns are errors.  @return whether the
 * header is usable.
 */
static bool
map_header(const struct csv_row *h, const char *const *names, int count,
    int *map, struct upkeep_errors *errs)
{
	size_t before = errs->n;
	int kept = h->n < MAX_KEPT_FIELDS ? h->n : MAX_KEPT_FIELDS;

	for (int k = 0; k < count; k++)
		map[k] = -1;
	for (int i = 0; i < kept; i++) {
		int k = 0;

		if (!upkeep_utf8_valid(h->f[i], h->len[i])) {
			csv_read_error(errs, h->line, i + 1, UPKEEP_REASON_NOT_UTF8,
			    NULL, 0);
			continue;
		}
		while (k < count && strcmp(names[k], h->f[i]) != 0)
			k++;
		if (k == count)
			csv_read_error(errs, h->line, i + 1, UPKEEP_REASON_UNKNOWN_COLUMN,
			    h->f[i], 0);
		else if (map[k] >= 0)
			csv_read_error(errs, h->line, i + 1,
			    UPKEEP_REASON_DUPLICATE_COLUMN, h->f[i], 0);
		else
			map[k] = i;
	}
	if (h->n > kept)
		csv_read_error(errs, h->line, kept + 1, UPKEEP_REASON_UNKNOWN_COLUMN,
		    NULL, 0);
	for (int k = 0; k < count; k++)
		if (map[k] < 0)
			csv_read_error(errs, h->line, 0, UPKEEP_REASON_MISSING_COLUMN,
			    names[k], 0);
	return errs->n == before;
}

/* Whether every field of @r is empty (a spreadsheet's blank row). */
static bool
row_blank(const struct csv_row *r)
{
	int kept = r->n < MAX_KEPT_FIELDS ? r->n : MAX_KEPT_FIELDS;

	for (int i = 0; i < kept; i++)
		if (r->len[i] > 0)
			return false;
	return true;
}

/* Check the shape of data row @r against a header of @ncols columns:
 * width and UTF-8.  @return whether its values can be looked at. */
static bool
row_usable(const struct csv_row *r, int ncols, struct upkeep_errors *errs)
{
	bool ok = true;

	if (r->n != ncols) {
		/* Point at the first missing or extra column. */
		csv_read_error(errs, r->line, (r->n < ncols ? r->n : ncols) + 1,
		    UPKEEP_REASON_WRONG_COLUMNS, NULL, 0);
		return false;
	}
	for (int i = 0; i < r->n && i < MAX_KEPT_FIELDS; i++) {
		if (!upkeep_utf8_valid(r->f[i], r->len[i])) {
			csv_read_error(errs, r->line, i + 1, UPKEEP_REASON_NOT_UTF8,
			    NULL, 0);
			ok = false;
		}
	}
	return ok;
}

bool
csv_read_header(const struct csv_file *cf, const char *const *names,
    int count, int *map, struct upkeep_errors *errs)
{
	return cf->n > 0 && map_header(&cf->rows[0], names, count, map, errs);
}

enum orientation_status
csv_read_table(const char *path, const char *const *names, int count, int *map,
    struct csv_file *cf, bool *header_ok, struct upkeep_errors *errs)
{
	enum orientation_status st = csv_read_file(path, cf, errs);

	*header_ok = st == ORIENTATION_OK &&
	    csv_read_header(cf, names, count, map, errs);
	return st;
}

/*
 * The next data row of @cf after row *@i that can be checked.  Blank rows
 * are skipped; the others are counted in @errs, and if their shape is
 * right and the header could be mapped (@header_ok, @map), their values
 * and 1-based columns go to @v and @col in the order of the expected
 * columns.  At the end, a file with no data rows at all gets that error;
 * @return NULL.
 */
const struct csv_row *
csv_read_next(const struct csv_file *cf, size_t *i, const int *map, int count,
    bool header_ok, const char **v, int *col, struct upkeep_errors *errs)
{
	while (++*i < cf->n) {
		const struct csv_row *r = &cf->rows[*i];

		if (row_blank(r))
			continue;
		errs->rows++;
		if (!row_usable(r, cf->rows[0].n, errs) || !header_ok)
			continue;
		for (int c = 0; c < count; c++) {
			v[c] = r->f[map[c]];
			col[c] = map[c] + 1;
		}
		return r;
	}
	if (cf->n > 0 && errs->rows == 0 && errs->n == 0)
		csv_read_error(errs, cf->rows[0].line + 1, 0, UPKEEP_REASON_NO_ROWS,
		    NULL, 0);
	return NULL;
}
