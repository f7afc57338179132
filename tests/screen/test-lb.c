/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests in Luxembourgish: the language screen, the questionnaire
 * and profile, a match list whose German names say they are German, a
 * service, a search that finds a German label through lb's fallback
 * chain, help, and the plain line mode.
 * The texts expected come from the built lb catalog (tr) and from the
 * catalog database, so a missing translation shows as a failure.
 * A catalog without Luxembourgish makes every scenario skip (77).
 *
 *   test-lb SCENARIO
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define WAIT 3000
#define SHORT_FORM 30
#define SKIP 77

static char types[SHORT_FORM + 1];          /* type letter of each item */
static char texts[SHORT_FORM][256];         /* lb text of each item */
static char type_name[8][64];               /* lb name of R, I, A, S, E, C */

/* The lb texts of the short form and the type names, from the catalog;
 * exit 77 when the catalog has no Luxembourgish. */
static void
load_lb(void)
{
	static const char riasec[] = "RIASEC";
	sqlite3 *db;
	sqlite3_stmt *st;
	int i = 0, has = 0;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM language WHERE "
	    "code = 'lb'", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		has = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (!has) {
		fprintf(stderr, "the catalog has no Luxembourgish: skipped\n");
		sqlite3_close(db);
		exit(SKIP);
	}
	sqlite3_prepare_v2(db, "SELECT i.type, t.text FROM riasec_item i "
	    "JOIN riasec_item_text t ON t.item_id = i.id AND t.lang = 'lb' "
	    "WHERE i.short_form = 1 ORDER BY i.id LIMIT 30", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW && i < SHORT_FORM) {
		types[i] = (char)sqlite3_column_text(st, 0)[0];
		snprintf(texts[i++], sizeof texts[0], "%s",
		    sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	sqlite3_prepare_v2(db, "SELECT type, name FROM riasec_type_text "
	    "WHERE lang = 'lb'", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *p = strchr(riasec,
		    (char)sqlite3_column_text(st, 0)[0]);

		if (p != NULL)
			snprintf(type_name[p - riasec], sizeof type_name[0], "%s",
			    sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	if (i != SHORT_FORM) {
		fprintf(stderr, "expected %d lb short items, got %d\n",
		    SHORT_FORM, i);
		exit(1);
	}
}

/* Start in Luxembourgish at the main menu. */
static struct vt *
start(void)
{
	const char *args[] = { "--lang", "lb", NULL };
	struct vt *vt;

	load_lb();
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Main menu"), WAIT), "menu");
	return vt;
}

/* "Question @n of 30" in Luxembourgish. */
static const char *
question(int n)
{
	static char buf[128];

	snprintf(buf, sizeof buf, tr("lb", "Question %d of %d"), n, SHORT_FORM);
	return buf;
}

/* The language screen names Lëtzebuergesch in its own name; choosing it
 * gives the menu and footer in Luxembourgish. */
static void
language(void)
{
	struct vt *vt;
	int row;

	load_lb();
	vt = scenario_start(24, 80, NULL, NULL);
	VT_CHECK(vt, strcmp(tr("lb", "Main menu"), "Main menu") != 0,
	    "no Luxembourgish catalog");
	VT_CHECK(vt, vt_wait_text(vt, "Lëtzebuergesch", WAIT), "lb listed");
	row = vt_find_row(vt, "Lëtzebuergesch");
	vt_click(vt, row, vt_row(vt, row)[0] == ' ' ? 8 : 2);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Main menu"), WAIT), "lb menu");
	VT_CHECK(vt, vt_has_text(vt, tr("lb", "Discover my interests")) &&
	    vt_has_text(vt, tr("lb", "Find a guidance service")),
	    "menu entries in Luxembourgish");
	VT_CHECK(vt, vt_has_text(vt, tr("lb", "Help")) &&
	    vt_has_text(vt, tr("lb", "Search")), "footer in Luxembourgish");
	VT_CHECK(vt, !vt_has_text(vt, "Discover my interests"), "no English");
	scenario_quit(vt, WAIT);
}

/* From the main menu, the short form in Luxembourgish with the items of
 * the types in @liked liked and the others disliked: every item and the
 * answer scale in lb. */
static void
answer_short_form(struct vt *vt, const char *liked)
{
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb",
	    "Short form: 30 questions, about 5 minutes"), WAIT), "intro");
	vt_type(vt, "1");
	for (int i = 0; i < SHORT_FORM; i++) {
		VT_CHECK(vt, vt_wait_text(vt, question(i + 1), WAIT),
		    "question %d", i + 1);
		VT_CHECK(vt, vt_has_text(vt, texts[i]), "item %d in lb", i + 1);
		if (i == 0)
			VT_CHECK(vt, vt_has_text(vt, tr("lb", "Strongly dislike")) &&
			    vt_has_text(vt, tr("lb", "Strongly like")) &&
			    vt_has_text(vt, tr("lb",
			    "How much would you like to do this?")),
			    "scale and question in lb");
		vt_type(vt, strchr(liked, types[i]) != NULL ? "5" : "1");
	}
}

/* The short form in Luxembourgish with the Realistic items liked: the
 * profile names the type in lb, and the match list says what its
 * numbers are in lb. */
static void
quiz_profile(void)
{
	struct vt *vt = start();
	char want[256];

	answer_short_form(vt, "R");
	/* R first; the five others tie at 0, so I and A follow by the rule. */
	snprintf(want, sizeof want, "RIA (%s", type_name[0]);
	VT_CHECK(vt, vt_wait_text(vt, want, WAIT), "code named in lb");
	snprintf(want, sizeof want, "%-24s██████████████", type_name[0]);
	VT_CHECK(vt, vt_has_text(vt, want), "Realistic bar full, named in lb");
	{
		const char *code = tr("lb", "Your interest code: %s (%s)");

		snprintf(want, sizeof want, "%.*s",
		    (int)(strstr(code, "%s") - code), code);
		VT_CHECK(vt, vt_has_text(vt, want), "interest code sentence in lb");
	}
	/* The profile offers the matches too; go through the main menu, which
	 * alone has "Discover my interests". */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Discover my interests"), WAIT),
	    "main menu");
	vt_click(vt, vt_find_row(vt, tr("lb", "Occupations that fit me")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Fit with your interests (0 to 100)"),
	    3 * WAIT), "match list in lb");
	VT_CHECK(vt, vt_has_text(vt, tr("lb", "Level")) &&
	    vt_has_text(vt, tr("lb", "Field")), "filters in lb");
	/* Occupations have no lb names: the German one is marked as German,
	 * as on the occupation's page. */
	{
		int row = vt_find_row(vt, "> ");
		const char *line = row >= 0 ? vt_row(vt, row) : "";

		VT_CHECK(vt, row > 0 && strstr(line, " (Deutsch)") != NULL,
		    "the focused match says its name is German: [%s]", line);
	}
	scenario_quit(vt, WAIT);
}

/*
 * Whether the Luxembourgish "and" before each word of @line keeps its n
 * as the n-rule says: "an" before a vowel or n, d, t, z, h, else "a"
 * ("Praktesch-technesch a Sozial", "Interessen an Är").  A letter
 * outside ASCII that starts a word (Ä, Ë, É, Ö, Ü) is a vowel.  The
 * first word that breaks it goes to @bad.
 */
static bool
n_rule_kept(const char *line, char *bad, size_t size)
{
	char copy[512], *save = NULL, *prev = NULL;

	snprintf(copy, sizeof copy, "%s", line);
	for (char *w = strtok_r(copy, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		unsigned char c;

		while (*w == '(')
			w++;
		c = (unsigned char)*w;
		if (prev != NULL && c != '\0') {
			bool keep = c >= 0x80 || strchr("aeiouAEIOUnNdDtTzZhH",
			    c) != NULL;

			if (strcmp(prev, keep ? "a" : "an") == 0) {
				snprintf(bad, size, "%s %s", prev, w);
				return false;
			}
		}
		prev = w;
	}
	return true;
}

/*
 * The matches of a visitor who likes the Realistic and Social items say
 * why in Luxembourgish with the "and" the n-rule asks for between two
 * interest types' names ("Praktesch-technesch a Sozial", never "an
 * Sozial"): one English "and" has a translation per use (msgctxt).
 */
static void
why_and(void)
{
	struct vt *vt = start();
	const char *head = tr("lb", "Why: your %s interests.");
	char key[64], why[512], bad[128], pair[160];
	int pairs = 0;

	answer_short_form(vt, "RS");
	VT_CHECK(vt, vt_wait_text(vt, type_name[0], WAIT), "the profile");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Discover my interests"), WAIT),
	    "main menu");
	vt_click(vt, vt_find_row(vt, tr("lb", "Occupations that fit me")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb",
	    "Fit with your interests (0 to 100)"), 3 * WAIT), "match list");
	/* "Firwat:", the why-line's first word; the line takes two rows at
	 * most. */
	snprintf(key, sizeof key, "%.*s", (int)strcspn(head, " "), head);
	snprintf(pair, sizeof pair, "(%s", type_name[0]);
	for (int i = 0; i < 12; i++) {
		int row = vt_find_row(vt, key);

		VT_CHECK(vt, row > 0, "match %d says why", i + 1);
		snprintf(why, sizeof why, "%s ", vt_row(vt, row));
		snprintf(why + strlen(why), sizeof why - strlen(why), "%s",
		    vt_row(vt, row + 1));
		VT_CHECK(vt, n_rule_kept(why, bad, sizeof bad),
		    "\"%s\" breaks the n-rule: %s", bad, why);
		pairs += strstr(why, pair) != NULL &&
		    strstr(why, type_name[3]) != NULL;
		vt_key(vt, VTERM_KEY_DOWN);
	}
	VT_CHECK(vt, pairs > 0, "a match says why with both types' names");
	scenario_quit(vt, WAIT);
}

/* A newcomer's question leads to the school integration service (SIA),
 * described in lb. */
static void
service(void)
{
	struct vt *vt = start();
	int row;

	vt_click(vt, vt_find_row(vt, tr("lb", "Find a guidance service")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "What is your question?"), WAIT),
	    "needs");
	/* Job seekers in the glossary's words, never "Aarbechtslos". */
	VT_CHECK(vt, vt_has_text(vt, "Leit, déi Aarbecht sichen") &&
	    !vt_has_text(vt, "Aarbechtslos"), "job seekers as the glossary says");
	row = vt_find_row(vt, "Ech si nei zu Lëtzebuerg");
	VT_CHECK(vt, row >= 0, "newcomer need in lb");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "Fënnt déi richteg Schoul", WAIT),
	    "school integration service, its reason in lb");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "What they do for you"), WAIT),
	    "detail");
	VT_CHECK(vt, vt_has_text(vt, "Service fir d'schoulesch Integratioun"),
	    "name in lb");
	scenario_quit(vt, WAIT);
}

/* Occupations have no lb labels: "baecker" finds the German one, which
 * is marked as German rather than passed off as Luxembourgish. */
static void
search(void)
{
	struct vt *vt = start();

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("lb",
	    "Type a few letters: an occupation, a service, a subject."), WAIT),
	    "search box in lb");
	vt_type(vt, "baecker");
	VT_CHECK(vt, vt_wait_text(vt, "Bäcker/Bäckerin", WAIT),
	    "German label found from lb");
	VT_CHECK(vt, vt_has_text(vt, "Bäcker/Bäckerin (Deutsch)"),
	    "the German label says it is German");
	VT_CHECK(vt, vt_has_text(vt, tr("lb", "Occupations")), "group in lb");
	vt_type(vt, "\x15");
	vt_type(vt, "leier");
	VT_CHECK(vt, vt_wait_text(vt, "Léier", WAIT),
	    "an lb service text is searchable without its accent");
	scenario_quit(vt, WAIT);
}

/* A label found in another language ("ecologe" is Dutch) goes with the
 * occupation's name along lb's chain, German, marked as German: never
 * the Dutch name ("bioloog") of the language that matched. */
static void
search_other_language(void)
{
	struct vt *vt = start();

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("lb",
	    "Type a few letters: an occupation, a service, a subject."), WAIT),
	    "search box in lb");
	vt_type(vt, "ecologe");
	VT_CHECK(vt, vt_wait_text(vt, "ecologe (Nederlands)", WAIT),
	    "the Dutch label, marked as Dutch");
	VT_CHECK(vt, vt_has_text(vt, "ecologe (Nederlands) – Biologe/Biologin "
	    "(Deutsch)"), "its name in German, marked as German");
	VT_CHECK(vt, !vt_has_text(vt, "bioloog"), "no Dutch name for it");
	scenario_quit(vt, WAIT);
}

/* F1 shows the help in Luxembourgish. */
static void
help(void)
{
	struct vt *vt = start();
	const char *close = tr("lb", "Press any key to close this help.");

	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, close, WAIT), "help in lb");
	VT_CHECK(vt, vt_has_text(vt, tr("lb", "Everywhere:")) &&
	    vt_has_text(vt, head_of(tr("lb", "You can also click or tap the keys "
	    "in the bottom line."), 40)), "keys in lb");
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_gone(vt, close, WAIT), "closed");
	scenario_quit(vt, WAIT);
}

/* --plain --lang lb: the menu, the first question and its scale. */
static void
plain(void)
{
	const char *bin = getenv("ORIENTATION_BIN");
	char *argv[] = { (char *)(bin != NULL ? bin : "src/orientation"),
	    (char *)"--catalog", (char *)scenario_catalog(), (char *)"--state",
	    (char *)scenario_state(), (char *)"--plain", (char *)"--lang",
	    (char *)"lb", NULL };
	char *env[] = { (char *)"LANGUAGE=", NULL };
	struct vt *vt;
	char line[300];

	load_lb();
	/* The line mode has no handshake (it draws no screens). */
	vt = vt_spawn(argv, env, 24, 80);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Short form: 30 questions, "
	    "about 5 minutes"), WAIT), "plain menu in lb");
	vt_type(vt, "1\r");
	VT_CHECK(vt, vt_wait_text(vt, question(1), WAIT), "first question");
	/* The line mode writes as it goes: wait for each line. */
	VT_CHECK(vt, vt_wait_text(vt, texts[0], WAIT), "item text in lb");
	snprintf(line, sizeof line, "1. %s", tr("lb", "Strongly dislike"));
	VT_CHECK(vt, vt_wait_text(vt, line, WAIT), "numbered scale in lb");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("lb", "Type 1 to 5 and Enter; "
	    "s skips, b goes back, q stops."), 30), WAIT), "keys said in lb");
	/* q stops: the profile (too few answers), then back to the menu and
	 * its last line quits. */
	vt_type(vt, "q\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Back to the main menu"), WAIT),
	    "q leads to the profile's lines");
	vt_type(vt, "2\r");
	snprintf(line, sizeof line, "5. %s", tr("lb", "Quit"));
	VT_CHECK(vt, vt_wait_text(vt, line, WAIT), "main menu again");
	snprintf(line, sizeof line, "4. %s", tr("lb", "Delete my results (with "
	    "my code)"));
	VT_CHECK(vt, vt_has_text(vt, line), "delete offered in lb");
	vt_type(vt, "5\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "quits with status 0");
	vt_free(vt);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "language", language },
		{ "quiz-profile", quiz_profile },
		{ "why-and", why_and },
		{ "service", service },
		{ "search", search },
		{ "search-other-language", search_other_language },
		{ "help", help },
		{ "plain", plain },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
