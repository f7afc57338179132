/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Anonymous quality figures: what the kiosk's usage counters say about a
 * range of days, per day or per ISO week, for the counselors' reports and
 * for a CSV export.  The counters (state_count, enum state_usage) are per
 * day, kind and key: no time of day, no row per visit, no typed words,
 * nothing that ties them to a visitor or a hand-off code.
 */
#ifndef STORE_FIGURES_H
#define STORE_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util/status.h"

struct state;

#define FIGURES_DATE_LEN 10      /* YYYY-MM-DD */
#define FIGURES_LABEL_MAX 16     /* a period label and its NUL */
#define FIGURES_MAX_PERIODS 4000 /* about eleven years of days */
#define FIGURES_CSV_TOP 10       /* list entries per period in the CSV */

/* One entry of a counted list. */
struct figures_item {
	char *key;   /* language code, service id or occupation id */
	int count;   /* counted with this key */
};

/* A counted list, highest count first, equal counts by key (strcmp). */
struct figures_list {
	struct figures_item *items; /* owned by the struct figures */
	size_t n;
};

/* The figures of one day, one ISO week, or the whole range. */
struct figures_period {
	char label[FIGURES_LABEL_MAX];      /* "2024-03-04", "2024-W10" or "total" */
	char first[FIGURES_DATE_LEN + 1];   /* first day counted, YYYY-MM-DD */
	char last[FIGURES_DATE_LEN + 1];    /* last day counted (a week is cut
					       at the ends of the range) */
	int sessions;          /* visitors who began */
	int started;           /* questionnaires begun, both forms */
	int started_short;
	int started_full;
	int completed;         /* questionnaires finished, both forms */
	int completed_short;
	int completed_full;
	double completion_rate; /* completed / started; 0 when started is 0;
				   above 1 when a questionnaire begun in the
				   period before was finished in this one */
	int handoffs;          /* results kept for a counselor */
	int nratings;          /* ratings given */
	double mean_rating;    /* 1 .. 5; 0 when nratings is 0 */
	struct figures_list languages;   /* every language chosen */
	struct figures_list services;    /* the most opened, at most top */
	struct figures_list occupations; /* the most opened, at most top */
	int searches_empty;    /* searches that found nothing */
};

/* Figures over a range of days. */
struct figures {
	bool by_week;                    /* periods are ISO weeks, not days */
	struct figures_period *periods;  /* every day or week of the range, in
					    order, including empty ones */
	size_t nperiods;
	struct figures_period total;     /* the whole range */
};

/**
 * Whether @s is a date written YYYY-MM-DD that exists in the calendar
 * (years 0001 .. 9999).  For checking what a counselor typed.
 */
bool figures_date_valid(const char *s);

/**
 * The first day of the last @periods days, or of the last @periods ISO
 * weeks when @by_week (the week of @to counts as one, the others whole,
 * from a Monday), up to @to (YYYY-MM-DD), written into @from.
 * @return false, @from untouched, when @to is not a valid date or
 * @periods < 1.
 */
bool figures_first_day(const char *to, int periods, bool by_week,
    char from[FIGURES_DATE_LEN + 1]);

/**
 * Add up the counters of the days @from .. @to (YYYY-MM-DD, both
 * included) per day, or per ISO week (Monday to Sunday) when @by_week.
 * The lists of services and occupations keep the @top highest counts (all
 * of them when @top <= 0); languages are all kept.
 *
 * *@out is a new struct figures, owned by the caller and freed with
 * figures_free; every string in it belongs to it.  On an error *@out is
 * NULL.
 * @return ORIENTATION_OK; NOT_FOUND when a date is not valid, @from is
 * after @to or the range has more than FIGURES_MAX_PERIODS periods; or a
 * database error.
 */
enum orientation_status figures_get(struct state *st, const char *from,
    const char *to, bool by_week, int top, struct figures **out);

/** Free @f and every string in it.  NULL is allowed. */
void figures_free(struct figures *f);

/**
 * Write the figures of @from .. @to (as figures_get, FIGURES_CSV_TOP
 * entries per list) to @out as one CSV table (RFC 4180, quoted as
 * csv_write_row in csv-write.h does), in long form so that the lists fit:
 *
 *   period,first_day,last_day,figure,key,value
 *
 * one row per figure of each period, then the same rows with period
 * "total".  The figures are sessions, started, started_short,
 * started_full, completed, completed_short, completed_full,
 * completion_rate (0.000 .. 1.000, empty when nothing was started),
 * handoffs, ratings, mean_rating (two decimals, empty when there was no
 * rating), searches_empty, then one row per entry of language, service
 * and occupation with its key.  Numbers never depend on the locale.  A
 * key that a spreadsheet would read as a formula (it begins with =, +, -,
 * @, a tab or a CR) gets a leading apostrophe, should a catalog id ever
 * begin so.
 * @return as figures_get, or ORIENTATION_STATE_FULL if @out could not be
 * written.
 */
enum orientation_status figures_csv(struct state *st, const char *from,
    const char *to, bool by_week, FILE *out);

#endif
