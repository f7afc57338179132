/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep: editing a service (history, last_checked,
 * revision, search rows as catalog-build makes them, conflicts), its
 * validation, CSV export and import of services and labour-market facts
 * (round trip, every kind of broken file, dry runs).  Each test works on
 * a fresh copy of the built catalog; the original is never opened for
 * writing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "capture.h"
#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "store/catalog-db.h"   /* the rowid layout */
#include "store/catalog.h"
#include "store/occupation.h"
#include "store/search.h"
#include "store/service.h"
#include "store/tokenizer.h"
#include "store/upkeep.h"

#define SERVICE "adem-adult-apprenticeship"

static char root[64];   /* the process's scratch folder (scratch.h) */
static char dir[96];    /* one test's folder in it */
static char db_path[sizeof dir + 16];
static struct upkeep *u;

/* ---------------------------------------------------------------- fixtures */

static const char *
catalog_path(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

/* A path in the scratch folder; one of two static buffers. */
static const char *
scratch(const char *name)
{
	static char paths[2][160];
	static int next;
	char *p = paths[next++ % 2];

	snprintf(p, sizeof paths[0], "%s/%s", dir, name);
	return p;
}

/* The whole of @path; *@len gets its size.  The caller frees. */
static char *
slurp(const char *path, size_t *len)
{
	char *buf = capture_file(path, len);

	assert_non_null(buf);
	return buf;
}

/* Write @len bytes of @data to scratch file @name; @return its path. */
static const char *
put_file(const char *name, const char *data, size_t len)
{
	const char *path = scratch(name);
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

/* Write the string @text to scratch file @name. */
static const char *
put_text(const char *name, const char *text)
{
	return put_file(name, text, strlen(text));
}

static int
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

static int
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

/*
 * upkeep_open() of @path, which its mode forbids writing, by a user the
 * mode binds: this process, or as root (whom no mode binds) a child
 * running as nobody, through folders opened up for the look.  Skips the
 * test when root cannot become nobody.  @return upkeep_open's status.
 */
static int
open_unwritable(const char *path)
{
	struct upkeep *v;
	int status;
	pid_t pid;

	if (geteuid() != 0) {
		enum orientation_status st = upkeep_open(path, &v);

		upkeep_free(v);
		return st;
	}
	assert_int_equal(chmod(root, 0711), 0);
	assert_int_equal(chmod(dir, 0711), 0);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		if (setgroups(0, NULL) != 0 || setgid(65534) != 0 ||
		    setuid(65534) != 0)
			_exit(255);
		_exit(upkeep_open(path, &v));
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	chmod(dir, 0700);
	chmod(root, 0700);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 255)
		skip();
	return WEXITSTATUS(status);
}

/* Run @sql on the database @path through a connection of our own. */
static void
sql_exec_on(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(tokenizer_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* Run @sql on the scratch catalog. */
static void
sql_exec(const char *sql)
{
	sql_exec_on(db_path, sql);
}

/* The first column of the first row of @sql as text ("" for NULL, or
 * "<none>" without a row).  The caller frees. */
static char *
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

/* @sql as a number. */
static long
sql_long(const char *sql)
{
	char *t = sql_text(sql);
	long v = strtol(t, NULL, 10);

	free(t);
	return v;
}

/* Whether @sql's first value is @want. */
static void
assert_sql(const char *sql, const char *want)
{
	char *got = sql_text(sql);

	if (strcmp(got, want) != 0)
		fail_msg("%s\n  gave \"%s\", expected \"%s\"", sql, got, want);
	free(got);
}

static long
history_rows(void)
{
	return sql_long("SELECT count(*) FROM catalog_history");
}

/* Today as YYYY-MM-DD (the tests run with TZ=UTC; local time anyway). */
static void
today(time_t now, char out[11])
{
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* 2026-12-01 12:00 UTC: after every date in the catalog and the tests. */
static time_t
fixed_now(void)
{
	struct tm tm = { .tm_year = 126, .tm_mon = 11, .tm_mday = 1, .tm_hour = 12 };

	return timegm(&tm);
}

/* ---------------------------------------------------------------- opening */

static void
test_open_checks_file_and_version(void **state)
{
	struct upkeep *v;
	size_t len;
	char *data;

	(void)state;
	assert_int_equal(upkeep_revision(u), 0);

	assert_int_equal(upkeep_open(scratch("missing.db"), &v),
	    ORIENTATION_CATALOG_OPEN);
	assert_null(v);
	assert_int_not_equal(access(scratch("missing.db"), F_OK), 0);

	put_text("text.db", "id,name\nthis is not a database\n");
	assert_int_equal(upkeep_open(scratch("text.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);

	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	sql_exec_on(scratch("other.db"), "PRAGMA user_version = 99");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_VERSION);
	sql_exec_on(scratch("other.db"), "PRAGMA user_version = 0");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);

	/* A write-protected copy is refused (as root, by nobody: root
	 * writes any file). */
	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	assert_int_equal(chmod(scratch("other.db"), 0444), 0);
	assert_int_equal(open_unwritable(scratch("other.db")),
	    ORIENTATION_CATALOG_OPEN);
	chmod(scratch("other.db"), 0644);
}

/*
 * A catalog of the right version whose tables lack a column upkeep reads
 * (a copy edited by hand, a migration that stopped half-way, a file
 * changed by another program while a counselor works) gives a status,
 * never an abort of the program.
 */
static void
test_damaged_schema_is_a_status(void **state)
{
	struct upkeep *v = NULL;
	struct upkeep_service s;
	size_t len;
	char *data;
	FILE *out;

	(void)state;
	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	sql_exec_on(scratch("other.db"),
	    "ALTER TABLE occupation_lmi RENAME COLUMN checked TO checked_on");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);
	assert_null(v);

	/* Changed under an open connection: the next statement says so. */
	sql_exec("ALTER TABLE service_group RENAME COLUMN group_id TO grp");
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_CATALOG_ERROR);
	assert_null(s.id);
	sql_exec("ALTER TABLE service RENAME COLUMN phone TO tel");
	out = fopen(scratch("out.csv"), "wb");
	assert_non_null(out);
	assert_int_equal(upkeep_export_services(u, out), ORIENTATION_CATALOG_ERROR);
	fclose(out);
}

/* ---------------------------------------------------------------- editing */

static void
test_load_has_every_language(void **state)
{
	struct upkeep_service s;
	struct upkeep_text *fr;

	(void)state;
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(s.id, SERVICE);
	assert_string_equal(s.provider_id, "adem");
	assert_int_equal(s.ntexts, sql_long("SELECT count(*) FROM language"));
	assert_string_equal(s.texts[0].lang, "nl");
	assert_string_equal(s.texts[1].lang, "fr");
	assert_string_equal(s.texts[2].lang, "de");
	assert_string_equal(s.texts[3].lang, "en");
	fr = upkeep_service_text(&s, "fr");
	assert_non_null(fr);
	assert_string_equal(fr->name, "ADEM – apprentissage pour adultes");
	assert_string_equal(upkeep_service_text(&s, "de")->name,
	    "ADEM – Lehre für Erwachsene");
	assert_null(upkeep_service_text(&s, "xx"));
	assert_string_equal(s.address, "rue Aldringen, Luxembourg");
	assert_string_equal(s.phone, "");     /* not known */
	assert_string_equal(s.source, "adem.public.lu");
	assert_int_equal(s.ngroups, 3);
	assert_string_equal(s.groups[0], "adult");
	assert_string_equal(s.groups[1], "employee");
	assert_string_equal(s.groups[2], "jobseeker");
	assert_int_equal(s.nthemes, 2);
	assert_string_equal(s.themes[0], "apprenticeship");
	assert_string_equal(s.themes[1], "training");
	upkeep_service_free(&s);
	upkeep_service_free(&s);   /* a zeroed struct is fine */

	assert_int_equal(upkeep_service_load(u, "no-such-service", &s),
	    ORIENTATION_SERVICE_NOT_FOUND);
	assert_null(s.id);
}

/* Whether search_run for @typed in @lang finds SERVICE labelled @label. */
static bool
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

static void
test_save_phone_and_names(void **state)
{
	const struct catalog_language *langs;
	const char *fr_name = "Quixotique apprentissage pour adultes";
	const char *de_name = "Quäxelberatung – Lehre für Erwachsene";
	struct upkeep_service s;
	struct service_detail d;
	struct catalog *cat, *kiosk;
	time_t now = time(NULL);
	char day[11], *before_en, *before_nl, *rowids;

	(void)state;
	today(now, day);
	/* Make sure last_checked changes, whatever today is. */
	sql_exec("UPDATE service SET last_checked = '2020-01-01' "
	    "WHERE id = '" SERVICE "'");
	before_en = sql_text("SELECT label || '|' || body "
	    "FROM search WHERE ref = '" SERVICE "' AND lang = 'en'");
	before_nl = sql_text("SELECT label || '|' || body "
	    "FROM search WHERE ref = '" SERVICE "' AND lang = 'nl'");
	rowids = sql_text("SELECT group_concat(rowid) FROM (SELECT rowid FROM "
	    "search WHERE kind = 'service' AND ref = '" SERVICE "' ORDER BY lang)");

	/* A kiosk has the catalog open, read-only, all along. */
	assert_int_equal(catalog_open(db_path, &kiosk), ORIENTATION_OK);
	assert_int_equal(catalog_revision(kiosk), 0);

	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&s.phone, "+352 247-75100");
	upkeep_field_set(&upkeep_service_text(&s, "fr")->name, fr_name);
	upkeep_field_set(&upkeep_service_text(&s, "de")->name, de_name);
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	/* Its index rows keep their rowids, so their places in the blocks. */
	assert_sql("SELECT group_concat(rowid) FROM (SELECT rowid FROM search "
	    "WHERE kind = 'service' AND ref = '" SERVICE "' ORDER BY lang)",
	    rowids);
	free(rowids);
	upkeep_service_free(&s);

	/* It notices, and finds the new names without reopening. */
	assert_int_equal(catalog_revision(kiosk), 1);
	assert_true(search_finds(kiosk, "quixotique", "fr", fr_name));
	catalog_free(kiosk);

	/* One history row per changed field. */
	assert_int_equal(history_rows(), 4);
	assert_sql("SELECT count(*) FROM catalog_history WHERE who = 'anna' "
	    "AND item = 'service:" SERVICE "'", "4");
	{
		char sql[96];

		snprintf(sql, sizeof sql, "SELECT count(*) FROM catalog_history "
		    "WHERE at = %lld", (long long)now);
		assert_int_equal(sql_long(sql), 4);
	}
	assert_sql("SELECT coalesce(old, 'NULL') || '>' || new FROM catalog_history "
	    "WHERE field = 'phone' AND lang IS NULL", "NULL>+352 247-75100");
	assert_sql("SELECT old || '>' || new FROM catalog_history "
	    "WHERE field = 'name' AND lang = 'fr'",
	    "ADEM – apprentissage pour adultes>Quixotique apprentissage pour adultes");
	assert_sql("SELECT new FROM catalog_history WHERE field = 'name' "
	    "AND lang = 'de'", de_name);
	assert_sql("SELECT old FROM catalog_history WHERE field = 'last_checked'",
	    "2020-01-01");
	{
		char *checked = sql_text("SELECT last_checked FROM service "
		    "WHERE id = '" SERVICE "'");

		assert_string_equal(checked, day);
		free(checked);
	}
	assert_int_equal(upkeep_revision(u), 1);
	assert_sql("SELECT value FROM meta WHERE key = 'revision'", "1");

	/* What a kiosk sees, through the read-only catalog. */
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_int_equal(catalog_revision(cat), 1);
	for (size_t i = 0, n = catalog_languages(cat, &langs); i < n; i++) {
		assert_int_equal(service_detail_load(cat, SERVICE, langs[i].code,
		    &d),
		    ORIENTATION_OK);
		assert_string_equal(d.phone, "+352 247-75100");
		assert_string_equal(d.last_checked, day);
		service_detail_free(&d);
	}
	assert_true(search_finds(cat, "quixotique", "fr", fr_name));
	assert_true(search_finds(cat, "Quäxelberatung", "de", de_name));
	assert_true(search_finds(cat, "quaexelberatung", "de", de_name));
	assert_true(search_finds(cat, "quax", "de", de_name));
	catalog_free(cat);
	/* The old name is gone from the index; one row per language. */
	assert_int_equal(sql_long("SELECT count(*) FROM search WHERE "
	    "kind = 'service' AND ref = '" SERVICE "'"),
	    sql_long("SELECT count(*) FROM language"));
	assert_sql("SELECT label FROM search WHERE ref = '" SERVICE "' "
	    "AND lang = 'fr'", fr_name);
	/* The untouched languages are indexed exactly as catalog-build did. */
	assert_sql("SELECT label || '|' || body FROM search "
	    "WHERE ref = '" SERVICE "' AND lang = 'en'", before_en);
	assert_sql("SELECT label || '|' || body FROM search "
	    "WHERE ref = '" SERVICE "' AND lang = 'nl'", before_nl);
	free(before_en);
	free(before_nl);
}

/* A service row missing from the index (a language added to a service
 * by hand) goes back to the end of its block with the service's item
 * number, where the search finds it. */
static void
test_new_search_row_joins_its_block(void **state)
{
	struct upkeep_service s;
	struct catalog *cat;
	long item;

	char sql[512];

	(void)state;
	snprintf(sql, sizeof sql, "SELECT min(rowid) & %lld FROM search "
	    "WHERE kind = 'service' AND ref = '" SERVICE "'",
	    (long long)SEARCH_ITEM_MASK);
	item = sql_long(sql);
	assert_true(item > 0);
	sql_exec("DELETE FROM search WHERE kind = 'service' AND ref = '"
	    SERVICE "' AND lang = 'nl'");
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&s.phone, "+352 247-75101");
	assert_int_equal(upkeep_service_save(u, &s, "anna", fixed_now()),
	    ORIENTATION_OK);
	upkeep_service_free(&s);
	/* after every other service of the Dutch block, inside the block */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM search s "
	    "JOIN search_block b ON b.kind = 'service' AND b.lang = 'nl' "
	    "WHERE s.ref = '" SERVICE "' AND s.lang = 'nl' AND s.rowid > "
	    "(SELECT max(rowid) FROM search WHERE rowid BETWEEN b.lo AND "
	    "b.lo + %lld AND ref <> '" SERVICE "') AND s.rowid <= b.lo + %lld",
	    (long long)SEARCH_BLOCK_SPAN, (long long)SEARCH_BLOCK_SPAN);
	assert_sql(sql, "1");
	snprintf(sql, sizeof sql, "SELECT rowid & %lld FROM search WHERE "
	    "ref = '" SERVICE "' AND lang = 'nl'", (long long)SEARCH_ITEM_MASK);
	assert_int_equal(sql_long(sql), item);
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_true(search_finds(cat, "volwassene", "nl",
	    "ADEM – in de leer gaan als volwassene"));
	catalog_free(cat);
}

static void
test_save_unchanged_only_stamps_once(void **state)
{
	struct upkeep_service s;
	time_t now = fixed_now();

	(void)state;
	sql_exec("UPDATE service SET last_checked = '2020-01-01' "
	    "WHERE id = '" SERVICE "'");
	/* A save without edits says "checked today". */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(history_rows(), 1);
	assert_sql("SELECT field || ' ' || new FROM catalog_history",
	    "last_checked 2026-12-01");
	assert_int_equal(upkeep_revision(u), 1);
	/* Again the same day: nothing to write at all. */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(s.last_checked, "2026-12-01");
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(history_rows(), 1);
	assert_int_equal(upkeep_revision(u), 1);
}

/* Load SERVICE into @s afresh. */
static void
reload(struct upkeep_service *s)
{
	upkeep_service_free(s);
	assert_int_equal(upkeep_service_load(u, SERVICE, s), ORIENTATION_OK);
}

/* Save @s and expect @st about @where. */
static void
expect_save(const struct upkeep_service *s, enum orientation_status st,
    const char *where)
{
	enum orientation_status got = upkeep_service_save(u, s, "anna", fixed_now());

	if (got != st)
		fail_msg("save gave \"%s\", expected \"%s\"",
		    status_message(got), status_message(st));
	assert_string_equal(upkeep_where(u), where);
}

static void
test_save_validation(void **state)
{
	const char *const bad_groups[] = { "adult", "martians" };
	const char *const bad_themes[] = { "astrology" };
	const char *const long_theme[] = { "astrology-and-palmistry-and-"
	    "tea-leaves-and-crystal-balls-and-tarot-cards" };
	struct upkeep_service s = { 0 };

	(void)state;
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "de")->name, "");
	expect_save(&s, ORIENTATION_EMPTY_NAME, "de");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->summary, "  \t ");
	expect_save(&s, ORIENTATION_EMPTY_SUMMARY, "fr");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "en")->offer, "");
	expect_save(&s, ORIENTATION_EMPTY_OFFER, "en");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "nl")->audience, "");
	expect_save(&s, ORIENTATION_EMPTY_AUDIENCE, "nl");
	reload(&s);
	upkeep_field_set(&s.source, "");
	expect_save(&s, ORIENTATION_EMPTY_SOURCE, "source");
	reload(&s);
	upkeep_field_set(&s.languages, "fr, de");
	expect_save(&s, ORIENTATION_BAD_LANGUAGES, "languages");
	reload(&s);
	upkeep_service_set_groups(&s, bad_groups, 2);
	expect_save(&s, ORIENTATION_UNKNOWN_GROUP, "martians");
	reload(&s);
	upkeep_service_set_themes(&s, bad_themes, 1);
	expect_save(&s, ORIENTATION_UNKNOWN_THEME, "astrology");
	/* The whole id, however long (it was cut to 63 bytes). */
	reload(&s);
	upkeep_service_set_themes(&s, long_theme, 1);
	expect_save(&s, ORIENTATION_UNKNOWN_THEME, long_theme[0]);
	reload(&s);
	upkeep_field_set(&s.texts[0].lang, "xx");
	expect_save(&s, ORIENTATION_UNKNOWN_LANGUAGE, "xx");
	reload(&s);
	upkeep_field_set(&s.texts[0].lang, "fr");
	expect_save(&s, ORIENTATION_DUPLICATE_LANGUAGE, "fr");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->name, "Caf\xe9");
	expect_save(&s, ORIENTATION_NOT_UTF8, "fr");
	reload(&s);
	upkeep_field_set(&s.phone, "\xc0\xaf");    /* overlong '/' */
	expect_save(&s, ORIENTATION_NOT_UTF8, "phone");
	/* Contact fields of the wrong form. */
	reload(&s);
	upkeep_field_set(&s.phone, "abc");
	expect_save(&s, ORIENTATION_BAD_PHONE, "phone");
	reload(&s);
	upkeep_field_set(&s.phone, "12 34");
	expect_save(&s, ORIENTATION_BAD_PHONE, "phone");
	reload(&s);
	upkeep_field_set(&s.email, "info at example.lu");
	expect_save(&s, ORIENTATION_BAD_EMAIL, "email");
	reload(&s);
	upkeep_field_set(&s.web, "javascript:alert(1)");
	expect_save(&s, ORIENTATION_BAD_WEB, "web");
	/* A language without texts counts as an empty name. */
	reload(&s);
	s.ntexts--;
	expect_save(&s, ORIENTATION_EMPTY_NAME, s.texts[s.ntexts].lang);
	s.ntexts++;
	reload(&s);
	assert_int_equal(upkeep_service_save(u, &s, "", fixed_now()),
	    ORIENTATION_NO_AUTHOR);
	assert_int_equal(upkeep_service_save(u, &s, NULL, fixed_now()),
	    ORIENTATION_NO_AUTHOR);

	/* Nothing of all that reached the catalog. */
	assert_int_equal(history_rows(), 0);
	assert_int_equal(upkeep_revision(u), 0);

	/* Empty contact fields are allowed: they mean "not known". */
	upkeep_field_set(&s.address, "");
	upkeep_field_set(&s.web, "");
	upkeep_field_set(&s.email, "");
	upkeep_field_set(&s.phone, "");
	upkeep_field_set(&s.languages, "de;en;fr;pt");
	expect_save(&s, ORIENTATION_OK, "");
	upkeep_service_free(&s);
	assert_sql("SELECT coalesce(address, 'NULL') FROM service "
	    "WHERE id = '" SERVICE "'", "NULL");
	assert_sql("SELECT old || '>' || coalesce(new, 'NULL') FROM catalog_history "
	    "WHERE field = 'address'", "rue Aldringen, Luxembourg>NULL");
	assert_sql("SELECT languages FROM service WHERE id = '" SERVICE "'",
	    "de;en;fr;pt");

	/* Every status has a message. */
	for (int st = ORIENTATION_OK; st < ORIENTATION_STATUS_COUNT; st++)
		assert_true(strlen(status_message(st)) > 0);
	for (int r = UPKEEP_REASON_EMPTY_FILE;
	    r <= UPKEEP_REASON_TOO_MANY_ERRORS; r++)
		assert_true(strlen(upkeep_reason_message(r)) > 0);
}

/* Every web address, e-mail address and phone number of the bundled
 * catalogue (services and providers, as the build made it from data/)
 * passes the check a save and an import make; there is at least one of
 * each to check. */
static void
test_bundled_contacts_pass(void **state)
{
	static const struct {
		const char *column;
		enum upkeep_contact contact;
	} fields[] = {
		{ "web", UPKEEP_CONTACT_WEB },
		{ "email", UPKEEP_CONTACT_EMAIL },
		{ "phone", UPKEEP_CONTACT_PHONE },
	};
	sqlite3 *db;

	(void)state;
	assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		char sql[200];
		sqlite3_stmt *stmt;
		int n = 0;

		snprintf(sql, sizeof sql, "SELECT %s FROM service WHERE %s <> '' "
		    "UNION ALL SELECT %s FROM provider WHERE %s <> ''",
		    fields[i].column, fields[i].column, fields[i].column,
		    fields[i].column);
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL),
		    SQLITE_OK);
		while (sqlite3_step(stmt) == SQLITE_ROW) {
			const char *v = (const char *)sqlite3_column_text(stmt, 0);

			if (upkeep_check_contact(fields[i].contact, v) !=
			    ORIENTATION_OK)
				fail_msg("bundled %s \"%s\" is refused",
				    fields[i].column, v);
			n++;
		}
		sqlite3_finalize(stmt);
		if (n == 0)
			fail_msg("no %s in the bundled catalogue", fields[i].column);
	}
	sqlite3_close(db);
	/* Not known is allowed; a wrong form is refused as what it is. */
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		assert_int_equal(upkeep_check_contact(fields[i].contact, ""),
		    ORIENTATION_OK);
		assert_int_equal(upkeep_check_contact(fields[i].contact, NULL),
		    ORIENTATION_OK);
	}
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_WEB, "abc"),
	    ORIENTATION_BAD_WEB);
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_EMAIL, "abc"),
	    ORIENTATION_BAD_EMAIL);
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_PHONE, "abc"),
	    ORIENTATION_BAD_PHONE);
}

static void
test_save_groups_and_conflicts(void **state)
{
	const char *const groups[] = { "pupil", "adult", "pupil" };
	const char *const other[] = { "young" };
	struct upkeep_service a, b;

	(void)state;
	assert_int_equal(upkeep_service_load(u, SERVICE, &a), ORIENTATION_OK);
	assert_int_equal(upkeep_service_load(u, SERVICE, &b), ORIENTATION_OK);

	/* Anna changes the groups (a set: order and repeats do not matter). */
	upkeep_service_set_groups(&a, groups, 3);
	assert_int_equal(upkeep_service_save(u, &a, "anna", fixed_now()),
	    ORIENTATION_OK);
	assert_sql("SELECT old || '>' || new FROM catalog_history "
	    "WHERE field = 'groups'", "adult;employee;jobseeker>adult;pupil");
	assert_sql("SELECT group_concat(group_id, ';') FROM (SELECT group_id "
	    "FROM service_group WHERE service_id = '" SERVICE "' ORDER BY 1)",
	    "adult;pupil");

	/* Ben, who loaded before, changes the e-mail: Anna's groups stay. */
	upkeep_field_set(&b.email, "info@example.lu");
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_OK);
	assert_sql("SELECT group_concat(group_id, ';') FROM (SELECT group_id "
	    "FROM service_group WHERE service_id = '" SERVICE "' ORDER BY 1)",
	    "adult;pupil");
	assert_sql("SELECT email FROM service WHERE id = '" SERVICE "'",
	    "info@example.lu");

	/* Ben then changes the groups too: both changed them, nothing saved. */
	upkeep_service_set_groups(&b, other, 1);
	upkeep_field_set(&b.phone, "12 34 56");
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_SERVICE_CONFLICT);
	assert_string_equal(upkeep_where(u), "groups");
	assert_sql("SELECT coalesce(phone, 'NULL') FROM service "
	    "WHERE id = '" SERVICE "'", "NULL");

	/* And a text both changed. */
	upkeep_service_free(&a);
	upkeep_service_free(&b);
	assert_int_equal(upkeep_service_load(u, SERVICE, &a), ORIENTATION_OK);
	assert_int_equal(upkeep_service_load(u, SERVICE, &b), ORIENTATION_OK);
	upkeep_field_set(&upkeep_service_text(&a, "en")->summary, "Anna's words");
	upkeep_field_set(&upkeep_service_text(&b, "en")->summary, "Ben's words");
	assert_int_equal(upkeep_service_save(u, &a, "anna", fixed_now()),
	    ORIENTATION_OK);
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_SERVICE_CONFLICT);
	assert_string_equal(upkeep_where(u), "en");
	assert_sql("SELECT summary FROM service_text WHERE service_id = '"
	    SERVICE "' AND lang = 'en'", "Anna's words");
	upkeep_service_free(&a);
	upkeep_service_free(&b);
	assert_int_equal(upkeep_revision(u), 3);
}

/* ---------------------------------------------------------------- CSV */

/* Export services (@lmi false) or facts to scratch file @name. */
static const char *
export_to(const char *name, bool lmi)
{
	const char *path = scratch(name);
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(lmi ? upkeep_export_lmi(u, f) :
	    upkeep_export_services(u, f), ORIENTATION_OK);
	fclose(f);
	return path;
}

/* Import @text as a services (or facts) file. */
static enum orientation_status
import_text(const char *text, bool lmi, bool dry_run,
    struct upkeep_errors *errs)
{
	const char *path = put_text("in.csv", text);

	return upkeep_import(u, lmi ? UPKEEP_FILE_LMI : UPKEEP_FILE_SERVICES,
	    path, dry_run, "anna", fixed_now(), errs);
}

/* Expect error @i of @errs at @line, @column for @reason. */
static void
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

/* Import @text as services and expect exactly one error. */
static void
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

#define HEADER "id,lang,name,summary,offer,audience,address,web,email,phone,languages,source\r\n"
#define ROW_FR SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
#define HEADER_CR "id,lang,name,summary,offer,audience,address,web,email,phone,languages,source\r"
#define ROW_FR_CR SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r"
#define ROW_DE SERVICE ",de,Name,Kurz,Angebot,Publikum,,,,,,adem.public.lu\r\n"

static void
test_round_trip_is_a_no_op(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct upkeep_service s;
	size_t la, lb;
	char *a, *b;
	const char *out;

	(void)state;
	/* Texts a CSV writer must quote: commas, quotes, line breaks and
	 * blanks at the ends. */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->summary,
	    "Il a dit \"oui\", puis\r\nil est parti");
	upkeep_field_set(&upkeep_service_text(&s, "de")->offer,
	    " Angebot mit Leerzeichen ");
	upkeep_field_set(&s.phone, "+352 247-75100");
	assert_int_equal(upkeep_service_save(u, &s, "anna", fixed_now()),
	    ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 4);

	out = export_to("out.csv", false);
	a = slurp(out, &la);
	assert_memory_equal(a, HEADER, strlen(HEADER));
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_SERVICES, out, false,
	    "anna", fixed_now(), &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	/* One row per service and language. */
	assert_int_equal(errs.rows, sql_long("SELECT count(*) FROM service_text"));
	assert_int_equal(errs.items, 0);
	assert_int_equal(errs.fields, 0);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 4);
	b = slurp(export_to("out2.csv", false), &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);

	out = export_to("out.csv", true);
	a = slurp(out, &la);
	assert_memory_equal(a, "esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,,,,\r\n", 62);
	free(a);
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_LMI, out, false, "anna",
	    fixed_now(), &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.rows, (size_t)sql_long("SELECT count(*) FROM occupation"));
	assert_int_equal(errs.items, 0);
	assert_int_equal(upkeep_revision(u), 1);
	upkeep_errors_free(&errs);
}

static void
test_import_services_applies(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct catalog *cat;

	(void)state;
	/* Columns in another order, a byte-order mark, LF line ends, only
	 * two languages of one service: the rest stays as it is. */
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "lang,id,phone,name,summary,offer,audience,address,web,email,languages,source\n"
	    "fr," SERVICE ",+352 1234,ADEM – apprentissage pour adultes,"
	    "\"Dès 18 ans, faire un apprentissage et obtenir un CCP, un DAP ou un DT\","
	    "\"Dès 18 ans, vous pouvez encore faire un apprentissage. Le service d'orientation professionnelle de l'ADEM vous conseille sur les formations qui mènent au CCP, au DAP ou au DT, des diplômes professionnels luxembourgeois.\","
	    "Adultes de 18 ans et plus qui veulent apprendre un métier,"
	    "\"rue Aldringen, Luxembourg\",,,,adem.public.lu\n"
	    ",,,,,,,,,,,\n"
	    "de," SERVICE ",+352 1234,Zwölfender Lehrgang für Erwachsene,"
	    "\"Ab 18 eine Lehre machen und ein CCP, DAP oder DT erwerben\","
	    "\"Auch ab 18 Jahren können Sie noch eine Lehre machen. Die Berufsberatung der ADEM berät Sie zu Ausbildungen, die zu einem CCP, DAP oder DT führen, den luxemburgischen Berufsabschlüssen.\","
	    "\"Erwachsene ab 18 Jahren, die einen Beruf erlernen möchten\","
	    "\"rue Aldringen, Luxembourg\",,,,adem.public.lu\n",
	    false, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.rows, 2);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 2);   /* phone, the German name */
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 1);
	assert_sql("SELECT group_concat(field || ':' || coalesce(lang, '-'), ' ') "
	    "FROM (SELECT * FROM catalog_history ORDER BY id)",
	    "phone:- name:de last_checked:-");
	assert_sql("SELECT phone || ' ' || last_checked FROM service "
	    "WHERE id = '" SERVICE "'", "+352 1234 2026-12-01");
	assert_sql("SELECT name FROM service_text WHERE service_id = '" SERVICE
	    "' AND lang = 'en'", "ADEM – adult apprenticeship");
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_true(search_finds(cat, "zwoelfender", "de",
	    "Zwölfender Lehrgang für Erwachsene"));
	catalog_free(cat);
}

static void
test_import_broken_files(void **state)
{
	struct upkeep_errors errs = { 0 };

	(void)state;
	/* Wrong number of columns: points at the first missing or extra. */
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,\r\n",
	    2, 12, UPKEEP_REASON_WRONG_COLUMNS);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,x,y\r\n",
	    2, 13, UPKEEP_REASON_WRONG_COLUMNS);
	/* Not UTF-8 (Latin-1 é). */
	expect_one_error(HEADER SERVICE ",fr,Nom,R\xe9sum\xe9,Offre,Public,,,,,,src\r\n",
	    2, 4, UPKEEP_REASON_NOT_UTF8);
	expect_one_error(HEADER SERVICE ",fr,Nom\xed\xa0\x80,Résumé,Offre,Public,,,,,,src\r\n",
	    2, 3, UPKEEP_REASON_NOT_UTF8);   /* a UTF-16 surrogate */
	/* Unknown ids and languages. */
	expect_one_error(HEADER "no-such-service,fr,Nom,Résumé,Offre,Public,,,,,,src\r\n",
	    2, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	expect_one_error(HEADER SERVICE ",zz,Name,Summary,Offer,Public,,,,,,adem.public.lu\r\n",
	    2, 2, UPKEEP_REASON_UNKNOWN_LANGUAGE);
	/* Duplicate rows. */
	expect_one_error(HEADER ROW_FR ROW_DE ROW_FR, 4, 1,
	    UPKEEP_REASON_DUPLICATE_ROW);
	assert_int_equal(import_text(HEADER ROW_FR ROW_FR, false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_int_equal(errs.list[0].other_line, 2);
	upkeep_errors_free(&errs);
	/* Empty files. */
	expect_one_error("", 1, 0, UPKEEP_REASON_EMPTY_FILE);
	expect_one_error("\xef\xbb\xbf\r\n\r\n", 1, 0, UPKEEP_REASON_EMPTY_FILE);
	expect_one_error(HEADER, 2, 0, UPKEEP_REASON_NO_ROWS);
	/* The header. */
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "languages,source\r\n", 1, 0, UPKEEP_REASON_MISSING_COLUMN);
	assert_int_equal(import_text("id,lang,name,summary,offer,audience,address,"
	    "web,email,languages,source\r\n", false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_string_equal(errs.list[0].detail, "phone");
	upkeep_errors_free(&errs);
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "phone,languages,source,fax\r\n" SERVICE ",fr,Nom,Résumé,Offre,"
	    "Public,,,,,,src,\r\n", 1, 13, UPKEEP_REASON_UNKNOWN_COLUMN);
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "phone,languages,source,id\r\n", 1, 13, UPKEEP_REASON_DUPLICATE_COLUMN);
	/* Values. */
	expect_one_error(HEADER SERVICE ",fr,Nom,,Offre,Public,,,,,,src\r\n",
	    2, 4, UPKEEP_REASON_EMPTY_VALUE);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,\r\n",
	    2, 12, UPKEEP_REASON_EMPTY_VALUE);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,"
	    "French,src\r\n", 2, 11, UPKEEP_REASON_BAD_LANGUAGES);
	/* The same service must agree with itself. */
	expect_one_error(HEADER ROW_FR SERVICE ",de,Name,Kurz,Angebot,Publikum,"
	    ",,,+352 123456,,adem.public.lu\r\n", 3, 10, UPKEEP_REASON_DISAGREES);
	/* Quotes. */
	expect_one_error(HEADER SERVICE ",fr,Nom \"X\",Résumé,Offre,Public,,,,,,"
	    "src\r\n", 2, 3, UPKEEP_REASON_NOT_CSV);
	expect_one_error(HEADER SERVICE ",fr,\"Nom,Résumé,Offre,Public,,,,,,"
	    "src\r\n", 2, 3, UPKEEP_REASON_NOT_CSV);
	/* No file at all. */
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_SERVICES,
	    scratch("none.csv"), false, "anna", fixed_now(), &errs),
	    ORIENTATION_FILE_OPEN);
	assert_int_equal(import_text(HEADER ROW_FR, false, false, &errs) ,
	    ORIENTATION_OK);   /* and a good file still goes in afterwards */
	assert_int_equal(errs.items, 1);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 1);
}

/* A file saved by a spreadsheet set to French or German: semicolons
 * between the fields, commas inside them, a semicolon in a quoted field.
 * It goes in as the same file with commas would. */
static void
test_import_semicolons(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct upkeep_service s = { 0 };

	(void)state;
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "id;lang;name;summary;offer;audience;address;web;email;phone;"
	    "languages;source\r\n"
	    SERVICE ";fr;Nom;Résumé, avec une virgule;\"Offre; en deux\";"
	    "Public;;;;;fr;de;adem.public.lu\r\n", false, false, &errs),
	    ORIENTATION_FILE_INVALID);   /* "fr;de" unquoted: 13 fields */
	expect_error(&errs, 0, 2, 13, UPKEEP_REASON_WRONG_COLUMNS);
	upkeep_errors_free(&errs);
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "id;lang;name;summary;offer;audience;address;web;email;phone;"
	    "languages;source\r\n"
	    SERVICE ";fr;Nom;Résumé, avec une virgule;\"Offre; en deux\";"
	    "Public;;;;;\"fr;de\";adem.public.lu\r\n", false, false, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.items, 1);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(upkeep_service_text(&s, "fr")->summary,
	    "Résumé, avec une virgule");
	assert_string_equal(upkeep_service_text(&s, "fr")->offer,
	    "Offre; en deux");
	assert_string_equal(s.languages, "fr;de");
	upkeep_service_free(&s);
}

/* A value longer than the service editor's line (a summary pasted
 * 200,000 times over, a facts file's source likewise) is refused, with
 * its line and column and without the value; one byte less goes in, and
 * the service editor can open it. */
static void
test_import_too_long(void **state)
{
	struct upkeep_errors errs = { 0 };
	size_t n = UPKEEP_MAX_VALUE + 200;
	char *big = malloc(n + 1), *text = malloc(n + 400);
	struct upkeep_service s = { 0 };

	(void)state;
	assert_non_null(big);
	assert_non_null(text);
	memset(big, 'a', n);   /* not "xxx", a placeholder */
	big[n] = '\0';
	snprintf(text, n + 400, HEADER SERVICE ",fr,Nom,%s,Offre,Public,,,,,,src\r\n",
	    big);
	expect_one_error(text, 2, 4, UPKEEP_REASON_TOO_LONG);
	assert_int_equal(import_text(text, false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_null(errs.list[0].detail);
	upkeep_errors_free(&errs);
	snprintf(text, n + 400, "esco_code,apprenticeship,shortage,source,"
	    "checked\r\n0110.1,yes,no,%s,2026-01-15\r\n", big);
	assert_int_equal(import_text(text, true, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_int_equal(errs.n, 1);
	expect_error(&errs, 0, 2, 4, UPKEEP_REASON_TOO_LONG);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 0);
	/* At the limit, it goes in whole. */
	big[UPKEEP_MAX_VALUE] = '\0';
	snprintf(text, n + 400, HEADER SERVICE ",fr,Nom,%s,Offre,Public,,,,,,src\r\n",
	    big);
	assert_int_equal(import_text(text, false, false, &errs), ORIENTATION_OK);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(upkeep_service_text(&s, "fr")->summary, big);
	upkeep_service_free(&s);
	free(big);
	free(text);
}

/* A services file with a bad e-mail address in one row is refused
 * whole, with the row, the column and the reason (the words of the
 * editor's message); bad web addresses and phones likewise, each in its
 * own column. */
static void
test_import_bad_contacts(void **state)
{
	struct upkeep_errors errs = { 0 };
	char *line;

	(void)state;
	assert_int_equal(import_text(HEADER ROW_DE SERVICE ",fr,Nom,Résumé,"
	    "Offre,Public,,,info(at)example.lu,,,adem.public.lu\r\n", false,
	    false, &errs), ORIENTATION_FILE_INVALID);
	/* The bad value, then the good row's disagreement with it. */
	expect_error(&errs, 0, 3, 9, UPKEEP_REASON_BAD_EMAIL);
	expect_error(&errs, 1, 3, 9, UPKEEP_REASON_DISAGREES);
	assert_int_equal(errs.n, 2);
	assert_string_equal(errs.list[0].detail, "info(at)example.lu");
	line = upkeep_error_format(&errs.list[0]);
	assert_string_equal(line, "line 3, column 9: The e-mail address must "
	    "look like name@example.lu: one @, a dot after it, no spaces. "
	    "(info(at)example.lu)");
	free(line);
	assert_string_equal(upkeep_reason_message(UPKEEP_REASON_BAD_EMAIL),
	    status_message(ORIENTATION_BAD_EMAIL));
	upkeep_errors_free(&errs);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,"
	    "http://localhost,,,,src\r\n", 2, 8, UPKEEP_REASON_BAD_WEB);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,"
	    "abc,,src\r\n", 2, 10, UPKEEP_REASON_BAD_PHONE);
	assert_int_equal(upkeep_revision(u), 0);
	assert_int_equal(history_rows(), 0);
	/* The right forms go in. */
	assert_int_equal(import_text(HEADER SERVICE ",fr,Nom,Résumé,Offre,"
	    "Public,,https://www.example.lu/fr,info@example.lu,(+352) 247-75100,,"
	    "src\r\n", false, false, &errs), ORIENTATION_OK);
	upkeep_errors_free(&errs);
	assert_sql("SELECT web || '|' || email || '|' || phone FROM service "
	    "WHERE id = '" SERVICE "'",
	    "https://www.example.lu/fr|info@example.lu|(+352) 247-75100");
}

static void
test_import_many_errors_at_once(void **state)
{
	struct upkeep_errors errs = { 0 };
	char *line;

	(void)state;
	assert_int_equal(import_text(HEADER
	    /* 2-3: fine, with a line break inside a quoted field */
	    SERVICE ",fr,\"Nom sur\ndeux lignes\",Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
	    /* 4 */ "no-such-service,de,Name,Kurz,Angebot,Publikum,,,,,,src\r\n"
	    /* 5 */ SERVICE ",xx,Name,,Angebot,Publikum,,,,,,adem.public.lu\r\n"
	    /* 6 */ SERVICE ",en,Name,Kurz,Angebot,Publikum,,,,,adem.public.lu\r\n"
	    /* 7 */ SERVICE ",nl,Naam,Kort,Aan\xff" "bod,Publiek,,,,,,adem.public.lu\r\n"
	    /* 8 */ SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
	    /* 9 */ SERVICE ",de,Name,Kurz,Angebot,Publikum,,web.lu,,,,adem.public.lu\r\n",
	    false, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 4, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	expect_error(&errs, 1, 5, 2, UPKEEP_REASON_UNKNOWN_LANGUAGE);
	expect_error(&errs, 2, 5, 4, UPKEEP_REASON_EMPTY_VALUE);
	expect_error(&errs, 3, 6, 12, UPKEEP_REASON_WRONG_COLUMNS);
	expect_error(&errs, 4, 7, 5, UPKEEP_REASON_NOT_UTF8);
	expect_error(&errs, 5, 8, 1, UPKEEP_REASON_DUPLICATE_ROW);
	expect_error(&errs, 6, 9, 8, UPKEEP_REASON_DISAGREES);
	assert_int_equal(errs.n, 7);
	assert_int_equal(errs.rows, 7);
	assert_int_equal(errs.list[5].other_line, 2);
	assert_int_equal(errs.list[6].other_line, 2);
	line = upkeep_error_format(&errs.list[0]);
	assert_string_equal(line,
	    "line 4, column 1: unknown service id (no-such-service)");
	free(line);
	line = upkeep_error_format(&errs.list[5]);
	assert_string_equal(line, "line 8, column 1: duplicate row (see line 2)");
	free(line);
	upkeep_errors_free(&errs);
	assert_int_equal(history_rows(), 0);
	assert_int_equal(upkeep_revision(u), 0);

	/* Old Mac line ends (a lone CR) count as lines too. */
	assert_int_equal(import_text(HEADER_CR ROW_FR_CR
	    "no-such-service,fr,Nom,Résumé,Offre,Public,,,,,,src\r",
	    false, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 3, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	upkeep_errors_free(&errs);

	/* A file of nothing but errors stops counting at a thousand. */
	{
		size_t cap = 2000 * 80, len = strlen(HEADER);
		char *big = malloc(cap);

		assert_non_null(big);
		memcpy(big, HEADER, len);
		for (int i = 0; i < 2000; i++)
			len += (size_t)snprintf(big + len, cap - len,
			    "nope-%d,fr,a,b,c,d,,,,,,s\r\n", i);
		assert_int_equal(import_text(big, false, false, &errs),
		    ORIENTATION_FILE_INVALID);
		free(big);
		assert_int_equal(errs.n, UPKEEP_MAX_ERRORS + 1);
		assert_int_equal(errs.list[errs.n - 1].reason,
		    UPKEEP_REASON_TOO_MANY_ERRORS);
		upkeep_errors_free(&errs);
	}
}

static void
test_dry_run_writes_nothing(void **state)
{
	struct upkeep_errors errs = { 0 };
	const char *text = HEADER
	    SERVICE ",fr,Nom,Résumé,Offre,Public,,,,+352 123456,,adem.public.lu\r\n"
	    SERVICE ",de,Name,Kurz,Angebot,Publikum,,,,+352 123456,,adem.public.lu\r\n";
	size_t la, lb;
	char *a, *b;

	(void)state;
	a = slurp(db_path, &la);
	assert_int_equal(import_text(text, false, true, &errs), ORIENTATION_OK);
	assert_int_equal(errs.rows, 2);
	assert_int_equal(errs.items, 1);
	/* address and phone once, name, summary, offer and audience in two
	 * languages */
	assert_int_equal(errs.fields, 10);
	b = slurp(db_path, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(b);
	assert_int_equal(upkeep_revision(u), 0);
	assert_int_equal(history_rows(), 0);

	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,"
	    "checked\r\n0110.1,yes,no,ADEM,2026-01-15\r\n", true, true, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 4);
	b = slurp(db_path, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(b);
	free(a);

	/* For real, the same counts. */
	assert_int_equal(import_text(text, false, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 10);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 11);   /* and last_checked */
	upkeep_errors_free(&errs);
}

/* The occupation id of ESCO code @code. */
static int
occupation_id(const char *code)
{
	char sql[128];

	snprintf(sql, sizeof sql,
	    "SELECT id FROM occupation WHERE esco_code = '%s'", code);
	return (int)sql_long(sql);
}

static void
test_import_lmi(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct catalog *cat;
	struct occupation_store *store;
	struct occupation_lmi lmi;
	int a = occupation_id("0110.1"), b = occupation_id("0110.10");

	(void)state;
	assert_true(a > 0 && b > 0);
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,yes,no,ADEM Lehrstellen 2026,2026-01-15\r\n"
	    "0110.10,,YES,ADEM,2026-02-01\r\n"
	    "0110.11,,,,\r\n", true, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.rows, 3);
	assert_int_equal(errs.items, 2);
	assert_int_equal(errs.fields, 7);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 7);
	{
		char item[32];
		char sql[160];

		snprintf(item, sizeof item, "occupation:%d", a);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM catalog_history "
		    "WHERE item = '%s' AND lang IS NULL AND old IS NULL", item);
		assert_int_equal(sql_long(sql), 4);
	}

	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_int_equal(occupation_store_open(cat, &store), ORIENTATION_OK);
	assert_int_equal(occupation_store_lmi(store, a, &lmi), ORIENTATION_OK);
	assert_int_equal(lmi.apprenticeship, 1);
	assert_int_equal(lmi.shortage, 0);
	assert_string_equal(lmi.source, "ADEM Lehrstellen 2026");
	assert_string_equal(lmi.checked, "2026-01-15");
	occupation_lmi_free(&lmi);
	assert_int_equal(occupation_store_lmi(store, b, &lmi), ORIENTATION_OK);
	assert_int_equal(lmi.apprenticeship, -1);
	assert_int_equal(lmi.shortage, 1);
	occupation_lmi_free(&lmi);
	assert_int_equal(occupation_store_lmi(store, occupation_id("0110.11"),
	    &lmi), ORIENTATION_NOT_FOUND);
	occupation_lmi_free(&lmi);

	/* An empty row forgets what was known; the other row is unchanged. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,,,,\r\n0110.10,,yes,ADEM,2026-02-01\r\n", true, false, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 4);
	assert_int_equal(occupation_store_lmi(store, a, &lmi),
	    ORIENTATION_NOT_FOUND);
	occupation_lmi_free(&lmi);
	assert_int_equal(upkeep_revision(u), 2);
	occupation_store_free(store);
	catalog_free(cat);

	/* Every error at once, nothing written. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,maybe,no,src,2026-01-01\r\n"      /* 2 */
	    "0110.2,yes,,,2026-01-01\r\n"              /* 3 */
	    "9999.9,yes,no,src,2026-01-01\r\n"         /* 4 */
	    "0110.10,no,no,src,2026-02-30\r\n"         /* 5 */
	    "0110.11,no,no,src,2099-01-01\r\n"         /* 6 */
	    "0110.1,no,no,src,2026-01-01\r\n"          /* 7 */
	    "0110.12,yes,no,src,\r\n"                  /* 8 */
	    "0110.3,no,no,src,15.01.2026\r\n",         /* 9 */
	    true, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 2, 2, UPKEEP_REASON_NOT_YES_NO);
	expect_error(&errs, 1, 3, 4, UPKEEP_REASON_REQUIRED);
	expect_error(&errs, 2, 4, 1, UPKEEP_REASON_UNKNOWN_OCCUPATION);
	expect_error(&errs, 3, 5, 5, UPKEEP_REASON_NOT_DATE);
	expect_error(&errs, 4, 6, 5, UPKEEP_REASON_FUTURE_DATE);
	expect_error(&errs, 5, 7, 1, UPKEEP_REASON_DUPLICATE_ROW);
	expect_error(&errs, 6, 8, 5, UPKEEP_REASON_REQUIRED);
	expect_error(&errs, 7, 9, 5, UPKEEP_REASON_NOT_DATE);
	assert_int_equal(errs.n, 8);
	assert_string_equal(errs.list[0].detail, "maybe");
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 2);

	/* The LMI header is checked like any other. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,checked\r\n"
	    "0110.1,yes,no,2026-01-01\r\n", true, false, &errs),
	    ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 1, 0, UPKEEP_REASON_MISSING_COLUMN);
	assert_string_equal(errs.list[0].detail, "source");
	upkeep_errors_free(&errs);
}

/*
 * A counselor's program dies in the middle of saving (a big change, more
 * than its page cache, no COMMIT): a hot journal stays beside the catalog
 * and every read-only reader is refused until it is rolled back.  A kiosk
 * that has had the catalog open all along rolls it back at its next
 * revision check, where the file is writable, and reads the old catalog.
 */
static void
test_kiosk_rolls_back_a_dead_save(void **state)
{
	struct catalog *kiosk;
	struct stat sb;
	int status;
	pid_t pid;

	(void)state;
	assert_int_equal(catalog_open(db_path, &kiosk), ORIENTATION_OK);
	assert_int_equal(catalog_revision(kiosk), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		sqlite3 *db;

		if (sqlite3_open(db_path, &db) != SQLITE_OK ||
		    tokenizer_register(db) != SQLITE_OK ||
		    sqlite3_exec(db, "PRAGMA cache_size = 10; BEGIN; "
		    "DELETE FROM search; UPDATE meta SET value = '7' "
		    "WHERE key = 'revision'", NULL, NULL, NULL) != SQLITE_OK)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(stat(scratch("catalog.db-journal"), &sb), 0);

	assert_int_equal(catalog_revision(kiosk), 0);
	assert_true(stat(scratch("catalog.db-journal"), &sb) != 0);
	assert_true(search_finds(kiosk, "apprentissage adultes", "fr",
	    "ADEM – apprentissage pour adultes"));
	catalog_free(kiosk);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_damaged_schema_is_a_status,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_checks_file_and_version,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_has_every_language,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_phone_and_names,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_search_row_joins_its_block,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_unchanged_only_stamps_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_validation,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_bundled_contacts_pass,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_groups_and_conflicts,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip_is_a_no_op,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_services_applies,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_broken_files,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_too_long,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_semicolons,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_bad_contacts,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_many_errors_at_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_dry_run_writes_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_lmi,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_kiosk_rolls_back_a_dead_save,
		    setup, teardown),
	};

	if (scratch_dir(root, sizeof root, "upkeep") != 0) {
		perror("scratch folder");
		return 1;
	}
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
