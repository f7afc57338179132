/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of a walk-in's results as the counsellor reads them: a
 * rated skill whose name is long (German, "Knifflige Probleme lösen")
 * has its rating on the same row when the two fit, as the short ones do,
 * rather than alone on the next row.
 *
 *   test-results SCENARIO
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk.h"
#include "scenario.h"
#include "visit.h"

#define WAIT DESK_WAIT
#define SKILLS 24
#define PAGES 12

/* The German name of the rated skill with the longest one; static. */
static const char *
longest_skill_de(void)
{
	static char name[128];
	sqlite3 *db;
	sqlite3_stmt *st;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(db, "SELECT name FROM "
	    "skill_text WHERE lang = 'de' ORDER BY length(name) DESC LIMIT 1",
	    -1, &st, NULL) != SQLITE_OK)
		exit(1);
	if (sqlite3_step(st) != SQLITE_ROW)
		exit(1);
	snprintf(name, sizeof name, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return name;
}

/* A German walk-in answers the short form, rates every skill "Good" and
 * keeps the results; @code gets the code. */
static void
walk_in_de(char code[HANDOFF_CODE_LEN + 1])
{
	const char *args[] = { "--lang", "de", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	char q[128];

	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT), "menu");
	visit_short_form(vt, "de", WAIT);
	vt_click(vt, vt_find_row(vt, tr("de", "Assess my skills")), 10);
	for (int i = 0; i < SKILLS; i++) {
		snprintf(q, sizeof q, tr("de", "Skill %d of %d"), i + 1, SKILLS);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "skill %d", i + 1);
		vt_type(vt, "3");
	}
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Back to the main menu"), WAIT),
	    "every skill rated");
	vt_click(vt, vt_find_row(vt, tr("de", "Back to the main menu")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Keep my results for a "
	    "counsellor"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("de", "Keep my results for a "
	    "counsellor")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Finish and clear the screen"),
	    WAIT), "the code");
	visit_read_code(vt, code);
	scenario_quit(vt, WAIT);
}

static void
long_skill_de(void)
{
	const char *args[] = { "--counselor", "--lang", "de", NULL };
	const char *skill = longest_skill_de();
	char code[HANDOFF_CODE_LEN + 1];
	struct vt *vt;
	int row;

	walk_in_de(code);
	vt = desk_signed_in_with("de", args, NULL);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Write or change the note"),
	    WAIT), "results opened");
	for (int i = 0; i < PAGES && vt_find_row(vt, skill) < 0; i++) {
		vt_key(vt, VTERM_KEY_PAGEDOWN);
		vt_sync(vt);
	}
	row = vt_find_row(vt, skill);
	VT_CHECK(vt, row >= 0, "the skill %s among the results", skill);
	VT_CHECK(vt, strstr(vt_row(vt, row), tr("de", "Good")) != NULL,
	    "its rating on its row: [%s]", vt_row(vt, row));
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "long-skill-de", long_skill_de },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
