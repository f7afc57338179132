/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the unit tests of catalog upkeep share (see upkeep-fixture.h). */
#include "upkeep-fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "capture.h"
#include <sqlite3.h>

#include "store/search.h"
#include "store/tokenizer.h"

char root[64];
char dir[96];
char db_path[sizeof dir + 16];
struct upkeep *u;

static const char *
catalog_path(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

const char *
scratch(const char *name)
{
	static char paths[2][160];
	static int next;
	char *p = paths[next++ % 2];

	snprintf(p, sizeof paths[0], "%s/%s", dir, name);
	return p;
}

char *
slurp(const char *path, size_t *len)
{
	char *buf = capture_file(path, len);

	assert_non_null(buf);
	return buf;
}

const char *
put_file(const char *name, const char *data, size_t len)
{
	const char *path = scratch(name);
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

const char *
put_text(const char *name, const char *text)
{
	return put_file(name, text, strlen(text));
}

int
setup(void **state)
{
	size_t len;
	char *data;

	(void)state;
	/* In the scratch folder, which goes at exit with whatever a failed
	 * test left in here. */
	snprintf(dir, sizeof dir, "%s/test-XXXXXX", root);
	assert_non_null(mkdtemp(dir));
	snprintf(db_path, sizeof db_path, "%s/catalog.db", dir);
	data = slurp(catalog_path(), &len);
	put_file("catalog.db", data, len);
	free(data);
	assert_int_equal(upkeep_open(db_path, &u), ORIENTATION_OK);
	return 0;
}

int
teardown(void **state)
{
	static const char *const names[] = {
		"catalog.db", "catalog.db-journal", "in.csv", "out.csv",
		"out2.csv", "other.db", "text.db",
	};

	(void)state;
	upkeep_free(u);
	u = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		unlink(scratch(names[i]));
	rmdir(dir);
	return 0;
}

void
exec_sql_on(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(tokenizer_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

void
exec_sql(const char *sql)
{
	exec_sql_on(db_path, sql);
}

char *
sql_text(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	char *out;

	assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(tokenizer_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(stmt, 0);

		out = strdup(t != NULL ? (const char *)t : "");
	} else {
		out = strdup("<none>");
	}
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return out;
}

long
sql_long(const char *sql)
{
	char *t = sql_text(sql);
	long v = strtol(t, NULL, 10);

	free(t);
	return v;
}

void
assert_sql(const char *sql, const char *want)
{
	char *got = sql_text(sql);

	if (strcmp(got, want) != 0)
		fail_msg("%s\n  gave \"%s\", expected \"%s\"", sql, got, want);
	free(got);
}

long
history_rows(void)
{
	return sql_long("SELECT count(*) FROM catalog_history");
}

void
today(time_t now, char out[11])
{
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

time_t
fixed_now(void)
{
	struct tm tm = { .tm_year = 126, .tm_mon = 11, .tm_mday = 1, .tm_hour = 12 };

	return timegm(&tm);
}

bool
search_finds(struct catalog *cat, const char *typed, const char *lang,
    const char *label)
{
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 50, &hits);
	bool yes = false;

	for (size_t i = 0; i < n; i++)
		if (hits[i].kind == SEARCH_SERVICE &&
		    strcmp(hits[i].ref, SERVICE) == 0 &&
		    strcmp(hits[i].lang, lang) == 0 &&
		    strcmp(hits[i].label, label) == 0)
			yes = true;
	rows_free(hits);
	return yes;
}

enum orientation_status
import_text(const char *text, bool lmi, bool dry_run,
    struct upkeep_errors *errs)
{
	const char *path = put_text("in.csv", text);

	return upkeep_import(u, lmi ? UPKEEP_FILE_LMI : UPKEEP_FILE_SERVICES,
	    path, dry_run, "anna", fixed_now(), errs);
}

void
expect_error(const struct upkeep_errors *errs, size_t i, long line,
    int column, enum upkeep_reason reason)
{
	if (i >= errs->n)
		fail_msg("only %zu errors, expected one more at line %ld", errs->n,
		    line);
	if (errs->list[i].line != line || errs->list[i].column != column ||
	    errs->list[i].reason != reason) {
		char *got = upkeep_error_format(&errs->list[i]);

		fail_msg("error %zu is \"%s\"; expected line %ld, column %d: %s",
		    i, got, line, column, upkeep_reason_message(reason));
	}
}

void
expect_one_error(const char *text, long line, int column,
    enum upkeep_reason reason)
{
	struct upkeep_errors errs = { 0 };

	assert_int_equal(import_text(text, false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, line, column, reason);
	assert_int_equal(errs.n, 1);
	assert_int_equal(errs.items, 0);
	upkeep_errors_free(&errs);
}
