/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of the counsellor's figures and audit trail: the figures'
 * export, twelve weeks of figures in French, a counsellor's own searches
 * and language change left out of the figures, and the audit trail in
 * the counsellor's words.
 *
 *   test-counselor-figures SCENARIO
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "desk.h"
#include "scenario.h"
#include "store/account.h"
#include "store/state.h"

#define WAIT DESK_WAIT

/* Whether the figures' "Du YYYY-MM-DD au ..." line names a Monday. */
static bool
first_day_is_monday(struct vt *vt)
{
	struct tm tm = { 0 };
	time_t t;

	for (int r = 0; r < 24; r++) {
		const char *du = strstr(vt_row(vt, r), "Du ");

		if (du != NULL && sscanf(du, "Du %4d-%2d-%2d", &tm.tm_year,
		    &tm.tm_mon, &tm.tm_mday) == 3) {
			tm.tm_year -= 1900;
			tm.tm_mon -= 1;
			t = timegm(&tm);
			gmtime_r(&t, &tm);
			return tm.tm_wday == 1;
		}
	}
	return false;
}

/* The display column where @text starts on row @r, or -1 (the rows hold
 * no wide characters: one character, one column). */
static int
column_of(struct vt *vt, int r, const char *text)
{
	const char *row = vt_row(vt, r), *at = strstr(row, text);
	int col = 0;

	if (at == NULL)
		return -1;
	for (const char *p = row; p < at; p++)
		col += ((unsigned char)*p & 0xc0) != 0x80;
	return col;
}

/* The figures saved as CSV land in the reports folder and say so; where
 * that folder cannot take the file, the counsellor reads that the file
 * cannot be written (not that the disk is full). */
static void
figures_export(void)
{
	char glob_pattern[400], line[128] = "";
	struct vt *vt = desk_signed_in("en");
	FILE *f;

	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Save these figures as CSV", WAIT), "figures");
	vt_click(vt, vt_find_row(vt, "Save these figures as CSV"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Saved: ", WAIT), "saved");
	snprintf(glob_pattern, sizeof glob_pattern, "%s/figures-*.csv",
	    scenario_reports());
	{
		char cmd[460];

		snprintf(cmd, sizeof cmd, "cat %s", glob_pattern);
		f = popen(cmd, "r");
		VT_CHECK(vt, f != NULL && fgets(line, sizeof line, f) != NULL,
		    "the CSV file is there");
		pclose(f);
	}
	VT_CHECK(vt, strcmp(line, "period,first_day,last_day,figure,key,value\r\n")
	    == 0, "the file starts with its header");

	/* The folder replaced by a file: nothing can be written there. */
	{
		char cmd[700];

		snprintf(cmd, sizeof cmd, "rm -rf '%s' && touch '%s'",
		    scenario_reports(), scenario_reports());
		VT_CHECK(vt, system(cmd) == 0, "replace the folder");
	}
	vt_click(vt, vt_find_row(vt, "Save these figures as CSV"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "The file cannot be written.", WAIT),
	    "the counsellor reads why nothing was saved");
	VT_CHECK(vt, !vt_has_text(vt, "disk is full"), "not a full disk");
	desk_sign_out(vt);
}

/* Twelve weeks do not fit above the choices at 80x24: the page says that
 * more follows, and Page Down shows the totals.  A range of weeks is whole
 * weeks.  Each count of the totals
 * takes its own plural: in French 0 takes the singular, and "commencé"
 * agrees with its own number, not with the questionnaires finished. */
static void
figures_weeks_fr(void)
{
	struct vt *vt = desk_signed_in("fr");
	const char *more = tr("fr", "More below: use Page Down.");

	vt_click(vt, vt_find_row(vt, tr("fr", "Usage figures")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Save these figures as CSV"),
	    WAIT), "figures");
	VT_CHECK(vt, desk_has_wrapped(vt, "0 personne, 0 questionnaire commencé, "
	    "0 terminé, 0 code conservé."), "totals, a plural each");
	VT_CHECK(vt, !vt_has_text(vt, more), "seven days fit");
	/* Four weeks are four rows, whole weeks from a Monday (28 days
	 * back from today cut five weeks on six days of seven). */
	vt_type(vt, "2");
	{
		int weeks = 0;

		for (int r = 0; r < 24; r++)
			weeks += strstr(vt_row(vt, r), "-W") != NULL;
		VT_CHECK(vt, weeks == 4, "%d rows of weeks, not 4", weeks);
	}
	VT_CHECK(vt, first_day_is_monday(vt), "the range starts on a Monday");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_has_text(vt, more), "twelve weeks say more follows");
	VT_CHECK(vt, !vt_has_text(vt, "Au total"), "the totals are below");
	vt_key(vt, VTERM_KEY_PAGEDOWN);
	VT_CHECK(vt, vt_has_text(vt, "Au total"), "Page Down shows them");
	VT_CHECK(vt, !vt_has_text(vt, more), "nothing more below");
	scenario_quit(vt, WAIT);
}

/* A counsellor's own steps at the desk are not visits: a language
 * chosen with F2, a search that finds nothing and a service opened from
 * the search leave the usage figures as they were. */
static void
not_counted(void)
{
	struct vt *vt = desk_signed_in("en");
	char who[200];
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long rows = -1;

	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Deutsch", WAIT), "language screen");
	vt_click(vt, vt_find_row(vt, "Deutsch"), 10);
	snprintf(who, sizeof who, tr("de", "Signed in as %s."), "anna");
	VT_CHECK(vt, vt_wait_text(vt, who, WAIT), "menu in German");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Search"), WAIT), "search");
	vt_type(vt, "qqxxzzqq");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "Info-Handicap");
	VT_CHECK(vt, vt_wait_text(vt, "> Info-Handicap", WAIT), "found");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "How to reach them"), WAIT),
	    "service opened");
	scenario_quit(vt, WAIT);

	if (sqlite3_open_v2(scenario_state(), &db, SQLITE_OPEN_READONLY,
	    NULL) == SQLITE_OK && sqlite3_prepare_v2(db,
	    "SELECT count(*) FROM usage", -1, &stmt, NULL) == SQLITE_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			rows = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	if (rows != 0) {
		fprintf(stderr, "the counsellor's steps were counted as a "
		    "visitor's: %ld usage rows\n", rows);
		exit(1);
	}
}

/* An administrator reads the audit trail in French: each known action
 * and fixed detail in French, the kept keys nowhere, an unknown key as it
 * is kept, and the columns aligned by display width (a station's name and
 * French words with accents).  The rows in the state keep their keys. */
static void
audit_words_fr(void)
{
	struct state *st;
	struct audit_entry *e;
	char revision[100];
	int n, r_station, r_anna, r_odd;
	bool kept = false;
	struct vt *vt;

	desk_copy_catalog();
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, "root", "correct horse battery", true, time(NULL)) !=
	    ORIENTATION_OK ||
	    audit_add(st, time(NULL), "accueil-é", "catalog taken up",
	    "revision 3 (was 2)") != ORIENTATION_OK ||
	    audit_add(st, time(NULL), "anna", "code refused", "not found") !=
	    ORIENTATION_OK ||
	    audit_add(st, time(NULL), "anna", "mystery key", "as kept") !=
	    ORIENTATION_OK)
		exit(1);
	state_free(st);

	vt = desk_signed_in_as("fr", "root", "correct horse battery");
	vt_click(vt, vt_find_row(vt, tr("fr", "Audit trail")), 10);
	snprintf(revision, sizeof revision, tr("fr", "revision %ld (was %ld)"),
	    3L, 2L);
	VT_CHECK(vt, vt_wait_text(vt, revision, WAIT), "the revision in French");
	r_station = vt_find_row(vt, "accueil-é");
	r_anna = vt_find_row(vt, tr("fr", "code refused"));
	r_odd = vt_find_row(vt, "mystery key");
	VT_CHECK(vt, r_station >= 0 && r_anna >= 0 && r_odd >= 0,
	    "the rows: %d %d %d", r_station, r_anna, r_odd);
	VT_CHECK(vt, strstr(vt_row(vt, r_station), tr("fr",
	    "catalogue taken up")) != NULL, "the action in French");
	VT_CHECK(vt, strstr(vt_row(vt, r_anna), tr("fr", "not found")) != NULL,
	    "the detail in French");
	VT_CHECK(vt, strstr(vt_row(vt, r_odd), "as kept") != NULL,
	    "an unknown key as it is kept");
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "signed in")) &&
	    vt_has_text(vt, tr("fr", "account added")), "sign-in rows");
	VT_CHECK(vt, !vt_has_text(vt, "signin ok") &&
	    !vt_has_text(vt, "catalog taken up") &&
	    !vt_has_text(vt, "account added") &&
	    !vt_has_text(vt, "(was 2)"), "no kept key shown");
	VT_CHECK(vt, column_of(vt, r_station, tr("fr", "catalogue taken up")) ==
	    column_of(vt, r_anna, tr("fr", "code refused")) &&
	    column_of(vt, r_station, tr("fr", "code refused")) == -1,
	    "actions aligned: %d %d", column_of(vt, r_station,
	    tr("fr", "catalogue taken up")), column_of(vt, r_anna,
	    tr("fr", "code refused")));
	VT_CHECK(vt, column_of(vt, r_station, revision) ==
	    column_of(vt, r_anna, tr("fr", "not found")) &&
	    column_of(vt, r_anna, tr("fr", "not found")) ==
	    column_of(vt, r_odd, "as kept"), "details aligned: %d %d %d",
	    column_of(vt, r_station, revision), column_of(vt, r_anna,
	    tr("fr", "not found")), column_of(vt, r_odd, "as kept"));
	scenario_quit(vt, WAIT);

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    (n = audit_list(st, 0, &e)) < 0)
		exit(1);
	for (int i = 0; i < n; i++)
		kept |= strcmp(e[i].action, "catalog taken up") == 0 &&
		    strcmp(e[i].detail, "revision 3 (was 2)") == 0;
	audit_list_free(e, n);
	state_free(st);
	if (!kept) {
		fprintf(stderr, "the audit row lost its keys\n");
		exit(1);
	}
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "figures-export", figures_export },
		{ "figures-weeks-fr", figures_weeks_fr },
		{ "audit-words-fr", audit_words_fr },
		{ "not-counted", not_counted },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
