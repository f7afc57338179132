/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the store: catalog opening and version checks, look-ups
 * with English fallback, state database creation, migration and refusal
 * to touch files that are not ours.
 */
#include <setjmp.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "skip.h"
#include <sqlite3.h>

#include "pgtest.h"

#include "core/collate.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/db.h"
#include "store/luxembourg.h"
#include "store/service.h"
#include "store/state.h"
#include "scratch.h"

static char dir[64];
static bool on_pg;    /* the state tests run on PostgreSQL */

/*
 * Where a test keeps its state: a new scratch file @name, or on
 * PostgreSQL a fresh schema.  Static buffer, valid until the next call.
 */
static const char *
state_target(const char *name)
{
	static char path[128];
	static char *url;

	free(url);
	url = NULL;
	if (on_pg) {
		url = pgtest_fresh();
		assert_non_null(url);
		return url;
	}
	snprintf(path, sizeof path, "%s/%s", dir, name);
	unlink(path);
	return path;
}

/* A path in the scratch folder; static buffer. */
static const char *
scratch(const char *name)
{
	static char path[128];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

/* Write @text to @path. */
static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Make an SQLite file with user_version @v and no tables. */
static void
make_db(const char *path, int v)
{
	sqlite3 *db;
	char sql[64];

	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static const char *
catalog_path(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

/* The number of rows of the catalog's language table, read directly. */
static long
count_languages(void)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long n = -1;

	assert_int_equal(sqlite3_open_v2(catalog_path(), &db,
	    SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM language",
	    -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return n;
}

static void
test_catalog_languages(void **state)
{
	struct catalog *cat;
	const struct catalog_language *langs;
	size_t n;

	(void)state;
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	n = catalog_languages(cat, &langs);
	assert_int_equal((long)n, count_languages());
	assert_string_equal(langs[0].code, "nl");
	assert_string_equal(langs[1].native_name, "Français");
	assert_string_equal(langs[2].native_name, "Deutsch");
	assert_string_equal(langs[3].code, "en");
	assert_non_null(catalog_language_find(cat, "de"));
	assert_null(catalog_language_find(cat, "xx"));
	catalog_free(cat);
}

static void
test_catalog_items_and_fallback(void **state)
{
	struct catalog *cat;
	struct catalog_item *en, *fr, *xx;
	size_t nen, nfr, nxx, nshort;
	struct catalog_item *shortf;

	(void)state;
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	nen = catalog_items_load(cat, "en", false, &en);
	nfr = catalog_items_load(cat, "fr", false, &fr);
	nxx = catalog_items_load(cat, "xx", false, &xx);
	nshort = catalog_items_load(cat, "de", true, &shortf);
	assert_int_equal(nen, 60);
	assert_int_equal(nfr, 60);
	assert_int_equal(nshort, 30);
	/* Same ids in the same order, different texts. */
	assert_int_equal(en[0].id, fr[0].id);
	assert_string_not_equal(en[0].text, fr[0].text);
	/* A language outside the language table has no chain: no text in
	 * any other language. */
	assert_int_equal(nxx, 60);
	for (size_t i = 0; i < nxx; i++)
		assert_string_equal(xx[i].text, "");
	for (size_t i = 0; i < nshort; i++)
		assert_true(shortf[i].short_form);
	rows_free(en);
	rows_free(fr);
	rows_free(xx);
	rows_free(shortf);
	catalog_free(cat);
}

static void
test_catalog_type_texts(void **state)
{
	struct catalog *cat;
	struct catalog_type_text nl[RIASEC_COUNT], xx[RIASEC_COUNT];

	(void)state;
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	assert_int_equal(catalog_type_texts_load(cat, "nl", nl), ORIENTATION_OK);
	assert_int_equal(catalog_type_texts_load(cat, "xx", xx),
	    ORIENTATION_NOT_FOUND);
	assert_string_equal(nl[RIASEC_S].name, "Sociaal");
	assert_string_equal(xx[RIASEC_S].name, "");
	assert_string_equal(xx[RIASEC_I].name, "");
	catalog_type_texts_free(nl);
	catalog_type_texts_free(xx);
	catalog_free(cat);
}

static void
test_catalog_refuses_bad_files(void **state)
{
	struct catalog *cat;

	(void)state;
	assert_int_equal(catalog_open(scratch("missing.db"), &cat),
	    ORIENTATION_CATALOG_OPEN);
	assert_null(cat);
	write_file(scratch("text.db"), "this is not a database at all, no no no\n");
	assert_int_equal(catalog_open(scratch("text.db"), &cat),
	    ORIENTATION_CATALOG_NOT_DB);
	make_db(scratch("newer.db"), CATALOG_SCHEMA_VERSION + 1);
	assert_int_equal(catalog_open(scratch("newer.db"), &cat),
	    ORIENTATION_CATALOG_VERSION);
	make_db(scratch("empty.db"), 0);
	assert_int_equal(catalog_open(scratch("empty.db"), &cat),
	    ORIENTATION_CATALOG_NOT_DB);
	make_db(scratch("notables.db"), CATALOG_SCHEMA_VERSION);
	assert_int_equal(catalog_open(scratch("notables.db"), &cat),
	    ORIENTATION_CATALOG_NOT_DB);
}

static void
test_state_create_and_reopen(void **state)
{
	struct state *st;
	const char *path = state_target("state.db");

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_schema_version(st), STATE_SCHEMA_VERSION);
	state_free(st);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_schema_version(st), STATE_SCHEMA_VERSION);
	state_free(st);
}

static void
test_state_migrates_old_file(void **state)
{
	struct state *st;
	const char *path = scratch("old.db");

	(void)state;
	make_db(path, 0);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_schema_version(st), STATE_SCHEMA_VERSION);
	state_free(st);
}

static void
test_state_refuses_foreign_files(void **state)
{
	struct state *st;
	const char *path = scratch("foreign.db");
	char buf[64] = { 0 };
	FILE *f;

	(void)state;
	write_file(path, "my thesis, do not overwrite\n");
	assert_int_equal(state_open(path, &st), ORIENTATION_STATE_NOT_DB);
	assert_null(st);
	f = fopen(path, "r");
	assert_non_null(fgets(buf, sizeof buf, f));
	fclose(f);
	assert_string_equal(buf, "my thesis, do not overwrite\n");

	make_db(scratch("future.db"), STATE_SCHEMA_VERSION + 1);
	assert_int_equal(state_open(scratch("future.db"), &st),
	    ORIENTATION_STATE_VERSION);
	assert_int_equal(state_open(scratch("no/such/dir/state.db"), &st),
	    ORIENTATION_STATE_OPEN);
}

/* Random bytes for tests: the same five bytes for the first @same calls,
 * then a counter. */
static int same_calls;
static int fake_calls;

static int
fake_random(uint8_t *buf, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf[i] = (uint8_t)(fake_calls < same_calls ? 0x42 : fake_calls + i);
	fake_calls++;
	return 0;
}

/* A visitor who answered the short form and rated two skills. */
static void
make_session(struct session *s)
{
	int ids[30];
	enum riasec_type types[30];
	const char *skills[] = { "2.A.1.a", "2.A.1.b" };

	session_wipe(s);
	snprintf(s->lang, sizeof s->lang, "fr");
	for (int i = 0; i < 30; i++) {
		ids[i] = i + 1;
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
	}
	session_begin_quiz(s, SESSION_FORM_SHORT, ids, types, 30, 1000);
	for (int i = 0; i < 30; i++)
		s->answer[i] = i == 7 ? RIASEC_ANSWER_NONE : i % 5;
	session_begin_skills(s, skills, 2);
	s->skill_rating[0] = 3;
	session_note_occupation(s, 42);
	session_note_service(s, "cepas");
	s->finished = true;
}

static void
test_handoff_round_trip(void **state)
{
	struct state *st;
	struct session s, back;
	char code[HANDOFF_CODE_LEN + 1] = "", *note;
	time_t expires, created, exp2;
	struct audit_entry *audit;
	bool deleted;

	(void)state;
	assert_int_equal(state_open(state_target("handoff.db"), &st),
	    ORIENTATION_OK);
	make_session(&s);
	same_calls = 0;
	assert_int_equal(state_handoff_save(st, &s, 5000, 30 * 86400L,
	    fake_random, code, &expires), ORIENTATION_OK);
	assert_int_equal(strlen(code), HANDOFF_CODE_LEN);
	assert_int_equal(expires, 5000 + 30 * 86400);
	assert_int_equal(state_handoff_load(st, code, 6000, &back, &created,
	    &exp2), ORIENTATION_OK);
	assert_int_equal(created, 5000);
	assert_string_equal(back.lang, "fr");
	assert_int_equal(back.form, SESSION_FORM_SHORT);
	assert_int_equal(back.nitems, 30);
	for (int i = 0; i < 30; i++) {
		assert_int_equal(back.item_id[i], s.item_id[i]);
		assert_int_equal(back.item_type[i], s.item_type[i]);
		assert_int_equal(back.answer[i], s.answer[i]);
	}
	assert_int_equal(back.nskills, 2);
	assert_int_equal(back.skill_rating[0], 3);
	assert_int_equal(back.skill_rating[1], MATCH_RATING_NONE);
	assert_int_equal(back.noccupations, 1);
	assert_int_equal(back.occupations[0], 42);
	assert_string_equal(back.services[0], "cepas");
	/* Note, extend, expiry, delete. */
	assert_int_equal(state_handoff_set_note(st, code, "Talked about CePAS"),
	    ORIENTATION_OK);
	assert_int_equal(state_handoff_note(st, code, &note), ORIENTATION_OK);
	assert_string_equal(note, "Talked about CePAS");
	free(note);
	assert_int_equal(state_handoff_extend(st, code, expires + 86400),
	    ORIENTATION_OK);
	assert_int_equal(state_handoff_purge(st, expires), 0);
	assert_int_equal(state_handoff_load(st, code, expires + 86400, &back,
	    NULL, NULL), ORIENTATION_NOT_FOUND);
	/* The audit names the code while its results exist, and not once
	 * they are deleted, also in a row written after the delete. */
	assert_int_equal(audit_add(st, 6000, "anna", "note", code),
	    ORIENTATION_OK);
	assert_int_equal(audit_list(st, 1, &audit), 1);
	assert_string_equal(audit[0].detail, code);
	audit_list_free(audit, 1);
	assert_int_equal(state_handoff_delete(st, code, &deleted), ORIENTATION_OK);
	assert_true(deleted);
	assert_int_equal(state_handoff_count(st), 0);
	assert_int_equal(audit_add(st, 6001, "anna", "report", code),
	    ORIENTATION_OK);
	assert_int_equal(audit_list(st, 2, &audit), 2);
	assert_string_equal(audit[0].action, "report");
	assert_string_equal(audit[0].detail, "");
	assert_string_equal(audit[1].detail, "");
	audit_list_free(audit, 2);
	assert_int_equal(state_handoff_set_note(st, code, "x"),
	    ORIENTATION_NOT_FOUND);
	assert_int_equal(state_handoff_delete(st, code, &deleted), ORIENTATION_OK);
	assert_false(deleted);
	state_free(st);
}

static void
test_handoff_code_clash_and_throttle(void **state)
{
	struct state *st;
	struct session s;
	char a[HANDOFF_CODE_LEN + 1] = "", b[HANDOFF_CODE_LEN + 1] = "";
	time_t expires;

	(void)state;
	assert_int_equal(state_open(state_target("clash.db"), &st),
	    ORIENTATION_OK);
	make_session(&s);
	fake_calls = 0;
	same_calls = 2;   /* the second save draws the same code first */
	assert_int_equal(state_handoff_save(st, &s, 0, 86400, fake_random, a,
	    &expires), ORIENTATION_OK);
	assert_int_equal(state_handoff_save(st, &s, 0, 86400, fake_random, b,
	    &expires), ORIENTATION_OK);
	assert_string_not_equal(a, b);
	assert_int_equal(state_handoff_count(st), 2);
	/* Five wrong codes in ten minutes close the door for a while. */
	for (int i = 0; i < STATE_CODE_TRIES; i++) {
		assert_false(state_code_throttled(st, "kiosk:tty2", 1000 + i));
		assert_int_equal(state_code_failed(st, "kiosk:tty2", 1000 + i),
		    ORIENTATION_OK);
	}
	assert_true(state_code_throttled(st, "kiosk:tty2", 1010));
	assert_false(state_code_throttled(st, "kiosk:tty2",
	    1000 + STATE_CODE_WINDOW + 10));
	/* Both codes expire after a day: the purge takes them. */
	assert_int_equal(state_handoff_purge(st, 86400 - 1), 0);
	assert_int_equal(state_handoff_purge(st, 86400), 2);
	assert_int_equal(state_handoff_count(st), 0);
	state_free(st);
}

/* A server that cannot be reached (no socket there): the kiosk goes on,
 * keeping results is refused clearly, counts wait in memory.  Needs no
 * server, so it runs in every build. */
static void
test_state_server_away(void **state)
{
	struct state *st;
	struct session s, back;
	char code[HANDOFF_CODE_LEN + 1] = "";
	time_t expires;

	(void)state;
	assert_int_equal(state_open("postgresql:///orientation?"
	    "host=/nonexistent/orientation-test", &st),
	    ORIENTATION_STATE_UNAVAILABLE);
	assert_non_null(st);
	assert_false(state_available(st));
	make_session(&s);
	fake_calls = same_calls = 0;
	assert_int_equal(state_handoff_save(st, &s, 0, 86400, fake_random, code,
	    &expires), ORIENTATION_STATE_UNAVAILABLE);
	assert_string_equal(code, "");
	assert_int_equal(state_handoff_load(st, "ABCD2345", 0, &back, NULL, NULL),
	    ORIENTATION_STATE_UNAVAILABLE);
	assert_true(state_code_throttled(st, "kiosk:tty2", 0));
	assert_int_equal(state_count(st, 0, STATE_USAGE_SESSION, NULL),
	    ORIENTATION_OK);
	assert_int_equal(state_count(st, 0, STATE_USAGE_LANGUAGE, "lb"),
	    ORIENTATION_OK);
	assert_int_equal(state_flush(st), 2);
	state_free(st);
}

/* A password in a URL is never shown. */
static void
test_state_url_masked(void **state)
{
	char *m;

	(void)state;
	m = state_masked("postgresql://anna:s3cret@db.example/orientation"
	    "?sslmode=verify-full");
	assert_string_equal(m, "postgresql://anna:***@db.example/orientation"
	    "?sslmode=verify-full");
	free(m);
	m = state_masked("postgres:///orientation?host=/run/pg&password=s3cret"
	    "&sslmode=disable");
	assert_null(strstr(m, "s3cret"));
	assert_non_null(strstr(m, "sslmode=disable"));
	free(m);
	m = state_masked("/var/lib/orientation/state.db");
	assert_string_equal(m, "/var/lib/orientation/state.db");
	free(m);
}

/* The server ends the connection (as in a restart): the next call
 * connects again by itself, and what waited in memory is written. */
static void
test_state_reconnects(void **state)
{
	struct state *st;
	struct session s, back;
	char code[HANDOFF_CODE_LEN + 1] = "";
	const char *url;
	time_t expires;

	(void)state;
	if (!on_pg)
		skip();
	url = state_target("reconnect");
	assert_int_equal(state_open(url, &st), ORIENTATION_OK);
	make_session(&s);
	fake_calls = same_calls = 0;
	assert_int_equal(state_handoff_save(st, &s, 0, 86400, fake_random, code,
	    &expires), ORIENTATION_OK);
	assert_int_equal(pgtest_cut(url), 1);
	assert_int_equal(state_handoff_load(st, code, 1, &back, NULL, NULL),
	    ORIENTATION_OK);
	assert_int_equal(back.nitems, 30);
	assert_int_equal(pgtest_cut(url), 1);
	assert_int_equal(state_count(st, 0, STATE_USAGE_SESSION, NULL),
	    ORIENTATION_OK);
	assert_int_equal(state_flush(st), 0);
	assert_true(state_available(st));
	state_free(st);
}

/* Make the scratch folder. */
static int
setup(void **state)
{
	(void)state;
	return scratch_dir(dir, sizeof dir, "store");
}

/* The index of the first service named starting with @prefix, or -1. */
static int
service_index(const struct service_item *items, size_t n, const char *prefix)
{
	for (size_t i = 0; i < n; i++)
		if (strncmp(items[i].name, prefix, strlen(prefix)) == 0)
			return (int)i;
	return -1;
}

/* A to Z means folded: "Antennes" before "ASTI", "lifelong-learning.lu"
 * among the l's, "Électricien" among the e's. */
static void
test_services_a_to_z(void **state)
{
	struct catalog *cat;
	struct service_item *items;
	size_t n;

	(void)state;
	assert_true(collate_labels("Antennes", 8, "ASTI", 4) < 0);
	/* Both ends of the alphabet fold. */
	assert_true(collate_labels("Azur", 4, "apple", 5) > 0);
	assert_true(collate_labels("Zoo", 3, "zebra", 5) > 0);
	assert_true(collate_labels("électricien", strlen("électricien"),
	    "Esthéticien", strlen("Esthéticien")) < 0);
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	n = service_list(cat, SERVICE_TOPIC_NEED, NULL, "fr", &items);
	assert_true(n > 20);
	assert_true(service_index(items, n, "Antennes") <
	    service_index(items, n, "ASTI"));
	assert_true(service_index(items, n, "lifelong") <
	    service_index(items, n, "Maison"));
	for (size_t i = 1; i < n; i++)
		assert_true(collate_labels(items[i - 1].name,
		    strlen(items[i - 1].name), items[i].name,
		    strlen(items[i].name)) <= 0);
	rows_free(items);
	catalog_free(cat);
}

/* Counters, guides, trades and the shortage list as the screens read them. */
/* The sources of the counters and guides: each once, with its date,
 * oldest first and the undated ("n/s") last. */
static void
test_luxembourg_sources(void **state)
{
	struct catalog *cat;
	struct luxembourg_source *v;
	sqlite3 *db;
	sqlite3_stmt *st;
	size_t n;

	(void)state;
	assert_int_equal(sqlite3_open_v2(catalog_path(), &db,
	    SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(DISTINCT source) "
	    "FROM fact_source WHERE entity GLOB 'counter:*' OR "
	    "entity GLOB 'guide:*'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	n = luxembourg_sources(cat, "counter:*", "guide:*", &v);
	assert_int_equal((long)n, sqlite3_column_int64(st, 0));
	assert_true(n > 1);
	sqlite3_finalize(st);
	sqlite3_close(db);
	for (size_t i = 0; i < n; i++) {
		assert_true(v[i].source[0] != '\0');
		assert_true(v[i].date[0] != '\0');
		if (i > 0 && strcmp(v[i - 1].date, "n/s") == 0)
			assert_string_equal(v[i].date, "n/s");
		else if (i > 0 && strcmp(v[i].date, "n/s") != 0)
			assert_true(strcmp(v[i - 1].date, v[i].date) <= 0);
	}
	rows_free(v);
	assert_int_equal((long)luxembourg_sources(cat, "nothing:*", NULL, &v), 0);
	assert_null(v);
	catalog_free(cat);
}

static void
test_luxembourg_content(void **state)
{
	const struct catalog_language *langs;
	size_t nlangs;
	struct catalog *cat;
	struct service_item *items;
	struct luxembourg_guide g;
	struct luxembourg_trade *trades;
	struct luxembourg_shortage sh;
	char *id;
	size_t n;
	sqlite3 *db;
	sqlite3_stmt *st;
	int roofer = 0, astronomer = 0, seller = 0;

	(void)state;
	assert_int_equal(catalog_open(catalog_path(), &cat), ORIENTATION_OK);
	/* Every language of the catalog has (or borrows along its chain) the
	 * counters and the guides. */
	nlangs = catalog_languages(cat, &langs);
	assert_true(nlangs > 0);
	for (size_t i = 0; i < nlangs; i++) {
		n = luxembourg_counters(cat, langs[i].code, &items);
		assert_int_equal(n, 5);
		assert_string_not_equal(items[0].name, "");
		assert_string_not_equal(items[4].line, "");
		rows_free(items);
		n = luxembourg_guides(cat, langs[i].code, &items);
		assert_int_equal(n, 6);
		rows_free(items);
	}
	n = luxembourg_need_counters(cat, "apprenticeship", "de", &items);
	assert_int_equal(n, 1);
	assert_string_equal(items[0].id, "training");
	assert_string_equal(items[0].name, "Ausbildung und Beruf");
	rows_free(items);
	id = luxembourg_guide_for(cat, "bachelor", false);
	assert_string_equal(id, "studies");
	free(id);
	id = luxembourg_guide_for(cat, "", false);
	assert_string_equal(id, "ladder");
	free(id);
	id = luxembourg_guide_for(cat, "bachelor", true);
	assert_string_equal(id, "apprenticeship");
	free(id);
	assert_int_equal(luxembourg_guide_load(cat, "vae", "fr", &g),
	    ORIENTATION_OK);
	assert_non_null(strstr(g.body, "5 000 heures"));
	luxembourg_guide_free(&g);
	assert_int_equal(luxembourg_guide_load(cat, "nope", "fr", &g),
	    ORIENTATION_NOT_FOUND);

	assert_int_equal(sqlite3_open_v2(catalog_path(), &db,
	    SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_prepare_v2(db, "SELECT (SELECT id FROM occupation WHERE "
	    "esco_code = '7121.1'), (SELECT id FROM occupation WHERE "
	    "esco_code = '2111.1'), (SELECT id FROM occupation WHERE "
	    "esco_code = '5223.4')", -1, &st, NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	roofer = sqlite3_column_int(st, 0);
	astronomer = sqlite3_column_int(st, 1);
	seller = sqlite3_column_int(st, 2);
	sqlite3_finalize(st);
	sqlite3_close(db);
	assert_true(roofer > 0 && astronomer > 0);

	assert_int_equal(luxembourg_shortage(cat, roofer, "en", &sh),
	    ORIENTATION_OK);
	assert_int_equal(sh.year, 2026);
	assert_non_null(strstr(sh.codes, "F1610"));
	assert_non_null(strstr(sh.title, "2026"));
	assert_non_null(strstr(sh.source, "chronicle.lu"));
	luxembourg_shortage_free(&sh);
	assert_int_equal(luxembourg_shortage(cat, astronomer, "en", &sh),
	    ORIENTATION_NOT_FOUND);
	n = luxembourg_trades(cat, roofer, "fr", &trades);
	assert_int_equal(n, 2);
	assert_string_equal(trades[0].diploma, "CCP");
	assert_string_equal(trades[0].name, "Couvreur");
	assert_string_equal(trades[0].chamber, "Chambre des Métiers");
	assert_int_equal(trades[1].years, 3);
	assert_string_equal(trades[1].source_date, "2023-03-13");
	assert_false(trades[0].close);
	rows_free(trades);
	/* Sales assistant: the CCP commis de vente is the job itself, the DAP
	 * conseiller en vente only a close match, and it says so. */
	n = luxembourg_trades(cat, seller, "en", &trades);
	assert_int_equal(n, 2);
	assert_false(trades[0].close);
	assert_true(trades[1].close);
	assert_string_equal(trades[1].name, "Conseiller en vente");
	rows_free(trades);
	assert_int_equal(luxembourg_trades(cat, astronomer, "fr", &trades), 0);
	id = luxembourg_source_date(cat, "info-handicap");
	assert_string_equal(id, "2020-04-03");
	free(id);
	catalog_free(cat);
}

/* A kiosk's station name: site and terminal, "?" for what cannot tell it
 * apart. */
static void
test_station_kiosk(void **state)
{
	char out[STATE_STATION_MAX], tty[200];

	(void)state;
	state_station_kiosk(NULL, "/dev/pts/3", out);
	assert_string_equal(out, "kiosk:pts/3");
	state_station_kiosk("ADEM-Esch", "/dev/tty2", out);
	assert_string_equal(out, "kiosk:ADEM-Esch/tty2");
	state_station_kiosk("centre", NULL, out);
	assert_string_equal(out, "kiosk:centre/?");
	state_station_kiosk(NULL, "ttyS0", out);
	assert_string_equal(out, "kiosk:ttyS0");
	memset(tty, 'x', sizeof tty - 1);
	tty[sizeof tty - 1] = '\0';
	state_station_kiosk("centre", tty, out);
	assert_string_equal(out, "kiosk:centre/?");
}

/* A row array grows past its first block with every row kept, each new
 * row zeroed, the rows aligned for any type, and rows_free frees the
 * texts of every row (the sanitizer reports a leak otherwise). */
static void
test_rows_grow_and_free(void **state)
{
	struct pair {
		int n;
		char *text;
	} *pairs = NULL, *p;
	static const struct db_column pair_texts[] = {
		{ offsetof(struct pair, text), DB_TEXT },
		{ 0, DB_END },
	};
	static const struct db_column no_texts[] = { { 0, DB_END } };
	char *bytes = NULL, *b;
	char want[16];

	(void)state;
	rows_free(NULL);
	for (int i = 0; i < 100; i++) {
		p = rows_add(&pairs, sizeof *pairs, pair_texts);
		assert_ptr_equal(p, &pairs[i]);
		assert_int_equal(p->n, 0);
		assert_null(p->text);
		p->n = i;
		snprintf(want, sizeof want, "row %d", i);
		p->text = strdup(want);
		/* one byte per row: the head takes the room of many rows */
		b = rows_add(&bytes, 1, no_texts);
		assert_int_equal(*b, 0);
		*b = (char)i;
	}
	assert_int_equal((uintptr_t)pairs % alignof(max_align_t), 0);
	assert_int_equal((uintptr_t)bytes % alignof(max_align_t), 0);
	for (int i = 0; i < 100; i++) {
		snprintf(want, sizeof want, "row %d", i);
		assert_int_equal(pairs[i].n, i);
		assert_string_equal(pairs[i].text, want);
		assert_int_equal(bytes[i], i);
	}
	rows_free(pairs);
	rows_free(bytes);
}

int
main(int argc, char **argv)
{
	/* What depends on the back end, for a run on PostgreSQL. */
	const struct CMUnitTest pg_tests[] = {
		cmocka_unit_test(test_station_kiosk),
		cmocka_unit_test(test_state_create_and_reopen),
		cmocka_unit_test(test_handoff_round_trip),
		cmocka_unit_test(test_handoff_code_clash_and_throttle),
		cmocka_unit_test(test_state_reconnects),
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_grow_and_free),
		cmocka_unit_test(test_catalog_languages),
		cmocka_unit_test(test_catalog_items_and_fallback),
		cmocka_unit_test(test_catalog_type_texts),
		cmocka_unit_test(test_catalog_refuses_bad_files),
		cmocka_unit_test(test_services_a_to_z),
		cmocka_unit_test(test_luxembourg_content),
		cmocka_unit_test(test_luxembourg_sources),
		cmocka_unit_test(test_state_create_and_reopen),
		cmocka_unit_test(test_state_migrates_old_file),
		cmocka_unit_test(test_state_refuses_foreign_files),
		cmocka_unit_test(test_handoff_round_trip),
		cmocka_unit_test(test_handoff_code_clash_and_throttle),
		cmocka_unit_test(test_state_server_away),
		cmocka_unit_test(test_state_url_masked),
	};

	if ((on_pg = pgtest_wanted(argc, argv))) {
		if (pgtest_server() == NULL) {
			fprintf(stderr, "no ORIENTATION_TEST_PG_URL: skipped\n");
			return PGTEST_SKIP;
		}
		return skip_status(cmocka_run_group_tests(pg_tests, setup, NULL));
	}
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
