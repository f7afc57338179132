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
	    "Sociaal · Realistisch · Onderzoekend");
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

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "social-profile-nl", social_profile_nl },
		{ "back-and-switch", back_and_switch },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
