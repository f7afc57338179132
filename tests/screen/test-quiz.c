/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the interest questionnaire and the profile.
 *
 *   test-quiz SCENARIO
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000
#define SHORT_FORM 30

static char types[SHORT_FORM + 1];   /* type letter of each short item */

/* Read the short form's order and types from the catalog. */
static void
load_items(void)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int i = 0, last_id = -1;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT i.id, i.type FROM riasec_item i "
	    "WHERE i.short_form = 1 ORDER BY i.id", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 0) != last_id) {
			if (i == SHORT_FORM)
				break;
			last_id = sqlite3_column_int(st, 0);
			types[i++] = (char)sqlite3_column_text(st, 1)[0];
		}
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	if (i != SHORT_FORM) {
		fprintf(stderr, "expected %d short items, got %d\n", SHORT_FORM, i);
		exit(1);
	}
}

/* The text of short-form item @n (0-based) in @lang, from the catalog. */
static const char *
item_text(const char *lang, int n)
{
	static char buf[256];
	sqlite3 *db;
	sqlite3_stmt *st;

	buf[0] = '\0';
	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT t.text FROM riasec_item i "
	    "JOIN riasec_item_text t ON t.item_id = i.id AND t.lang = ?1 "
	    "WHERE i.short_form = 1 ORDER BY i.id LIMIT 1 OFFSET ?2", -1, &st,
	    NULL);
	sqlite3_bind_text(st, 1, lang, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, n);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, sizeof buf, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return buf;
}

/* "Question @n of 30" in @lang. */
static const char *
question(const char *lang, int n)
{
	static char buf[128];

	snprintf(buf, sizeof buf, tr(lang, "Question %d of %d"), n, SHORT_FORM);
	return buf;
}

/* From the start to the first question of the short form in @key's language. */
static struct vt *
start_short_form(const char *lang_key, const char *lang)
{
	struct vt *vt = scenario_start(24, 80, NULL, NULL);

	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
	vt_type(vt, lang_key);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Discover my interests"), WAIT),
	    "menu");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang,
	    "Short form: 30 questions, about 5 minutes"), WAIT), "intro");
	VT_CHECK(vt, vt_has_text(vt, tr(lang, "Full form: 60 questions, about 10 minutes")),
	    "both forms offered");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, question(lang, 1), WAIT), "first question");
	return vt;
}

/* Dutch short form, Social items liked, the rest disliked. */
static void
social_profile_nl(void)
{
	struct vt *vt;
	char want[256];

	load_items();
	vt = start_short_form("1", "nl");
	for (int i = 0; i < SHORT_FORM; i++) {
		VT_CHECK(vt, vt_wait_text(vt, question("nl", i + 1), WAIT),
		    "question %d", i + 1);
		VT_CHECK(vt, vt_has_text(vt, item_text("nl", i)), "item %d in Dutch", i + 1);
		vt_type(vt, types[i] == 'S' ? "5" : "1");
	}
	/* S first; the five others tie at 0, so R and I follow by the rule. */
	snprintf(want, sizeof want, tr("nl", "Your interest code: %s (%s)"), "SRI",
	    "Sociaal, Realistisch, Onderzoekend");
	VT_CHECK(vt, vt_wait_text(vt, want, WAIT), "code starts with Sociaal");
	VT_CHECK(vt, vt_has_text(vt, "Sociaal                 ██████████████ 100 %"),
	    "Social bar full");
	VT_CHECK(vt, vt_has_text(vt, "Realistisch             ··············   0 %"),
	    "Realistic bar empty");
	/* The tie is said, in Dutch. */
	{
		char tie[64];

		snprintf(tie, sizeof tie, "%.20s", tr("nl", "These types are tied: %s."));
		VT_CHECK(vt, vt_has_text(vt, tie), "tie shown");
	}
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "My interest profile"), WAIT),
	    "menu offers the profile now");
	scenario_quit(vt, WAIT);
}

/* Back, change an answer, switch to French mid-way: answers kept. */
static void
back_and_switch(void)
{
	struct vt *vt;
	char mark[128];
	int row;

	load_items();
	vt = start_short_form("1", "nl");
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 2), WAIT), "q2");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 3), WAIT), "q3");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 4), WAIT), "q4");
	vt_key(vt, VTERM_KEY_LEFT);
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 3), WAIT), "back to q3");
	snprintf(mark, sizeof mark, "%s  ✓", tr("nl", "Strongly like"));
	VT_CHECK(vt, vt_has_text(vt, mark), "earlier answer marked");
	row = vt_find_row(vt, mark);
	{
		int r, c;

		vt_cursor(vt, &r, &c);
		VT_CHECK(vt, r == row, "cursor on the given answer");
	}
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 4), WAIT), "changed, on q4");
	vt_key(vt, VTERM_KEY_LEFT);
	VT_CHECK(vt, vt_wait_text(vt, question("nl", 3), WAIT), "q3 again");
	snprintf(mark, sizeof mark, "%s  ✓", tr("nl", "Strongly dislike"));
	VT_CHECK(vt, vt_has_text(vt, mark), "changed answer kept");

	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Choisissez votre langue", WAIT),
	    "language choice");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, question("fr", 3), WAIT),
	    "same question, in French");
	VT_CHECK(vt, vt_has_text(vt, item_text("fr", 2)), "item text in French");
	VT_CHECK(vt, !vt_has_text(vt, item_text("nl", 2)), "Dutch text gone");
	snprintf(mark, sizeof mark, "%s  ✓", tr("fr", "Strongly dislike"));
	VT_CHECK(vt, vt_has_text(vt, mark), "answer kept across the switch");
	vt_key(vt, VTERM_KEY_LEFT);
	vt_key(vt, VTERM_KEY_LEFT);
	VT_CHECK(vt, vt_wait_text(vt, question("fr", 1), WAIT), "q1");
	snprintf(mark, sizeof mark, "%s  ✓", tr("fr", "Like"));
	VT_CHECK(vt, vt_has_text(vt, mark), "first answer kept");
	/* Skip keeps the question unanswered. */
	vt_key(vt, VTERM_KEY_RIGHT);
	VT_CHECK(vt, vt_wait_text(vt, question("fr", 2), WAIT), "skip to q2");
	/* Esc to the menu and continue where we left off. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Discover my interests"), WAIT),
	    "menu");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "3 ", WAIT), "intro");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, question("fr", 2), WAIT),
	    "continued at the same question");
	scenario_quit(vt, WAIT);
}

/*
 * After the short form: the main menu keeps its numbers and adds the
 * profile below them; the skills' "Back to the main menu" goes there;
 * digit 2 reaches the field filter of the matches; the full form keeps
 * the 30 answers.
 */
static void
full_after_short(void)
{
	const char *args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	char q[64];
	int row;

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	VT_CHECK(vt, vt_has_text(vt, "5. Find a guidance service"), "numbers");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Short form", WAIT), "intro");
	vt_type(vt, "1");
	for (int i = 0; i < SHORT_FORM; i++) {
		snprintf(q, sizeof q, "Question %d of %d", i + 1, SHORT_FORM);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "%s", q);
		vt_type(vt, i % 2 ? "4" : "2");
	}
	VT_CHECK(vt, vt_wait_text(vt, "Assess my skills", WAIT), "profile");
	vt_click(vt, vt_find_row(vt, "Assess my skills"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "How good are you at this today?", WAIT),
	    "skills");
	for (int k = 0; k < 80 && !vt_has_text(vt, "Back to the main menu");
	    k++) {
		vt_key(vt, VTERM_KEY_RIGHT);
		vt_sync(vt);
	}
	row = vt_find_row(vt, "Back to the main menu");
	VT_CHECK(vt, row >= 0, "the skills' last page");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "Welcome to the Maison", WAIT) &&
	    strstr(vt_row(vt, 0), "Main menu") != NULL, "the main menu");
	VT_CHECK(vt, vt_has_text(vt, "1. Discover my interests") &&
	    vt_has_text(vt, "2. Assess my skills") &&
	    vt_has_text(vt, "5. Find a guidance service") &&
	    vt_has_text(vt, "0. I am done"), "the numbers did not move");
	VT_CHECK(vt, vt_find_row(vt, "My interest profile") >
	    vt_find_row(vt, "0. I am done"), "the profile comes below them");

	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, "Field: any", WAIT), "matches");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_gone(vt, "Field: any", WAIT), "2 changes the field");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Welcome to the Maison", WAIT), "menu");

	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Full form", WAIT), "intro again");
	vt_click(vt, vt_find_row(vt, "Full form"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "of 60", WAIT), "the full form");
	/* An answered question shows its answer with a check mark. */
	VT_CHECK(vt, !vt_has_text(vt, "✓"),
	    "it starts at an unanswered question");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Welcome to the Maison", WAIT), "menu");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "(30 of 60 questions answered)", WAIT),
	    "the 30 answers are kept");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "social-profile-nl", social_profile_nl },
		{ "back-and-switch", back_and_switch },
		{ "full-after-short", full_after_short },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
