/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Provenance of the catalog: every contact fact (address, web, e-mail,
 * phone, languages) of a provider or a service, every figure and web
 * address written in a content text, every Luxembourg trade and every
 * shortage-list code shown on a screen has a row in fact_source (built
 * from data/sources.csv) whose grade is A, A*, B or "sheet"; no row is
 * about something the catalog no longer has; and nothing graded C or
 * marked "to be checked" reaches a screen.  Reads only the built catalog.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"
#include <sqlite3.h>

#include "check.h"

#define MAX_TOKENS 64
#define TOKEN_SIZE 64

/* Figures and web addresses found in a text. */
struct tokens {
	char v[MAX_TOKENS][TOKEN_SIZE];
	int n;
};

static void
tokens_add(struct tokens *t, const char *s, size_t len)
{
	if (t->n >= MAX_TOKENS || len == 0 || len >= TOKEN_SIZE)
		return;
	memcpy(t->v[t->n], s, len);
	t->v[t->n][len] = '\0';
	t->n++;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_web_char(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    c == '.' || c == '-';
}

/* Whether an address ends at @q: no letter, digit or hyphen follows,
 * nor a dot that goes on ("asti.lu." ends a sentence). */
static bool
ends_address(const char *q)
{
	if (*q == '.')
		q++;
	return *q == '\0' || (!is_web_char(*q) && *q != '.');
}

/* Length of a thousands separator at @p ("," "." " " or a no-break
 * space) followed by exactly three digits, or 0. */
static size_t
thousands_sep(const char *p)
{
	size_t n = 0;

	if (*p == ',' || *p == '.' || *p == ' ')
		n = 1;
	else if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
		n = 2;
	if (n > 0 && is_digit(p[n]) && is_digit(p[n + 1]) && is_digit(p[n + 2]) &&
	    !is_digit(p[n + 3]))
		return n;
	return 0;
}

/* Collect the numbers ("5,000" counts as 5000) and the .lu addresses of
 * @text into @t. */
static void
tokens_scan(struct tokens *t, const char *text)
{
	for (const char *p = text; *p != '\0';) {
		if (is_digit(*p)) {
			char num[TOKEN_SIZE];
			size_t len = 0, sep;

			while (is_digit(*p) || (len > 0 && (sep = thousands_sep(p)) > 0)) {
				if (!is_digit(*p))
					p += sep;
				if (len + 1 < sizeof num)
					num[len++] = *p;
				p++;
			}
			tokens_add(t, num, len);
			continue;
		}
		if (strncmp(p, ".lu", 3) == 0 && ends_address(p + 3)) {
			const char *start = p, *end = p + 3;

			while (start > text && is_web_char(start[-1]))
				start--;
			tokens_add(t, start, (size_t)(end - start));
			p = end;
			continue;
		}
		p++;
	}
}

/* Whether @tok is among @t. */
static bool
tokens_have(const struct tokens *t, const char *tok)
{
	for (int i = 0; i < t->n; i++)
		if (strcmp(t->v[i], tok) == 0)
			return true;
	return false;
}

/* The figures and addresses of every fact_source value about @entity. */
static void
tokens_of_entity(struct tokens *t, const char *entity)
{
	sqlite3_stmt *st;

	t->n = 0;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT value FROM fact_source "
	    "WHERE entity = ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, entity, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		tokens_scan(t, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* The tokenizer itself, so that the checks below can fail. */
static void
test_tokens(void **state)
{
	struct tokens t = { .n = 0 };

	(void)state;
	tokens_scan(&t, "Au moins 3 ans (5 000 heures), 5,000 or 5.000; "
	    "see MyGuichet.lu. 1 to 3 days, 12 weeks");
	assert_true(tokens_have(&t, "3"));
	assert_true(tokens_have(&t, "5000"));
	assert_true(tokens_have(&t, "MyGuichet.lu"));
	assert_true(tokens_have(&t, "12"));
	assert_false(tokens_have(&t, "5"));
	assert_false(tokens_have(&t, "000"));
}

/* Every non-empty contact fact of a provider or a service has its row. */
static void
test_contacts_traced(void **state)
{
	sqlite3_stmt *st;
	int checked = 0;

	(void)state;
	assert_int_equal(sqlite3_prepare_v2(db,
	    "WITH f(entity, field, value) AS ("
	    "  SELECT 'provider:' || id, 'address', address FROM provider"
	    "  UNION ALL SELECT 'provider:' || id, 'web', web FROM provider"
	    "  UNION ALL SELECT 'provider:' || id, 'email', email FROM provider"
	    "  UNION ALL SELECT 'provider:' || id, 'phone', phone FROM provider"
	    "  UNION ALL SELECT 'service:' || id, 'address', address FROM service"
	    "  UNION ALL SELECT 'service:' || id, 'web', web FROM service"
	    "  UNION ALL SELECT 'service:' || id, 'email', email FROM service"
	    "  UNION ALL SELECT 'service:' || id, 'phone', phone FROM service"
	    "  UNION ALL SELECT 'service:' || id, 'languages', languages "
	    "    FROM service) "
	    "SELECT entity, field, value, EXISTS (SELECT 1 FROM fact_source s "
	    "  WHERE s.entity = f.entity AND s.field = f.field "
	    "  AND s.value = f.value) FROM f WHERE value IS NOT NULL", -1, &st,
	    NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 3) == 0)
			fail_msg("%s %s \"%s\" has no row in data/sources.csv",
			    sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			    sqlite3_column_text(st, 2));
		checked++;
	}
	sqlite3_finalize(st);
	assert_true(checked > 20);
}

/* Every figure and .lu address in a content text is in a fact_source row
 * about the same entity (the text table's name without _text, a colon,
 * its key).  The questionnaire, skills and ESCO/ISCO labels are not facts
 * about Luxembourg and are left out. */
static void
test_text_figures_traced(void **state)
{
	sqlite3_stmt *cols;
	int checked = 0;

	(void)state;
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT t.name, t.key_expr, c.name FROM text_table t, "
	    "pragma_table_info(t.name) c WHERE c.type = 'TEXT' "
	    "AND c.name <> 'lang' AND instr(t.key_expr, c.name) = 0 "
	    "AND t.name NOT IN ('riasec_item_text', 'riasec_type_text', "
	    "'skill_text', 'occupation_text', 'isco_group_text')", -1, &cols,
	    NULL), SQLITE_OK);
	while (sqlite3_step(cols) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(cols, 0);
		const char *key = (const char *)sqlite3_column_text(cols, 1);
		const char *col = (const char *)sqlite3_column_text(cols, 2);
		char *sql = sqlite3_mprintf("SELECT replace(%Q, '_text', '') || ':' "
		    "|| (%s), \"%w\", lang FROM \"%w\"", table, key, col, table);
		sqlite3_stmt *rows;

		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &rows, NULL),
		    SQLITE_OK);
		sqlite3_free(sql);
		while (sqlite3_step(rows) == SQLITE_ROW) {
			const char *entity = (const char *)sqlite3_column_text(rows, 0);
			struct tokens text = { .n = 0 }, facts;

			tokens_scan(&text, (const char *)sqlite3_column_text(rows, 1));
			if (text.n == 0)
				continue;
			tokens_of_entity(&facts, entity);
			for (int i = 0; i < text.n; i++) {
				if (!tokens_have(&facts, text.v[i]))
					fail_msg("%s (%s, %s): \"%s\" is in no row of "
					    "data/sources.csv about it", entity, col,
					    sqlite3_column_text(rows, 2), text.v[i]);
				checked++;
			}
		}
		sqlite3_finalize(rows);
	}
	sqlite3_finalize(cols);
	assert_true(checked > 50);
}

/* Trades and shortage codes shown for an occupation have their rows. */
static void
test_trades_and_shortage_traced(void **state)
{
	(void)state;
	assert_true(count("SELECT count(*) FROM occupation_trade") > 20);
	assert_int_equal(count("SELECT count(*) FROM lu_trade t WHERE "
	    "t.id IN (SELECT trade_id FROM occupation_trade) AND NOT EXISTS "
	    "(SELECT 1 FROM fact_source s WHERE s.entity = 'trade:' || t.id "
	    "AND s.field = t.diploma)"), 0);
	assert_true(count("SELECT count(*) FROM occupation_shortage") > 10);
	assert_int_equal(count("SELECT count(*) FROM shortage_code c WHERE "
	    "NOT EXISTS (SELECT 1 FROM fact_source s WHERE s.entity = "
	    "'shortage_code:' || c.year || '/' || c.rome AND s.value GLOB "
	    "c.rome || ' *')"), 0);
	/* Every code shown has its list's texts, and a mapping was reviewed. */
	assert_int_equal(count("SELECT count(*) FROM (SELECT DISTINCT year "
	    "FROM occupation_shortage) y WHERE (SELECT count(*) FROM "
	    "shortage_text t WHERE t.year = y.year AND t.lang = 'en') <> 4"), 0);
}

/* Nothing graded C or "to be checked" is shown, and no row is left over
 * for something the catalog no longer has. */
static void
test_nothing_unconfirmed(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM fact_source WHERE grade "
	    "NOT IN ('A', 'A*', 'B', 'sheet')"), 0);
	assert_int_equal(count("SELECT count(*) FROM fact_source WHERE "
	    "lower(value || source) LIKE '%to be checked%' OR "
	    "lower(value || source) LIKE '%unconfirmed%' OR "
	    "lower(value || source) GLOB '*grade c*'"), 0);
	assert_int_equal(count("SELECT count(*) FROM (SELECT source AS v FROM "
	    "provider UNION ALL SELECT source FROM service) WHERE "
	    "lower(v) LIKE '%to be checked%' OR lower(v) LIKE '%older source%' "
	    "OR lower(v) LIKE '%unconfirmed%'"), 0);
	assert_int_equal(count("SELECT count(*) FROM fact_source s WHERE "
	    "(s.entity GLOB 'provider:*' AND substr(s.entity, 10) NOT IN "
	    "(SELECT id FROM provider)) OR (s.entity GLOB 'service:*' AND "
	    "substr(s.entity, 9) NOT IN (SELECT id FROM service)) OR "
	    "(s.entity GLOB 'guide:*' AND substr(s.entity, 7) NOT IN "
	    "(SELECT id FROM guide)) OR (s.entity GLOB 'counter:*' AND "
	    "substr(s.entity, 9) NOT IN (SELECT id FROM counter))"), 0);
	/* A contact in a provider or service row that no source backs any
	 * more is stale too. */
	assert_int_equal(count("SELECT count(*) FROM fact_source s WHERE "
	    "s.field IN ('address', 'email', 'phone') AND s.entity GLOB "
	    "'provider:*' AND NOT EXISTS (SELECT 1 FROM provider p WHERE "
	    "'provider:' || p.id = s.entity AND s.value IN (p.address, p.email, "
	    "p.phone))"), 0);
}

/* Values the facts sheets grade C or mark "to be checked" (2026-12-03):
 * none may appear in any contact field or content text. */
static const char *const unconfirmed[] = {
	"maison.orientation@men.lu",  /* found in no source */
	"info@mo.lu", "8002 8181", "L-1118", "29, rue Aldringen", /* MO21, C */
	"247 88888",                  /* AD16, C */
	"4267671",                    /* Chambre des Métiers phone, C */
	"65, avenue de la Gare",      /* Info-Handicap address, to be checked */
	"Auguste Laval", "43 83 33",  /* ASTI, old leaflet, to be checked */
	"46 96 12", "infpc@infpc.lu", /* INFPC, 2018, to be checked */
	"247-76570", "secretariat.secam@men.lu", /* SECAM, to be checked */
	"CASNA", "12 to 24", "12 à 24", "12 bis 24", "12 tot 24",
	"voluntary orientation service", "volontaire d'orientation", /* SNJ */
	"2-4, rue Pierre Hentges",    /* to be checked */
	"47.174", "47 174", "622-4", "622.4", /* Blue Card, Labour Code, C */
};

/* No unconfirmed value is shown anywhere: contact fields, sources, texts. */
static void
test_no_unconfirmed_value(void **state)
{
	sqlite3_stmt *cols;
	int columns = 0;

	(void)state;
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT t.name, c.name FROM (SELECT name FROM text_table UNION "
	    "SELECT 'provider' UNION SELECT 'service') t, "
	    "pragma_table_info(t.name) c WHERE c.type = 'TEXT'", -1, &cols,
	    NULL), SQLITE_OK);
	while (sqlite3_step(cols) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(cols, 0);
		const char *col = (const char *)sqlite3_column_text(cols, 1);

		for (size_t i = 0; i < sizeof unconfirmed / sizeof unconfirmed[0];
		    i++) {
			char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\" "
			    "WHERE instr(\"%w\", %Q) > 0", table, col, unconfirmed[i]);
			long n = count(sql);

			sqlite3_free(sql);
			if (n != 0)
				fail_msg("%s.%s shows \"%s\", which the facts sheets "
				    "grade C or mark to be checked", table, col,
				    unconfirmed[i]);
		}
		columns++;
	}
	sqlite3_finalize(cols);
	assert_true(columns > 30);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_contacts_traced),
		cmocka_unit_test(test_text_figures_traced),
		cmocka_unit_test(test_trades_and_shortage_traced),
		cmocka_unit_test(test_nothing_unconfirmed),
		cmocka_unit_test(test_no_unconfirmed_value),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup, check_teardown));
}
