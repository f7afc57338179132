/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep, many items at once: the services and the labour-market
 * facts of occupations written out as CSV for a spreadsheet, and read
 * back.  An import checks the whole file (csv-read.c) and every value
 * before it writes anything, then applies it in one transaction, like a
 * save of each item that changes; a dry run only counts.
 */
#include "upkeep.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv-read.h"
#include "csv-write.h"
#include "db.h"
#include "sqlite-load.h"
#include "upkeep-db.h"
#include "util/xmalloc.h"

/* The services file. */
enum { SC_ID, SC_LANG, SC_NAME, SC_SUMMARY, SC_OFFER, SC_AUDIENCE,
	SC_ADDRESS, SC_WEB, SC_EMAIL, SC_PHONE, SC_LANGUAGES, SC_SOURCE,
	SC_COUNT };
static const char *const service_file_columns[SC_COUNT] = {
	"id", "lang", "name", "summary", "offer", "audience",
	"address", "web", "email", "phone", "languages", "source",
};
/* Its rows as the export writes them, columns in the order above. */
static const char service_file_rows[] =
    "SELECT s.id, t.lang, t.name, t.summary, t.offer, t.audience, "
    "       s.address, s.web, s.email, s.phone, s.languages, s.source "
    "FROM service s JOIN service_text t ON t.service_id = s.id "
    "JOIN language l ON l.code = t.lang ORDER BY s.id, l.sort, l.code";

/* The labour-market file. */
enum { LC_CODE, LC_APPRENTICESHIP, LC_SHORTAGE, LC_SOURCE, LC_CHECKED,
	LC_COUNT };
static const char *const lmi_file_columns[LC_COUNT] = {
	"esco_code", "apprenticeship", "shortage", "source", "checked",
};
/* Its rows as the export writes them, one per occupation. */
static const char lmi_file_rows[] =
    "SELECT o.esco_code, "
    "  CASE l.apprenticeship WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END, "
    "  CASE l.shortage WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END, "
    "  l.source, l.checked "
    "FROM occupation o "
    "LEFT JOIN occupation_lmi l ON l.occupation_id = o.id "
    "ORDER BY o.esco_code";
_Static_assert((int)LC_COUNT <= (int)SC_COUNT, "struct import maps SC_COUNT columns");
_Static_assert(SC_SOURCE - SC_ADDRESS + 1 == NEUTRAL_COUNT &&
    SC_WEB - SC_ADDRESS == NEUTRAL_WEB && SC_EMAIL - SC_ADDRESS == NEUTRAL_EMAIL &&
    SC_PHONE - SC_ADDRESS == NEUTRAL_PHONE,
    "the neutral columns of the file are in the order of NEUTRAL_*");

/* ---------------------------------------------------------------- CSV out */

/* Write the header and every row of @sql (@ncols columns, at most
 * SC_COUNT) to @out. */
static enum orientation_status
export_rows(struct upkeep *u, FILE *out, const char *const *names, int ncols,
    const char *sql)
{
	sqlite3_stmt *stmt;
	const char *row[SC_COUNT];
	int rc, bad;

	if ((rc = sqlite3_prepare_v2(u->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
		return upkeep_sql_status(rc);
	rc = SQLITE_DONE;
	bad = csv_write_row(out, names, (size_t)ncols);
	while (!bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (int i = 0; rc == SQLITE_ROW && i < ncols; i++) {
			row[i] = (const char *)sqlite3_column_text(stmt, i);
			/* NULL for a value that is not NULL: out of memory. */
			if (row[i] == NULL &&
			    sqlite3_column_type(stmt, i) != SQLITE_NULL)
				rc = SQLITE_NOMEM;
		}
		if (rc != SQLITE_ROW)
			break;
		bad = csv_write_row(out, row, (size_t)ncols);
	}
	sqlite3_finalize(stmt);
	if (bad || fflush(out) != 0 || ferror(out))
		return ORIENTATION_FILE_WRITE;
	return rc == SQLITE_DONE ? ORIENTATION_OK : upkeep_sql_status(rc);
}

enum orientation_status
upkeep_export_services(struct upkeep *u, FILE *out)
{
	return export_rows(u, out, service_file_columns, SC_COUNT,
	    service_file_rows);
}

enum orientation_status
upkeep_export_lmi(struct upkeep *u, FILE *out)
{
	return export_rows(u, out, lmi_file_columns, LC_COUNT, lmi_file_rows);
}

/* ---------------------------------------------------------------- import */

void
upkeep_errors_free(struct upkeep_errors *errs)
{
	for (size_t i = 0; i < errs->n; i++)
		free(errs->list[i].detail);
	free(errs->list);
	memset(errs, 0, sizeof *errs);
}

/* An import in progress: its change, the file and how its columns map. */
struct import {
	struct change cx;
	struct csv_file cf;
	int map[SC_COUNT];          /* the file's column of each expected one */
	int count;                  /* expected columns (SC_COUNT or LC_COUNT) */
	bool header_ok;             /* the header could be mapped */
	size_t at;                  /* the row read last */
};

/*
 * Start the import of @path, whose columns are the @count at @names:
 * empty @errs, check the author of im->cx (ready), open the transaction,
 * read the file.  @return ORIENTATION_OK, or why it cannot go on; then nothing
 * is open or held.
 */
static enum orientation_status
import_begin(struct import *im, const char *path, const char *const *names,
    int count, struct upkeep_errors *errs)
{
	struct upkeep *u = im->cx.u;
	enum orientation_status st;

	upkeep_errors_free(errs);
	im->count = count;
	im->at = 0;
	if (im->cx.who == NULL || upkeep_is_blank(im->cx.who))
		return ORIENTATION_NO_AUTHOR;
	/* A dry run only reads; a real one takes the write lock first so
	 * the checks hold for what it writes. */
	st = upkeep_sql_status(upkeep_exec(u,
	    im->cx.dry_run ? "BEGIN" : "BEGIN IMMEDIATE"));
	if (st != ORIENTATION_OK)
		return st;
	st = csv_read_table(path, names, count, im->map, &im->cf,
	    &im->header_ok, errs);
	if (st != ORIENTATION_OK) {
		csv_read_free(&im->cf);
		return upkeep_finish(u, st);
	}
	return ORIENTATION_OK;
}

/* The next data row of the file to check (csv_read_next), or NULL. */
static const struct csv_row *
import_next(struct import *im, const char **v, int *col,
    struct upkeep_errors *errs)
{
	return csv_read_next(&im->cf, &im->at, im->map, im->count,
	    im->header_ok, v, col, errs);
}

/* End an import: errors refuse the file; a dry run writes nothing. */
static enum orientation_status
import_end(struct import *im, enum orientation_status st,
    struct upkeep_errors *errs)
{
	struct change *cx = &im->cx;
	struct upkeep *u = cx->u;

	csv_read_free(&im->cf);
	csv_read_errors_sort(errs);
	/* A look-up that failed made errors of its own: the database's
	 * status says what happened. */
	if (st == ORIENTATION_OK && cx->rc != SQLITE_OK)
		st = upkeep_sql_status(cx->rc);
	if (st == ORIENTATION_OK && errs->n > 0)
		st = ORIENTATION_FILE_INVALID;
	if (st == ORIENTATION_OK && cx->wrote) {
		upkeep_bump_revision(cx);
		st = upkeep_sql_status(cx->rc);
	}
	if (st != ORIENTATION_OK)
		return upkeep_finish(u, st);
	errs->items = cx->items;
	errs->fields = cx->fields;
	if (cx->dry_run)
		return upkeep_sql_status(upkeep_exec(u, "ROLLBACK"));
	return upkeep_finish(u, ORIENTATION_OK);
}

/* ------------------------------------------------------------ services */

/* A good row of the services file. */
struct service_row {
	long line;
	const char *v[SC_COUNT];   /* borrowed from the csv_row */
	int col[SC_COUNT];         /* 1-based column of each value */
};

/* By id, then line. */
static int
compare_service_rows(const void *pa, const void *pb)
{
	const struct service_row *a = pa, *b = pb;
	int c = strcmp(a->v[SC_ID], b->v[SC_ID]);

	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* By id, language, then line. */
static int
compare_service_langs(const void *pa, const void *pb)
{
	const struct service_row *a = pa, *b = pb;
	int c = strcmp(a->v[SC_ID], b->v[SC_ID]);

	if (c == 0)
		c = strcmp(a->v[SC_LANG], b->v[SC_LANG]);
	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* A value longer than UPKEEP_MAX_VALUE in the @n values @v (at columns
 * @col) of the row at @line is an error (without the value, which would
 * fill the screen). */
static void
check_lengths(struct upkeep_errors *errs, long line, const char *const *v,
    const int *col, int n)
{
	for (int c = 0; c < n; c++)
		if (strlen(v[c]) > UPKEEP_MAX_VALUE)
			csv_read_error(errs, line, col[c], UPKEEP_REASON_TOO_LONG,
			    NULL, 0);
}

/* Check the values of one services row; @return whether its id is known
 * (it then takes part in the checks between rows).  A database error goes
 * to *@rc (when SQLITE_OK). */
static bool
check_service_row(struct upkeep *u, const struct service_row *r,
    struct upkeep_errors *errs, int *rc)
{
	bool known;

	if (upkeep_is_blank(r->v[SC_ID])) {
		csv_read_error(errs, r->line, r->col[SC_ID],
		    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
		known = false;
	} else if (!(known = upkeep_exists(u->service, r->v[SC_ID], rc))) {
		csv_read_error(errs, r->line, r->col[SC_ID],
		    UPKEEP_REASON_UNKNOWN_SERVICE, r->v[SC_ID], 0);
	}
	if (upkeep_is_blank(r->v[SC_LANG]))
		csv_read_error(errs, r->line, r->col[SC_LANG],
		    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
	else if (!upkeep_exists(u->language, r->v[SC_LANG], rc))
		csv_read_error(errs, r->line, r->col[SC_LANG],
		    UPKEEP_REASON_UNKNOWN_LANGUAGE, r->v[SC_LANG], 0);
	for (int c = SC_NAME; c <= SC_AUDIENCE; c++)
		if (upkeep_is_blank(r->v[c]))
			csv_read_error(errs, r->line, r->col[c],
			    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
		else if (upkeep_is_placeholder(r->v[c]))
			csv_read_error(errs, r->line, r->col[c],
			    UPKEEP_REASON_PLACEHOLDER, r->v[c], 0);
	if (upkeep_is_blank(r->v[SC_SOURCE]))
		csv_read_error(errs, r->line, r->col[SC_SOURCE],
		    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
	/* The neutral columns, in the order of NEUTRAL_*. */
	for (int c = SC_ADDRESS; c <= SC_SOURCE; c++) {
		int contact = upkeep_neutral_contact(c - SC_ADDRESS);

		if (contact >= 0 && upkeep_check_contact(
		    (enum upkeep_contact)contact, r->v[c]) != ORIENTATION_OK)
			csv_read_error(errs, r->line, r->col[c],
			    upkeep_contact_reason((enum upkeep_contact)contact),
			    r->v[c], 0);
	}
	if (*r->v[SC_LANGUAGES] != '\0' &&
	    !upkeep_valid_languages(r->v[SC_LANGUAGES]))
		csv_read_error(errs, r->line, r->col[SC_LANGUAGES],
		    UPKEEP_REASON_BAD_LANGUAGES, r->v[SC_LANGUAGES], 0);
	check_lengths(errs, r->line, r->v, r->col, SC_COUNT);
	return known;
}

/* Rows of one service twice in a language, or disagreeing on a neutral
 * field with the service's first row. */
static void
check_service_groups(struct service_row *rows, size_t n,
    struct upkeep_errors *errs)
{
	if (n < 2)
		return;
	qsort(rows, n, sizeof *rows, compare_service_langs);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (strcmp(rows[first].v[SC_ID], rows[i].v[SC_ID]) != 0 ||
		    strcmp(rows[first].v[SC_LANG], rows[i].v[SC_LANG]) != 0)
			first = i;
		else
			csv_read_error(errs, rows[i].line, rows[i].col[SC_ID],
			    UPKEEP_REASON_DUPLICATE_ROW, NULL, rows[first].line);
	}
	qsort(rows, n, sizeof *rows, compare_service_rows);
	for (size_t i = 0, first = 0; i < n; i++) {
		if (strcmp(rows[first].v[SC_ID], rows[i].v[SC_ID]) != 0)
			first = i;
		if (first == i)
			continue;
		for (int c = SC_ADDRESS; c <= SC_SOURCE; c++)
			if (strcmp(rows[first].v[c], rows[i].v[c]) != 0)
				csv_read_error(errs, rows[i].line, rows[i].col[c],
				    UPKEEP_REASON_DISAGREES, NULL, rows[first].line);
	}
}

/* Build the service of rows[0..n) (one id) to apply. */
static void
service_from_rows(const struct service_row *rows, size_t n,
    struct upkeep_service *s)
{
	memset(s, 0, sizeof *s);
	s->id = xstrdup(rows[0].v[SC_ID]);
	s->texts = xcalloc(n, sizeof *s->texts);
	s->ntexts = n;
	for (size_t i = 0; i < n; i++) {
		s->texts[i].lang = xstrdup(rows[i].v[SC_LANG]);
		s->texts[i].name = xstrdup(rows[i].v[SC_NAME]);
		s->texts[i].summary = xstrdup(rows[i].v[SC_SUMMARY]);
		s->texts[i].offer = xstrdup(rows[i].v[SC_OFFER]);
		s->texts[i].audience = xstrdup(rows[i].v[SC_AUDIENCE]);
	}
	s->address = xstrdup(rows[0].v[SC_ADDRESS]);
	s->web = xstrdup(rows[0].v[SC_WEB]);
	s->email = xstrdup(rows[0].v[SC_EMAIL]);
	s->phone = xstrdup(rows[0].v[SC_PHONE]);
	s->languages = xstrdup(rows[0].v[SC_LANGUAGES]);
	s->source = xstrdup(rows[0].v[SC_SOURCE]);
}

/* Check the rows of a services file; apply them if the file is good. */
static enum orientation_status
import_services(struct import *im, struct upkeep_errors *errs)
{
	struct service_row *rows;
	const struct csv_row *r;
	enum orientation_status st = ORIENTATION_OK;
	size_t n = 0;

	/* Never empty: import_next fills rows[n] before it knows there is one. */
	rows = xcalloc(im->cf.n + 1, sizeof *rows);
	while ((r = import_next(im, rows[n].v, rows[n].col, errs)) != NULL) {
		rows[n].line = r->line;
		if (check_service_row(im->cx.u, &rows[n], errs, &im->cx.rc))
			n++;
	}
	check_service_groups(rows, n, errs);
	for (size_t i = 0; errs->n == 0 && st == ORIENTATION_OK && i < n;) {
		struct upkeep_service s;
		size_t j = i;

		while (j < n && strcmp(rows[j].v[SC_ID], rows[i].v[SC_ID]) == 0)
			j++;
		service_from_rows(&rows[i], j - i, &s);
		st = upkeep_service_apply(&im->cx, &s, false, false);
		upkeep_service_free(&s);
		i = j;
	}
	free(rows);
	return st;
}

/* ------------------------------------------------------- labour market */

/* A row of the labour-market file. */
struct lmi_row {
	long line;
	const char *code;
	int code_col;
	int id;                  /* occupation id */
	int apprenticeship;      /* 1, 0, -1 unknown */
	int shortage;
	const char *source;      /* borrowed */
	const char *checked;
	bool any;                /* something besides the code is given */
};

/* By code, then line. */
static int
compare_lmi_rows(const void *pa, const void *pb)
{
	const struct lmi_row *a = pa, *b = pb;
	int c = strcmp(a->code, b->code);

	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* yes -> 1, no -> 0, "" -> -1, anything else -> -2. */
static int
yes_no(const char *s)
{
	if (*s == '\0')
		return -1;
	if (strcasecmp(s, "yes") == 0)
		return 1;
	if (strcasecmp(s, "no") == 0)
		return 0;
	return -2;
}

/* Whether @s is a real date written YYYY-MM-DD. */
static bool
valid_date(const char *s)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int year, month, day;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	year = atoi(s);
	month = atoi(s + 5);
	day = atoi(s + 8);
	if (year < 1900 || month < 1 || month > 12 || day < 1 ||
	    day > days[month - 1])
		return false;
	return month != 2 || day < 29 ||
	    (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

/* Check the values of one labour-market row; @return whether it is good.
 * A database error goes to @cx. */
static bool
check_lmi_row(struct change *cx, struct lmi_row *r, const char *const *v,
    const int *col, struct upkeep_errors *errs)
{
	struct upkeep *u = cx->u;
	size_t before = errs->n;
	int rc;

	r->code = v[LC_CODE];
	r->code_col = col[LC_CODE];
	r->source = v[LC_SOURCE];
	r->checked = v[LC_CHECKED];
	if (*r->code == '\0') {
		csv_read_error(errs, r->line, col[LC_CODE], UPKEEP_REASON_EMPTY_VALUE,
		    NULL, 0);
	} else {
		rc = upkeep_bind(u->occupation, 1, &r->code, 1);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(u->occupation);
		if (rc == SQLITE_ROW)
			r->id = sqlite3_column_int(u->occupation, 0);
		else if (rc == SQLITE_DONE)
			csv_read_error(errs, r->line, col[LC_CODE],
			    UPKEEP_REASON_UNKNOWN_OCCUPATION, r->code, 0);
		else
			upkeep_change_rc(cx, rc);
		sqlite3_reset(u->occupation);
	}
	r->apprenticeship = yes_no(v[LC_APPRENTICESHIP]);
	r->shortage = yes_no(v[LC_SHORTAGE]);
	if (r->apprenticeship == -2)
		csv_read_error(errs, r->line, col[LC_APPRENTICESHIP],
		    UPKEEP_REASON_NOT_YES_NO, v[LC_APPRENTICESHIP], 0);
	if (r->shortage == -2)
		csv_read_error(errs, r->line, col[LC_SHORTAGE],
		    UPKEEP_REASON_NOT_YES_NO, v[LC_SHORTAGE], 0);
	if (*r->checked != '\0') {
		if (!valid_date(r->checked))
			csv_read_error(errs, r->line, col[LC_CHECKED],
			    UPKEEP_REASON_NOT_DATE, r->checked, 0);
		else if (strcmp(r->checked, cx->today) > 0)
			csv_read_error(errs, r->line, col[LC_CHECKED],
			    UPKEEP_REASON_FUTURE_DATE, r->checked, 0);
	}
	r->any = r->apprenticeship != -1 || r->shortage != -1 ||
	    *r->source != '\0' || *r->checked != '\0';
	/* A fact needs its source and the day it was checked. */
	if (r->any && upkeep_is_blank(r->source))
		csv_read_error(errs, r->line, col[LC_SOURCE], UPKEEP_REASON_REQUIRED,
		    NULL, 0);
	if (r->any && *r->checked == '\0')
		csv_read_error(errs, r->line, col[LC_CHECKED], UPKEEP_REASON_REQUIRED,
		    NULL, 0);
	check_lengths(errs, r->line, v, col, LC_COUNT);
	return errs->n == before;
}

/* "1", "0" or "" for a yes/no value. */
static const char *
tristate_text(int v)
{
	return v == 1 ? "1" : v == 0 ? "0" : "";
}

/* Bind a yes/no value (NULL when unknown); @return SQLite's result. */
static int
bind_tristate(sqlite3_stmt *stmt, int col, int v)
{
	return v < 0 ? sqlite3_bind_null(stmt, col) :
	    sqlite3_bind_int(stmt, col, v);
}

/* Write the facts of @r, or delete them when nothing is known. */
static void
write_lmi(struct change *cx, const struct lmi_row *r)
{
	struct upkeep *u = cx->u;
	sqlite3_stmt *stmt = r->any ? u->lmi_put : u->lmi_delete;
	int rc;

	if (!upkeep_writing(cx))
		return;
	rc = sqlite3_bind_int(stmt, 1, r->id);
	if (rc == SQLITE_OK && r->any)
		rc = bind_tristate(stmt, 2, r->apprenticeship);
	if (rc == SQLITE_OK && r->any)
		rc = bind_tristate(stmt, 3, r->shortage);
	if (rc == SQLITE_OK && r->any)
		rc = upkeep_bind(stmt, 4,
		    (const char *const[]){ r->source, r->checked }, 2);
	upkeep_change_rc(cx, rc);
	upkeep_write_step(cx, stmt);
}

/* Bring one occupation's facts into the catalog. */
static void
apply_lmi(struct change *cx, const struct lmi_row *r)
{
	static const char *const fields[] = {
		"apprenticeship", "shortage", "source", "checked",
	};
	struct upkeep *u = cx->u;
	const char *want[4] = {
		tristate_text(r->apprenticeship), tristate_text(r->shortage),
		r->source, r->checked,
	};
	char *cur[4], *item;
	bool differ[4], any = false;
	int rc;

	rc = sqlite3_bind_int(u->lmi, 1, r->id);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(u->lmi);
	for (int k = 0; k < 4; k++)
		cur[k] = rc == SQLITE_ROW ? db_column_strdup(u->lmi, k) : xstrdup("");
	sqlite3_reset(u->lmi);
	upkeep_change_rc(cx, rc);
	for (int k = 0; k < 4; k++)
		any |= (differ[k] = strcmp(cur[k], r->any ? want[k] : "") != 0);
	if (any && cx->rc == SQLITE_OK) {
		item = xasprintf("occupation:%d", r->id);
		write_lmi(cx, r);
		for (int k = 0; k < 4; k++) {
			if (!differ[k])
				continue;
			upkeep_history(cx, item, fields[k], NULL, cur[k],
			    r->any ? want[k] : "");
			cx->fields++;
		}
		cx->items++;
		cx->wrote = true;
		free(item);
	}
	for (int k = 0; k < 4; k++)
		free(cur[k]);
}

/* Check the rows of a labour-market file; apply them if the file is
 * good. */
static enum orientation_status
import_lmi(struct import *im, struct upkeep_errors *errs)
{
	struct lmi_row *rows = xcalloc(im->cf.n + 1, sizeof *rows);
	const struct csv_row *r;
	const char *v[LC_COUNT];
	int col[LC_COUNT];
	size_t n = 0;

	while ((r = import_next(im, v, col, errs)) != NULL) {
		rows[n].line = r->line;
		/* Rows with a known code take part in the duplicate check. */
		check_lmi_row(&im->cx, &rows[n], v, col, errs);
		if (rows[n].id > 0)
			n++;
		else
			memset(&rows[n], 0, sizeof rows[n]);
	}
	if (n > 1)
		qsort(rows, n, sizeof *rows, compare_lmi_rows);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (strcmp(rows[first].code, rows[i].code) != 0)
			first = i;
		else
			csv_read_error(errs, rows[i].line, rows[i].code_col,
			    UPKEEP_REASON_DUPLICATE_ROW, NULL, rows[first].line);
	}
	for (size_t i = 0; errs->n == 0 && i < n; i++)
		apply_lmi(&im->cx, &rows[i]);
	free(rows);
	return ORIENTATION_OK;
}

/* ------------------------------------------------------------ any file */

/* What differs between the files an import reads. */
struct import_kind {
	const char *const *names;   /* the columns */
	int count;
	/* Check every row of the file, errors to @errs, and apply the rows
	 * when there is none; @return ORIENTATION_OK or a status. */
	enum orientation_status (*run)(struct import *im,
	    struct upkeep_errors *errs);
};

/* The files, by enum upkeep_file. */
static const struct import_kind import_kinds[] = {
	[UPKEEP_FILE_SERVICES] = { service_file_columns, SC_COUNT,
	    import_services },
	[UPKEEP_FILE_LMI] = { lmi_file_columns, LC_COUNT, import_lmi },
};

enum orientation_status
upkeep_import(struct upkeep *u, enum upkeep_file file, const char *path,
    bool dry_run, const char *who, time_t now, struct upkeep_errors *errs)
{
	const struct import_kind *kind;
	struct import im;
	enum orientation_status st;

	assert((size_t)file < sizeof import_kinds / sizeof import_kinds[0]);
	kind = &import_kinds[file];
	upkeep_change_init(&im.cx, u, who, now, dry_run);
	st = import_begin(&im, path, kind->names, kind->count, errs);
	if (st != ORIENTATION_OK)
		return st;
	return import_end(&im, kind->run(&im, errs), errs);
}
