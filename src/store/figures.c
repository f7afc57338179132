/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Quality figures from the state database's usage counters.  One grouped
 * query reads the range (day, kind, key, count); each row is then added
 * to its period and to the total in C, because periods must include the
 * days nobody came and ISO weeks are easier to compute here than in SQL.
 * Dates are handled as day numbers (days since 1970-01-01, proleptic
 * Gregorian), so no time zone or locale is involved.
 */
#include "figures.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv-write.h"
#include "state-db.h"
#include "state.h"
#include "util/fits.h"
#include "util/xmalloc.h"

/* A period while it is being counted: the lists grow unsorted. */
struct tally {
	struct figures_period *p;
	size_t cap[3];         /* capacity of languages .. occupations */
	long rating_sum;
};

/* ------------------------------------------------------------ dates */

/* Day number of @y-@m-@d (Howard Hinnant's days_from_civil). */
static long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The date of day number @z (civil_from_days). */
static void
civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Days in month @m of year @y. */
static int
month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Parse YYYY-MM-DD into a day number; false if it is not a real date. */
static bool
parse_date(const char *s, long *out)
{
	int y, m, d;

	if (s == NULL || strlen(s) != FIGURES_DATE_LEN || s[4] != '-' ||
	    s[7] != '-')
		return false;
	for (int i = 0; i < FIGURES_DATE_LEN; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return false;
	*out = days_from_civil(y, m, d);
	return true;
}

/* Write @v (0 <= v) as @width digits at @p, keeping the last ones. */
static void
put_digits(char *p, int v, int width)
{
	for (int i = width - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
}

/* Write day number @z as YYYY-MM-DD into @buf. */
static void
format_date(long z, char buf[FIGURES_DATE_LEN + 1])
{
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	put_digits(buf, y < 0 ? 0 : y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
	buf[FIGURES_DATE_LEN] = '\0';
}

/* Day of the week of day number @z, Monday 0 .. Sunday 6. */
static int
weekday(long z)
{
	/* Day 0, 1970-01-01, was a Thursday. */
	return (int)(((z % 7) + 7 + 3) % 7);
}

/* The ISO week label of day number @z, e.g. "2024-W01". */
static void
format_week(long z, char buf[FIGURES_LABEL_MAX])
{
	long thursday = z - weekday(z) + 3;
	int y, m, d;

	/* An ISO week belongs to the year its Thursday is in. */
	civil_from_days(thursday, &y, &m, &d);
	put_digits(buf, y < 0 ? 0 : y, 4);
	memcpy(buf + 4, "-W", 2);
	put_digits(buf + 6, (int)((thursday - days_from_civil(y, 1, 1)) / 7 + 1),
	    2);
	buf[8] = '\0';
}

bool
figures_date_valid(const char *s)
{
	long z;

	return parse_date(s, &z);
}

bool
figures_first_day(const char *to, int periods, bool by_week,
    char from[FIGURES_DATE_LEN + 1])
{
	long z;

	if (periods < 1 || !parse_date(to, &z))
		return false;
	if (by_week)
		z -= weekday(z) + 7L * (periods - 1);
	else
		z -= periods - 1;
	if (z < days_from_civil(1, 1, 1))
		return false;
	format_date(z, from);
	return true;
}

/* ------------------------------------------------------------ counting */

/* The kind named @s, or STATE_USAGE_COUNT. */
static enum state_usage
kind_of(const char *s)
{
	for (int k = 0; k < STATE_USAGE_COUNT; k++)
		if (strcmp(s, state_usage_name((enum state_usage)k)) == 0)
			return (enum state_usage)k;
	return STATE_USAGE_COUNT;
}

/* Add @n to @key in list @which (0 .. 2) of @t. */
static void
tally_key(struct tally *t, int which, const char *key, int n)
{
	struct figures_list *lists[] = {
		&t->p->languages, &t->p->services, &t->p->occupations,
	};
	struct figures_list *l = lists[which];

	for (size_t i = 0; i < l->n; i++) {
		if (strcmp(l->items[i].key, key) == 0) {
			l->items[i].count += n;
			return;
		}
	}
	l->items = xgrow(l->items, l->n, &t->cap[which], 8, sizeof *l->items);
	l->items[l->n].key = xstrdup(key);
	l->items[l->n].count = n;
	l->n++;
}

/* Add a count @n of @kind with @detail (the key) to @t. */
static void
tally_add(struct tally *t, enum state_usage kind, const char *detail, int n)
{
	struct figures_period *p = t->p;
	bool is_short = detail != NULL && strcmp(detail, "short") == 0;
	bool is_full = detail != NULL && strcmp(detail, "full") == 0;

	switch (kind) {
	case STATE_USAGE_SESSION:
		p->sessions += n;
		break;
	case STATE_USAGE_FORM:
		p->started += n;
		p->started_short += is_short ? n : 0;
		p->started_full += is_full ? n : 0;
		break;
	case STATE_USAGE_COMPLETED:
		p->completed += n;
		p->completed_short += is_short ? n : 0;
		p->completed_full += is_full ? n : 0;
		break;
	case STATE_USAGE_HANDOFF:
		p->handoffs += n;
		break;
	case STATE_USAGE_SEARCH_EMPTY:
		p->searches_empty += n;
		break;
	case STATE_USAGE_RATING:
		/* Exactly one digit 1..5: anything else is not a rating. */
		if (detail != NULL && detail[0] >= '1' && detail[0] <= '5' &&
		    detail[1] == '\0') {
			p->nratings += n;
			t->rating_sum += (long)n * (detail[0] - '0');
		}
		break;
	case STATE_USAGE_LANGUAGE:
	case STATE_USAGE_SERVICE:
	case STATE_USAGE_OCCUPATION:
		if (detail != NULL && detail[0] != '\0')
			tally_key(t, kind == STATE_USAGE_LANGUAGE ? 0 :
			    kind == STATE_USAGE_SERVICE ? 1 : 2, detail, n);
		break;
	case STATE_USAGE_COUNT:
		break;
	}
}

/* Order items by count, highest first, then by key. */
static int
item_cmp(const void *a, const void *b)
{
	const struct figures_item *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* Sort @l and keep its @top first entries (all when @top <= 0). */
static void
list_finish(struct figures_list *l, int top)
{
	if (l->n > 1)
		qsort(l->items, l->n, sizeof *l->items, item_cmp);
	while (top > 0 && l->n > (size_t)top)
		free(l->items[--l->n].key);
	if (l->n == 0) {
		free(l->items);
		l->items = NULL;
	}
}

/* Work out the rates of @t's period and sort its lists. */
static void
tally_finish(struct tally *t, int top)
{
	struct figures_period *p = t->p;

	p->completion_rate = p->started > 0 ?
	    (double)p->completed / p->started : 0;
	p->mean_rating = p->nratings > 0 ?
	    (double)t->rating_sum / p->nratings : 0;
	list_finish(&p->languages, 0);
	list_finish(&p->services, top);
	list_finish(&p->occupations, top);
}

/* Free the lists of @p. */
static void
period_free(struct figures_period *p)
{
	struct figures_list *lists[] = {
		&p->languages, &p->services, &p->occupations,
	};

	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		for (size_t j = 0; j < lists[i]->n; j++)
			free(lists[i]->items[j].key);
		free(lists[i]->items);
	}
}

void
figures_free(struct figures *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->nperiods; i++)
		period_free(&f->periods[i]);
	period_free(&f->total);
	free(f->periods);
	free(f);
}

/* Set up the empty periods of @f for day numbers @a .. @b. */
static void
make_periods(struct figures *f, long a, long b)
{
	long start = f->by_week ? a - weekday(a) : a;
	long step = f->by_week ? 7 : 1;

	_Static_assert(sizeof f->total.label >= sizeof f->total.first,
	    "a day's date is a label");
	f->nperiods = (size_t)((b - start) / step + 1);
	f->periods = xcalloc(f->nperiods, sizeof *f->periods);
	for (size_t i = 0; i < f->nperiods; i++) {
		struct figures_period *p = &f->periods[i];
		long first = start + (long)i * step;
		long last = first + step - 1;

		format_date(first < a ? a : first, p->first);
		format_date(last > b ? b : last, p->last);
		if (f->by_week)
			format_week(first, p->label);
		else
			memcpy(p->label, p->first, sizeof p->first);
	}
	memcpy(f->total.label, "total", sizeof "total");
	format_date(a, f->total.first);
	format_date(b, f->total.last);
}

enum orientation_status
figures_get(struct state *st, const char *from, const char *to, bool by_week,
    int top, struct figures **out)
{
	struct figures *f;
	struct tally *tallies, total;
	struct sql_stmt *stmt;
	long a, b, start;
	enum sql_rc rc;

	*out = NULL;
	if (!parse_date(from, &a) || !parse_date(to, &b) || a > b)
		return ORIENTATION_NOT_FOUND;
	start = by_week ? a - weekday(a) : a;
	if ((b - start) / (by_week ? 7 : 1) + 1 > FIGURES_MAX_PERIODS)
		return ORIENTATION_NOT_FOUND;

	f = xcalloc(1, sizeof *f);
	f->by_week = by_week;
	make_periods(f, a, b);
	tallies = xcalloc(f->nperiods, sizeof *tallies);
	for (size_t i = 0; i < f->nperiods; i++)
		tallies[i].p = &f->periods[i];
	memset(&total, 0, sizeof total);
	total.p = &f->total;

	/* The dates are bound in the canonical form parse_date checked, so
	 * a text comparison selects exactly the days of the range. */
	stmt = sql_prepare(state_sql(st), "SELECT day, kind, key, sum(n) "
	    "FROM usage WHERE day BETWEEN ?1 AND ?2 "
	    "GROUP BY day, kind, key");
	sql_bind_text(stmt, 1, from);
	sql_bind_text(stmt, 2, to);
	while ((rc = sql_step(stmt)) == SQL_ROW) {
		const char *day = sql_column_text(stmt, 0);
		const char *kind = sql_column_text(stmt, 1);
		const char *detail = sql_column_text(stmt, 2);
		int n = sql_column_int(stmt, 3);
		enum state_usage k;
		long z;

		if (day == NULL || kind == NULL || !parse_date(day, &z) ||
		    z < a || z > b || (k = kind_of(kind)) == STATE_USAGE_COUNT)
			continue;
		tally_add(&tallies[(z - start) / (by_week ? 7 : 1)], k, detail, n);
		tally_add(&total, k, detail, n);
	}
	sql_finalize(stmt);

	for (size_t i = 0; i < f->nperiods; i++)
		tally_finish(&tallies[i], top);
	tally_finish(&total, top);
	free(tallies);
	if (rc != SQL_DONE) {
		figures_free(f);
		return sql_status(rc);
	}
	*out = f;
	return ORIENTATION_OK;
}

/* ------------------------------------------------------------ CSV */

/* Write one row: the period's columns, @figure, @key (may be NULL) and
 * @value (may be NULL for an empty field).  A key comes from the catalog:
 * one that a spreadsheet would read as a formula is defused.  A write
 * error shows in ferror(out), which figures_csv checks once. */
static void
csv_row(FILE *out, const struct figures_period *p, const char *figure,
    const char *key, const char *value)
{
	char *safe = NULL;

	if (key != NULL && key[0] != '\0' && strchr("=+-@\t\r", key[0]) != NULL)
		key = safe = xasprintf("'%s", key);
	csv_write_row(out, (const char *const[]){ p->label, p->first, p->last,
	    figure, key, value }, 6);
	free(safe);
}

/* Write a count row. */
static void
csv_count(FILE *out, const struct figures_period *p, const char *figure,
    const char *key, int n)
{
	char value[FITS_DECIMAL(int)];

	snprintf(value, sizeof value, "%d", n); /* fits: sized for any int */
	csv_row(out, p, figure, key, value);
}

/* Write @x with @places decimals without the locale (printf's %f would
 * use the decimal separator of LC_NUMERIC), or an empty value when @x is
 * not @known (a rate of nothing). */
static void
csv_decimal(FILE *out, const struct figures_period *p, const char *figure,
    bool known, double x, int places)
{
	long scale = places == 3 ? 1000 : 100, v;
	char value[2 * FITS_DECIMAL(long)];

	if (!known) {
		csv_row(out, p, figure, NULL, NULL);
		return;
	}
	/* A rate or a mean rating: never below zero (a negative value would
	 * need its own sign, "-0.5", which the format below does not give). */
	assert(x >= 0.0);
	v = (long)(x * (double)scale + 0.5);
	/* fits: two longs and a point (places is 2 or 3) */
	snprintf(value, sizeof value, "%ld.%0*ld", v / scale, places, v % scale);
	csv_row(out, p, figure, NULL, value);
}

/* Write the rows of a list. */
static void
csv_list(FILE *out, const struct figures_period *p, const char *figure,
    const struct figures_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		csv_count(out, p, figure, l->items[i].key, l->items[i].count);
}

/* Write every row of one period. */
static void
csv_period(FILE *out, const struct figures_period *p)
{
	csv_count(out, p, "sessions", NULL, p->sessions);
	csv_count(out, p, "started", NULL, p->started);
	csv_count(out, p, "started_short", NULL, p->started_short);
	csv_count(out, p, "started_full", NULL, p->started_full);
	csv_count(out, p, "completed", NULL, p->completed);
	csv_count(out, p, "completed_short", NULL, p->completed_short);
	csv_count(out, p, "completed_full", NULL, p->completed_full);
	csv_decimal(out, p, "completion_rate", p->started > 0,
	    p->completion_rate, 3);
	csv_count(out, p, "handoffs", NULL, p->handoffs);
	csv_count(out, p, "ratings", NULL, p->nratings);
	csv_decimal(out, p, "mean_rating", p->nratings > 0, p->mean_rating, 2);
	csv_count(out, p, "searches_empty", NULL, p->searches_empty);
	csv_list(out, p, "language", &p->languages);
	csv_list(out, p, "service", &p->services);
	csv_list(out, p, "occupation", &p->occupations);
}

enum orientation_status
figures_csv(struct state *st, const char *from, const char *to, bool by_week,
    FILE *out)
{
	struct figures *f;
	enum orientation_status status;

	status = figures_get(st, from, to, by_week, FIGURES_CSV_TOP, &f);
	if (status != ORIENTATION_OK)
		return status;
	fputs("period,first_day,last_day,figure,key,value\r\n", out);
	for (size_t i = 0; i < f->nperiods; i++)
		csv_period(out, &f->periods[i]);
	csv_period(out, &f->total);
	figures_free(f);
	if (fflush(out) != 0 || ferror(out))
		return ORIENTATION_STATE_FULL;
	return ORIENTATION_OK;
}
