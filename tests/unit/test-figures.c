/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the quality figures: counts written with state_count at
 * chosen times over two weeks, added up per day and per ISO week (with the
 * range cutting weeks and crossing a year), completion rate, languages,
 * top lists, ratings, date checks, and the CSV parsed back.  A key that
 * does not fit its kind (a visitor's search text with a comma, a quote
 * and a newline; a rating "x") is refused and never counted.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "skip.h"
#include "pgtest.h"

#include "store/figures.h"
#include "store/state.h"
#include "scratch.h"

#define MONDAY 1709510400   /* 2024-03-04 00:00 UTC, a Monday (ISO week 10) */
#define DAY 86400
#define NASTY "foo, \"bar\"\nbaz"

static char dir[64];
static char db_path[512];  /* a file, or a URL on PostgreSQL */
static bool on_pg;

/* The time of day @d after MONDAY (may be negative), at @hour UTC. */
static time_t
at(int d, int hour)
{
	return (time_t)MONDAY + (time_t)d * DAY + hour * 3600;
}

/* The usage kind named @name. */
static enum state_usage
kind_named(const char *name)
{
	for (int k = 0; k < STATE_USAGE_COUNT; k++)
		if (strcmp(state_usage_name((enum state_usage)k), name) == 0)
			return (enum state_usage)k;
	fail_msg("no kind %s", name);
	return STATE_USAGE_COUNT;
}

/* Count @n times @kind/@detail on day @d. */
static void
events(struct state *st, int d, const char *kind, const char *detail, int n)
{
	for (int i = 0; i < n; i++)
		assert_int_equal(state_count(st, at(d, 8 + i % 12),
		    kind_named(kind), detail), ORIENTATION_OK);
}

/* A key that does not fit @kind is refused. */
static void
refused(struct state *st, int d, const char *kind, const char *detail)
{
	assert_int_equal(state_count(st, at(d, 8), kind_named(kind), detail),
	    ORIENTATION_NOT_FOUND);
}

/* Open the test state with the two weeks of events. */
static struct state *
open_state(void)
{
	struct state *st;

	assert_int_equal(state_open(db_path, &st), ORIENTATION_OK);
	return st;
}

/* Fill a fresh state database with the fixture. */
static int
setup(void **state)
{
	struct state *st;

	(void)state;
	if (scratch_dir(dir, sizeof dir, "figures") != 0)
		return -1;
	snprintf(db_path, sizeof db_path, "%s/state.db", dir);
	if (on_pg) {
		char *url = pgtest_fresh();

		if (url == NULL)
			return -1;
		snprintf(db_path, sizeof db_path, "%s", url);
		free(url);
	}
	if (state_open(db_path, &st) != ORIENTATION_OK)
		return -1;

	/* Sunday before and Monday after the range: never counted. */
	events(st, -1, "session", NULL, 4);
	events(st, 14, "session", NULL, 2);
	events(st, 14, "search-empty", NULL, 9);

	/* Monday 2024-03-04. */
	events(st, 0, "session", NULL, 3);
	events(st, 0, "language", "fr", 2);
	events(st, 0, "language", "de", 1);
	events(st, 0, "form", "short", 2);
	events(st, 0, "completed", "short", 1);
	events(st, 0, "service", "svc-a", 2);
	events(st, 0, "service", "svc-b", 1);
	events(st, 0, "occupation", "12", 1);
	events(st, 0, "search-empty", NULL, 2);
	refused(st, 0, "search-empty", NASTY); /* the words are never kept */
	events(st, 0, "rating", "5", 1);
	events(st, 0, "rating", "4", 1);
	refused(st, 0, "rating", "x");       /* not a rating */
	refused(st, 0, "rating", "55");      /* not a rating */
	refused(st, 0, "rating", NULL);      /* not a rating */
	refused(st, 0, "service", NULL);     /* no id */
	refused(st, 0, "service", "a b");    /* not an id */
	refused(st, 0, "handoff", "ABCD1234"); /* never a code */
	events(st, 0, "handoff", NULL, 1);

	/* Wednesday 2024-03-06. */
	events(st, 2, "session", NULL, 2);
	events(st, 2, "language", "fr", 1);
	events(st, 2, "language", "en", 1);
	events(st, 2, "form", "full", 2);
	events(st, 2, "completed", "full", 1);
	events(st, 2, "service", "svc-b", 2);
	events(st, 2, "occupation", "7", 3);
	events(st, 2, "search-empty", NULL, 1);
	refused(st, 2, "search-empty", "=HYPERLINK(\"x\")");
	events(st, 2, "rating", "3", 1);

	/* Sunday 2024-03-10, late evening UTC: still that day. */
	events(st, 6, "session", NULL, 1);
	assert_int_equal(state_count(st, at(6, 23) + 3599, STATE_USAGE_LANGUAGE,
	    "nl"), ORIENTATION_OK);

	/* Tuesday 2024-03-12, week 11. */
	events(st, 8, "session", NULL, 1);
	events(st, 8, "language", "nl", 1);
	events(st, 8, "form", "short", 1);
	events(st, 8, "service", "svc-c", 1);

	state_free(st);
	return 0;
}


/* Check entry @i of @l. */
static void
check_item(const struct figures_list *l, size_t i, const char *key, int count)
{
	assert_true(i < l->n);
	assert_string_equal(l->items[i].key, key);
	assert_int_equal(l->items[i].count, count);
}

static void
test_dates(void **state)
{
	(void)state;
	assert_true(figures_date_valid("2024-02-29"));
	assert_true(figures_date_valid("2000-02-29"));
	assert_true(figures_date_valid("0001-01-01"));
	assert_true(figures_date_valid("9999-12-31"));
	assert_false(figures_date_valid("2023-02-29"));
	assert_false(figures_date_valid("1900-02-29"));
	assert_false(figures_date_valid("2024-04-31"));
	assert_false(figures_date_valid("2024-13-01"));
	assert_false(figures_date_valid("2024-00-10"));
	assert_false(figures_date_valid("2024-3-04"));
	assert_false(figures_date_valid("2024-03-04 "));
	assert_false(figures_date_valid("2024/03/04"));
	assert_false(figures_date_valid("0000-01-01"));
	assert_false(figures_date_valid(""));
	assert_false(figures_date_valid(NULL));
}

/* The ranges the counsellor picks: days end today; weeks are whole ISO
 * weeks from a Monday, the current one up to today. */
static void
test_first_day(void **state)
{
	char from[FIGURES_DATE_LEN + 1] = "unchanged";

	(void)state;
	/* Friday 2026-12-04. */
	assert_true(figures_first_day("2026-12-04", 7, false, from));
	assert_string_equal(from, "2026-11-28");
	assert_true(figures_first_day("2026-12-04", 1, true, from));
	assert_string_equal(from, "2026-11-30");
	assert_true(figures_first_day("2026-12-04", 4, true, from));
	assert_string_equal(from, "2026-11-09");
	assert_true(figures_first_day("2026-12-04", 12, true, from));
	assert_string_equal(from, "2026-09-14");
	/* A Monday and a Sunday end their own week; across a year. */
	assert_true(figures_first_day("2026-11-30", 1, true, from));
	assert_string_equal(from, "2026-11-30");
	assert_true(figures_first_day("2026-12-06", 1, true, from));
	assert_string_equal(from, "2026-11-30");
	assert_true(figures_first_day("2027-01-03", 2, true, from));
	assert_string_equal(from, "2026-12-21");
	assert_true(figures_first_day("2024-03-01", 2, false, from));
	assert_string_equal(from, "2024-02-29");
	/* Nothing written for what cannot be a range. */
	memcpy(from, "unchanged", sizeof "unchanged");
	assert_false(figures_first_day("2026-02-30", 4, true, from));
	assert_false(figures_first_day("2026-12-04", 0, false, from));
	assert_false(figures_first_day("0001-01-02", 3, false, from));
	assert_string_equal(from, "unchanged");
}

static void
test_bad_ranges(void **state)
{
	struct state *st = open_state();
	struct figures *f = (struct figures *)1;

	(void)state;
	assert_int_equal(figures_get(st, "2024-03-05", "2024-03-04", false, 5,
	    &f), ORIENTATION_NOT_FOUND);
	assert_null(f);
	assert_int_equal(figures_get(st, "2024-02-30", "2024-03-04", false, 5,
	    &f), ORIENTATION_NOT_FOUND);
	assert_int_equal(figures_get(st, "2024-03-04", "tomorrow", true, 5, &f),
	    ORIENTATION_NOT_FOUND);
	/* Too many days, but fine as weeks. */
	assert_int_equal(figures_get(st, "2000-01-01", "2024-12-31", false, 5,
	    &f), ORIENTATION_NOT_FOUND);
	assert_int_equal(figures_get(st, "2000-01-01", "2024-12-31", true, 5,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->nperiods, 1306);  /* 1999-12-27 .. 2024-12-30 */
	assert_int_equal(f->total.sessions, 13);
	figures_free(f);
	figures_free(NULL);
	state_free(st);
}

static void
test_per_day(void **state)
{
	struct state *st = open_state();
	struct figures *f;
	const struct figures_period *p;

	(void)state;
	assert_int_equal(figures_get(st, "2024-03-04", "2024-03-17", false, 5,
	    &f), ORIENTATION_OK);
	assert_false(f->by_week);
	assert_int_equal(f->nperiods, 14);
	assert_string_equal(f->periods[13].label, "2024-03-17");

	p = &f->periods[0];
	assert_string_equal(p->label, "2024-03-04");
	assert_string_equal(p->first, "2024-03-04");
	assert_string_equal(p->last, "2024-03-04");
	assert_int_equal(p->sessions, 3);
	assert_int_equal(p->started, 2);
	assert_int_equal(p->started_short, 2);
	assert_int_equal(p->started_full, 0);
	assert_int_equal(p->completed, 1);
	assert_int_equal(p->completed_short, 1);
	assert_true(p->completion_rate > 0.499 && p->completion_rate < 0.501);
	assert_int_equal(p->handoffs, 1);
	assert_int_equal(p->nratings, 2);
	assert_true(p->mean_rating > 4.499 && p->mean_rating < 4.501);
	assert_int_equal(p->languages.n, 2);
	check_item(&p->languages, 0, "fr", 2);
	check_item(&p->languages, 1, "de", 1);
	assert_int_equal(p->services.n, 2);
	check_item(&p->services, 0, "svc-a", 2);
	check_item(&p->services, 1, "svc-b", 1);
	check_item(&p->occupations, 0, "12", 1);
	assert_int_equal(p->searches_empty, 2);

	/* A day nobody came. */
	p = &f->periods[1];
	assert_string_equal(p->label, "2024-03-05");
	assert_int_equal(p->sessions, 0);
	assert_int_equal(p->started, 0);
	assert_true(p->completion_rate == 0);
	assert_int_equal(p->nratings, 0);
	assert_true(p->mean_rating == 0);
	assert_int_equal(p->languages.n, 0);
	assert_null(p->languages.items);

	p = &f->periods[2];
	assert_int_equal(p->sessions, 2);
	assert_int_equal(p->started_full, 2);
	assert_int_equal(p->completed_full, 1);
	check_item(&p->occupations, 0, "7", 3);
	assert_int_equal(p->searches_empty, 1);
	assert_int_equal(p->nratings, 1);

	/* The event at 23:59:59 UTC stays on Sunday. */
	p = &f->periods[6];
	assert_int_equal(p->sessions, 1);
	check_item(&p->languages, 0, "nl", 1);
	assert_int_equal(f->periods[7].languages.n, 0);

	/* The range, without the days just outside it. */
	p = &f->total;
	assert_string_equal(p->label, "total");
	assert_string_equal(p->first, "2024-03-04");
	assert_string_equal(p->last, "2024-03-17");
	assert_int_equal(p->sessions, 7);
	assert_int_equal(p->started, 5);
	assert_int_equal(p->completed, 2);
	assert_true(p->completion_rate > 0.399 && p->completion_rate < 0.401);
	assert_int_equal(p->handoffs, 1);
	assert_int_equal(p->nratings, 3);
	assert_true(p->mean_rating > 3.999 && p->mean_rating < 4.001);
	assert_int_equal(p->languages.n, 4);
	check_item(&p->languages, 0, "fr", 3);
	check_item(&p->languages, 1, "nl", 2);
	check_item(&p->languages, 2, "de", 1);   /* ties by code */
	check_item(&p->languages, 3, "en", 1);
	check_item(&p->services, 0, "svc-b", 3);
	check_item(&p->services, 1, "svc-a", 2);
	check_item(&p->services, 2, "svc-c", 1);
	assert_int_equal(p->searches_empty, 3);
	figures_free(f);
	state_free(st);
}

static void
test_top_n(void **state)
{
	struct state *st = open_state();
	struct figures *f;

	(void)state;
	assert_int_equal(figures_get(st, "2024-03-04", "2024-03-17", false, 1,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->total.services.n, 1);
	check_item(&f->total.services, 0, "svc-b", 3);
	assert_int_equal(f->total.occupations.n, 1);
	check_item(&f->total.occupations, 0, "7", 3);
	assert_int_equal(f->total.searches_empty, 3);
	/* Languages are never cut. */
	assert_int_equal(f->total.languages.n, 4);
	figures_free(f);
	state_free(st);
}

static void
test_per_week(void **state)
{
	struct state *st = open_state();
	struct figures *f;
	const struct figures_period *p;

	(void)state;
	assert_int_equal(figures_get(st, "2024-03-04", "2024-03-17", true, 5,
	    &f), ORIENTATION_OK);
	assert_true(f->by_week);
	assert_int_equal(f->nperiods, 2);
	p = &f->periods[0];
	assert_string_equal(p->label, "2024-W10");
	assert_string_equal(p->first, "2024-03-04");
	assert_string_equal(p->last, "2024-03-10");
	assert_int_equal(p->sessions, 6);
	assert_int_equal(p->started, 4);
	assert_int_equal(p->completed, 2);
	assert_true(p->completion_rate > 0.499 && p->completion_rate < 0.501);
	check_item(&p->languages, 0, "fr", 3);
	assert_int_equal(p->languages.n, 4);
	check_item(&p->services, 0, "svc-b", 3);
	check_item(&p->services, 1, "svc-a", 2);
	assert_int_equal(p->nratings, 3);
	p = &f->periods[1];
	assert_string_equal(p->label, "2024-W11");
	assert_string_equal(p->first, "2024-03-11");
	assert_string_equal(p->last, "2024-03-17");
	assert_int_equal(p->sessions, 1);
	assert_int_equal(p->started, 1);
	assert_int_equal(p->completed, 0);
	assert_true(p->completion_rate == 0);
	check_item(&p->languages, 0, "nl", 1);
	check_item(&p->services, 0, "svc-c", 1);
	figures_free(f);

	/* A range that cuts both weeks: only its days count. */
	assert_int_equal(figures_get(st, "2024-03-06", "2024-03-12", true, 5,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->nperiods, 2);
	assert_string_equal(f->periods[0].first, "2024-03-06");
	assert_string_equal(f->periods[0].last, "2024-03-10");
	assert_int_equal(f->periods[0].sessions, 3);
	assert_string_equal(f->periods[1].first, "2024-03-11");
	assert_string_equal(f->periods[1].last, "2024-03-12");
	assert_int_equal(f->periods[1].sessions, 1);
	assert_int_equal(f->total.sessions, 4);
	figures_free(f);

	/* A Sunday before the range starts a week of its own. */
	assert_int_equal(figures_get(st, "2024-03-03", "2024-03-04", true, 5,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->nperiods, 2);
	assert_string_equal(f->periods[0].label, "2024-W09");
	assert_int_equal(f->periods[0].sessions, 4);
	assert_int_equal(f->periods[1].sessions, 3);
	figures_free(f);
	state_free(st);
}

static void
test_iso_weeks_across_years(void **state)
{
	struct state *st = open_state();
	struct figures *f;

	(void)state;
	/* 2020 has 53 ISO weeks; 2021-01-01 (a Friday) is in 2020-W53. */
	assert_int_equal(figures_get(st, "2020-12-27", "2021-01-11", true, 5,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->nperiods, 4);
	assert_string_equal(f->periods[0].label, "2020-W52");
	assert_string_equal(f->periods[0].first, "2020-12-27");
	assert_string_equal(f->periods[1].label, "2020-W53");
	assert_string_equal(f->periods[1].first, "2020-12-28");
	assert_string_equal(f->periods[1].last, "2021-01-03");
	assert_string_equal(f->periods[2].label, "2021-W01");
	assert_string_equal(f->periods[3].label, "2021-W02");
	assert_string_equal(f->periods[3].last, "2021-01-11");
	figures_free(f);

	/* 2024-12-30 (a Monday) is in 2025-W01. */
	assert_int_equal(figures_get(st, "2024-12-29", "2024-12-31", true, 5,
	    &f), ORIENTATION_OK);
	assert_int_equal(f->nperiods, 2);
	assert_string_equal(f->periods[0].label, "2024-W52");
	assert_string_equal(f->periods[1].label, "2025-W01");
	figures_free(f);
	state_free(st);
}

/* ------------------------------------------------------------ CSV */

#define MAX_ROWS 512
#define NFIELDS 6

struct csv {
	char *field[MAX_ROWS][NFIELDS];
	int nrows;
};

/*
 * Parse RFC 4180 text @s strictly: every record ends with CRLF and has
 * NFIELDS fields; a bare CR or LF is only allowed inside quotes.
 * @return false on any deviation.
 */
static bool
csv_parse(const char *s, struct csv *out)
{
	memset(out, 0, sizeof *out);
	while (*s != '\0') {
		int nf = 0;

		if (out->nrows == MAX_ROWS)
			return false;
		for (;;) {
			size_t cap = strlen(s) + 1, n = 0;
			char *f = calloc(cap, 1);

			if (*s == '"') {
				for (s++;; s++) {
					if (*s == '\0') {
						free(f);
						return false;
					}
					if (*s == '"' && s[1] == '"') {
						f[n++] = '"';
						s++;
					} else if (*s == '"') {
						s++;
						break;
					} else {
						f[n++] = *s;
					}
				}
			} else {
				while (*s != '\0' && *s != ',' && *s != '\r' &&
				    *s != '\n' && *s != '"')
					f[n++] = *s++;
				if (*s == '"' || *s == '\n') {
					free(f);
					return false;
				}
			}
			if (nf == NFIELDS) {
				free(f);
				return false;
			}
			out->field[out->nrows][nf++] = f;
			if (*s == ',') {
				s++;
				continue;
			}
			if (s[0] != '\r' || s[1] != '\n')
				return false;
			s += 2;
			break;
		}
		if (nf != NFIELDS)
			return false;
		out->nrows++;
	}
	return true;
}

/* Free what csv_parse allocated. */
static void
csv_free(struct csv *c)
{
	for (int r = 0; r <= c->nrows && r < MAX_ROWS; r++)
		for (int i = 0; i < NFIELDS; i++)
			free(c->field[r][i]);
}

/* The value of the row (@period, @figure, @key or NULL); NULL if none. */
static const char *
csv_value(const struct csv *c, const char *period, const char *figure,
    const char *key)
{
	for (int r = 0; r < c->nrows; r++)
		if (strcmp(c->field[r][0], period) == 0 &&
		    strcmp(c->field[r][3], figure) == 0 &&
		    (key == NULL || strcmp(c->field[r][4], key) == 0))
			return c->field[r][5];
	return NULL;
}

/* Write the CSV of a range into a new string. */
static char *
csv_text(struct state *st, const char *from, const char *to, bool by_week)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	assert_non_null(out);
	assert_int_equal(figures_csv(st, from, to, by_week, out),
	    ORIENTATION_OK);
	fclose(out);
	return text;
}

static void
test_csv_per_week(void **state)
{
	struct state *st = open_state();
	struct csv *c = malloc(sizeof *c);
	char *text = csv_text(st, "2024-03-04", "2024-03-17", true);

	(void)state;
	assert_non_null(c);
	assert_true(csv_parse(text, c));
	assert_string_equal(c->field[0][0], "period");
	assert_string_equal(c->field[0][1], "first_day");
	assert_string_equal(c->field[0][2], "last_day");
	assert_string_equal(c->field[0][3], "figure");
	assert_string_equal(c->field[0][4], "key");
	assert_string_equal(c->field[0][5], "value");
	assert_string_equal(c->field[1][0], "2024-W10");
	assert_string_equal(c->field[1][1], "2024-03-04");
	assert_string_equal(c->field[1][2], "2024-03-10");

	assert_string_equal(csv_value(c, "2024-W10", "sessions", NULL), "6");
	assert_string_equal(csv_value(c, "2024-W10", "completed", NULL), "2");
	assert_string_equal(csv_value(c, "2024-W10", "completion_rate", NULL),
	    "0.500");
	assert_string_equal(csv_value(c, "2024-W10", "mean_rating", NULL),
	    "4.00");
	assert_string_equal(csv_value(c, "2024-W10", "ratings", NULL), "3");
	assert_string_equal(csv_value(c, "2024-W10", "language", "fr"), "3");
	assert_string_equal(csv_value(c, "2024-W10", "service", "svc-b"), "3");
	assert_string_equal(csv_value(c, "2024-W10", "occupation", "7"), "3");
	assert_string_equal(csv_value(c, "2024-W11", "completion_rate", NULL),
	    "0.000");
	/* No rating that week: the field is empty, not 0. */
	assert_string_equal(csv_value(c, "2024-W11", "mean_rating", NULL), "");
	assert_string_equal(csv_value(c, "total", "sessions", NULL), "7");
	assert_string_equal(csv_value(c, "total", "completion_rate", NULL),
	    "0.400");

	/* Empty searches are a number, never the words. */
	assert_string_equal(csv_value(c, "2024-W10", "searches_empty", NULL),
	    "3");
	assert_string_equal(csv_value(c, "total", "searches_empty", NULL), "3");
	assert_null(strstr(text, "foo"));
	assert_null(strstr(text, "HYPERLINK"));
	csv_free(c);
	free(c);
	free(text);
	state_free(st);
}

static void
test_csv_per_day(void **state)
{
	struct state *st = open_state();
	struct csv *c = malloc(sizeof *c);
	char *text = csv_text(st, "2024-03-04", "2024-03-05", false);
	int rows = 0;

	(void)state;
	assert_non_null(c);
	assert_true(csv_parse(text, c));
	assert_string_equal(csv_value(c, "2024-03-04", "sessions", NULL), "3");
	assert_string_equal(csv_value(c, "2024-03-04", "mean_rating", NULL),
	    "4.50");
	assert_string_equal(csv_value(c, "2024-03-04", "handoffs", NULL), "1");
	assert_string_equal(csv_value(c, "2024-03-04", "searches_empty", NULL),
	    "2");
	assert_string_equal(csv_value(c, "2024-03-05", "sessions", NULL), "0");
	/* Nothing was started: the rate is unknown, not 0. */
	assert_string_equal(csv_value(c, "2024-03-05", "completion_rate",
	    NULL), "");
	assert_null(csv_value(c, "2024-03-05", "language", NULL));
	/* An empty day still has its twelve figures. */
	for (int r = 0; r < c->nrows; r++)
		rows += strcmp(c->field[r][0], "2024-03-05") == 0;
	assert_int_equal(rows, 12);
	csv_free(c);
	free(c);
	free(text);
	state_free(st);
}

static void
test_csv_refuses_bad_range(void **state)
{
	struct state *st = open_state();
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	(void)state;
	assert_int_equal(figures_csv(st, "2024-03-17", "2024-03-04", false,
	    out), ORIENTATION_NOT_FOUND);
	fclose(out);
	assert_int_equal(len, 0);
	free(text);
	state_free(st);
}

static void
test_csv_write_error(void **state)
{
	struct state *st = open_state();
	FILE *out = fopen("/dev/full", "w");

	(void)state;
	if (out == NULL) {
		state_free(st);
		skip();
	}
	assert_int_equal(figures_csv(st, "2024-03-04", "2024-03-17", false,
	    out), ORIENTATION_STATE_FULL);
	fclose(out);
	state_free(st);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_first_day),
		cmocka_unit_test(test_bad_ranges),
		cmocka_unit_test(test_per_day),
		cmocka_unit_test(test_top_n),
		cmocka_unit_test(test_per_week),
		cmocka_unit_test(test_iso_weeks_across_years),
		cmocka_unit_test(test_csv_per_week),
		cmocka_unit_test(test_csv_per_day),
		cmocka_unit_test(test_csv_refuses_bad_range),
		cmocka_unit_test(test_csv_write_error),
	};

	if ((on_pg = pgtest_wanted(argc, argv)) && pgtest_server() == NULL) {
		fprintf(stderr, "no ORIENTATION_TEST_PG_URL: skipped\n");
		return PGTEST_SKIP;
	}
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
