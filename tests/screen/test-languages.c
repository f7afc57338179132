/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the languages: the start screen lists every language of
 * the catalog in its own name at 80x24, with the privacy note in the
 * language under the cursor, which is on the language in use when F2
 * changed it; and a walk through the kiosk in Portuguese
 * (help, questionnaire, profile, matches, an occupation with decimal
 * commas, search, a service); and a catalog whose languages are not the
 * ones built into the program (a newer catalog file): the start screen,
 * drawn from the built-in list before the catalog opens, shows the
 * catalog's once it is up.
 *
 *   test-languages SCENARIO
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copy.h"
#include "scenario.h"

#define WAIT 3000
#define SHORT_FORM 30
#define MAX_LANGS 16

/* The privacy note's singular msgid: its first words are the plural's. */
#define PRIVACY "Nothing you type is kept; nothing shows who you are. Only " \
	"with a code are your answers kept, %ld day, for a counsellor."

struct lang {
	char code[8];
	char name[64];
};

/* The catalog's languages in display order; their number. */
static int
languages(struct lang out[MAX_LANGS])
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = 0;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT code, native_name FROM language "
	    "ORDER BY sort, code", -1, &st, NULL);
	while (n < MAX_LANGS && sqlite3_step(st) == SQLITE_ROW) {
		snprintf(out[n].code, sizeof out[n].code, "%s",
		    sqlite3_column_text(st, 0));
		snprintf(out[n].name, sizeof out[n].name, "%s",
		    sqlite3_column_text(st, 1));
		n++;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* The start of the privacy note in @lang. */
static const char *
privacy_head(const char *lang)
{
	return head_of(tr(lang, PRIVACY), 24);
}

/* Every language in its own name; the note follows the cursor and the
 * screen fits 80x24 with the display row still on it. */
static void
start_screen(void)
{
	struct lang l[MAX_LANGS];
	int n = languages(l);
	struct vt *vt = scenario_start(24, 80, NULL, NULL);
	char head[128];

	VT_CHECK(vt, n >= 5, "%d languages in the catalog", n);
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start screen");
	for (int i = 0; i < n; i++)
		VT_CHECK(vt, vt_has_text(vt, l[i].name), "%s listed", l[i].name);
	VT_CHECK(vt, vt_has_text(vt, tr("en", "Display: standard colours")),
	    "the display row fits too");
	for (int i = 0; i < n; i++) {
		snprintf(head, sizeof head, "%s", privacy_head(l[i].code));
		VT_CHECK(vt, vt_wait_text(vt, head, WAIT),
		    "note in %s under the cursor", l[i].code);
		for (int k = 0; k < n; k++)
			if (k != i && strcmp(privacy_head(l[k].code), head) != 0)
				VT_CHECK(vt, !vt_has_text(vt,
				    privacy_head(l[k].code)),
				    "only one note (%s shown, %s too)", l[i].code,
				    l[k].code);
		vt_key(vt, VTERM_KEY_DOWN);
	}
	/* Choosing Portuguese by its number opens the menu in Portuguese. */
	for (int i = 0; i < n; i++) {
		if (strcmp(l[i].code, "pt") != 0)
			continue;
		snprintf(head, sizeof head, "%d", i + 1);
		vt_type(vt, head);
		VT_CHECK(vt, vt_wait_text(vt, "Descobrir os meus interesses",
		    WAIT), "menu in Portuguese");
	}
	/* F2 and the first language, then Esc back to the start screen:
	 * its cursor is on the language in use, so Enter keeps it, and the
	 * note is in it. */
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, l[0].name, WAIT), "language screen");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr(l[0].code, "Main menu"), WAIT),
	    "menu in %s", l[0].code);
	vt_key(vt, VTERM_KEY_ESCAPE);
	snprintf(head, sizeof head, "> 1. %s", l[0].name);
	VT_CHECK(vt, vt_wait_text(vt, head, WAIT), "the start screen's cursor "
	    "on %s", l[0].name);
	VT_CHECK(vt, vt_has_text(vt, privacy_head(l[0].code)), "note in %s",
	    l[0].code);
	scenario_quit(vt, WAIT);
}

/* Whether some row shows a score "d,d / 7". */
static bool
has_decimal_comma_score(struct vt *vt)
{
	for (int r = 0; r < 24; r++) {
		const char *p = strstr(vt_row(vt, r), " / 7");

		if (p != NULL && p - vt_row(vt, r) >= 3 && p[-2] == ',')
			return true;
	}
	return false;
}

/* Open the main menu entry @msgid of the Portuguese menu. */
static void
open_entry(struct vt *vt, const char *msgid)
{
	int row;

	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "Main menu"), WAIT), "menu");
	row = vt_find_row(vt, tr("pt", msgid));
	VT_CHECK(vt, row >= 0, "menu entry %s", tr("pt", msgid));
	vt_click(vt, row, 10);
}

/* The kiosk in Portuguese, from the menu through every kind of screen. */
static void
walk_pt(void)
{
	const char *args[] = { "--lang", "pt", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	char q[128];
	int row;

	VT_CHECK(vt, vt_wait_text(vt, "Descobrir os meus interesses", WAIT),
	    "menu in pt");
	/* Help. */
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "Press any key to close this "
	    "help."), WAIT), "help in pt");
	vt_type(vt, " ");
	/* Questionnaire, Social liked. */
	open_entry(vt, "Discover my interests");
	VT_CHECK(vt, vt_wait_text(vt, "Versão curta", WAIT), "intro in pt");
	vt_type(vt, "1");
	for (int i = 0; i < SHORT_FORM; i++) {
		snprintf(q, sizeof q, tr("pt", "Question %d of %d"), i + 1,
		    SHORT_FORM);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "question %d", i + 1);
		if (i == 0)
			VT_CHECK(vt, vt_has_text(vt, "Reparar uma bicicleta"),
			    "first item in pt");
		vt_type(vt, "RIASEC"[i % 6] == 'S' ? "5" : "1");
	}
	/* Profile. */
	VT_CHECK(vt, vt_wait_text(vt, "O seu código de interesses: S", WAIT),
	    "profile in pt, Social first");
	VT_CHECK(vt, vt_has_text(vt, "Social"), "type name");
	/* Matches, then one occupation. */
	row = vt_find_row(vt, tr("pt", "Occupations that fit me"));
	VT_CHECK(vt, row >= 0, "next step to the matches");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "Fit with your interests (0 to "
	    "100)"), WAIT), "matches in pt");
	VT_CHECK(vt, vt_find_row(vt, ">  ") >= 0, "focus on the best match");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Grupo de profissões (CITP-08)", WAIT),
	    "occupation in pt");
	VT_CHECK(vt, has_decimal_comma_score(vt), "scores with a decimal comma");
	/* Search from anywhere. */
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "Type a few letters: an "
	    "occupation, a service, a subject."), WAIT), "search box in pt");
	vt_type(vt, "pedreiro");
	VT_CHECK(vt, vt_wait_text(vt, "Pedreiros e afins", WAIT),
	    "pedreiro finds the Portuguese ISCO group");
	/* The first hit (shown by the label that matched) is the occupation
	 * ESCO calls Pedreiro/Pedreira. */
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Pedreiro/Pedreira", WAIT),
	    "pedreiro finds Pedreiro/Pedreira");
	/* Back to the menu, then a service. */
	for (int i = 0; i < 6 && !vt_has_text(vt, tr("pt", "Main menu")); i++)
		vt_key(vt, VTERM_KEY_ESCAPE);   /* answered before it returns */
	open_entry(vt, "Find a guidance service");
	VT_CHECK(vt, vt_wait_text(vt, "Qual é a sua pergunta?", WAIT),
	    "needs in pt");
	row = vt_find_row(vt, "Sou recém-chegado ao Luxemburgo");
	VT_CHECK(vt, row >= 0, "newcomer need in pt");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "(SIA)", WAIT), "newcomer services");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Como os contactar", WAIT),
	    "service detail in pt");
	scenario_quit(vt, WAIT);
}

/* A copy of the catalog at @path, changed by @sql. */
static void
catalog_copy(const char *path, const char *sql)
{
	sqlite3 *db;

	if (copy_file(scenario_catalog(), path) != 0) {
		perror(path);
		exit(1);
	}
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		exit(1);
	sqlite3_close(db);
}

/* The catalog file lists other languages than the program was built
 * with: one fewer, and English under another name and prompt.  Once the
 * screen has settled it shows the catalog's, and the numbers are its. */
static void
other_languages(void)
{
	char path[600];
	const char *args[] = { "--catalog", path, NULL };
	struct vt *vt;

	snprintf(path, sizeof path, "%s/other.db", scenario_dir());
	catalog_copy(path, "DELETE FROM language_chain WHERE lang = 'pt'; "
	    "DELETE FROM language WHERE code = 'pt'; "
	    "UPDATE language SET native_name = 'English (UK)', "
	    "prompt = 'Language?' WHERE code = 'en'");
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Language?", WAIT),
	    "the catalog's prompt");
	VT_CHECK(vt, vt_has_text(vt, "4. English (UK)"), "its name");
	VT_CHECK(vt, vt_has_text(vt, "5. L\xc3\xabtzebuergesch"),
	    "numbered after the language the catalog left out");
	VT_CHECK(vt, !vt_has_text(vt, "Portugu") &&
	    !vt_has_text(vt, "Choose your language"),
	    "nothing of the built-in list is left");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Main menu"), WAIT) &&
	    strcmp(tr("lb", "Main menu"), "Main menu") != 0,
	    "5 opens the menu in Luxembourgish");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario list[] = {
		{ "start-screen", start_screen },
		{ "walk-pt", walk_pt },
		{ "other-languages", other_languages },
	};

	return scenario_main(argc, argv, list, sizeof list / sizeof list[0]);
}
