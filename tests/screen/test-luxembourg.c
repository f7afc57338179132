/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the Luxembourg content, one scenario per language: the
 * five counters from the main menu; after the short questionnaire, the
 * best-matching occupation's "how to get there" opens a guide; an
 * occupation on ADEM's shortage list (roofer, ROME F1610) shows the list,
 * its year and its source, and its "how to get there" opens the
 * apprenticeship guide; an occupation not on the list (astronomer) says
 * plainly that no figure is available; and a need's service list names the
 * counter to walk in at.  The expected texts are
 * read from the catalog under test and the translations, never written
 * here, so the test follows the content.
 *
 *   test-luxembourg LANG
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define WAIT 3000
#define PAGES 10
#define SHORT_FORM 30
#define ROOFER "7121.1"       /* ESCO: on the 2026 list as ROME F1610 */
#define ASTRONOMER "2111.1"   /* ESCO: on no list */

/* The first text column of @sql (?1 = @a, ?2 = @b) in the catalog under
 * test, copied to a static buffer of @slot (0..3); "" when there is none. */
static const char *
catalog_text(int slot, const char *sql, const char *a, const char *b)
{
	static char buf[4][1024];
	sqlite3 *db;
	sqlite3_stmt *st;

	buf[slot][0] = '\0';
	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		exit(1);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		snprintf(buf[slot], sizeof buf[slot], "%s",
		    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return buf[slot];
}

/* The label of ESCO occupation @code in @lang, up to its first '/'
 * (the first gendered form), as typed into the search box. */
static const char *
occupation_word(const char *code, const char *lang)
{
	static char word[256];
	/* The label along the language's chain: lb shows German names. */
	const char *label = catalog_text(0, "SELECT t.label FROM occupation o "
	    "JOIN occupation_text t ON t.occupation_id = o.id "
	    "JOIN language_chain c ON c.lang = ?2 AND c.fallback = t.lang "
	    "WHERE o.esco_code = ?1 ORDER BY c.rank LIMIT 1", code, lang);

	snprintf(word, sizeof word, "%.*s", (int)strcspn(label, "/"), label);
	return word;
}

/* Page down the occupation text until @text shows; false if it never does. */
static bool
page_to(struct vt *vt, const char *text)
{
	for (int i = 0; i < PAGES && !vt_has_text(vt, text); i++)
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	return vt_wait_text(vt, text, 500);
}

/* From the search box, open occupation @code, typed in @lang. */
static void
open_occupation(struct vt *vt, const char *lang, const char *code)
{
	const char *word = occupation_word(code, lang);
	char focus[300];

	VT_CHECK(vt, *word != '\0', "occupation %s has a label for %s", code, lang);
	vt_type(vt, "\x15");   /* ^U empties the box */
	vt_type(vt, word);
	snprintf(focus, sizeof focus, "> %s", word);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Occupations"), WAIT),
	    "\"%s\" found", word);
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Occupation group (ISCO-08)"),
	    WAIT), "occupation %s open", code);
	VT_CHECK(vt, vt_has_text(vt, word), "it is %s", word);
}

/* The five counters, reached from the main menu. */
static void
check_counters(struct vt *vt, const char *lang)
{
	const char *intro = catalog_text(1, "SELECT text FROM centre_text "
	    "WHERE id = 'intro' AND lang = ?1", lang, NULL);
	int names = 0;

	vt_click(vt, vt_find_row(vt, tr(lang, "How it works in Luxembourg")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "The Guidance Centre: five "
	    "walk-in counters"), WAIT), "guides list, counters first");
	VT_CHECK(vt, vt_has_text(vt, tr(lang, "How it works in Luxembourg: "
	    "choose a subject.")), "its heading");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, head_of(intro, 30), WAIT),
	    "walk-in without appointment");
	for (int sort = 1; sort <= 5; sort++) {
		char n[8];
		const char *name;

		snprintf(n, sizeof n, "%d", sort);
		name = catalog_text(2, "SELECT t.name FROM counter c JOIN "
		    "counter_text t ON t.counter_id = c.id WHERE c.sort = ?1 "
		    "AND t.lang = ?2", n, lang);
		VT_CHECK(vt, *name != '\0' && vt_has_text(vt, name),
		    "counter %d \"%s\" shown", sort, name);
		names++;
	}
	VT_CHECK(vt, names == 5, "five counters");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu again");
}

/* The roofer: the shortage list with its year and source, then the
 * apprenticeship guide through "How to get there in Luxembourg". */
static void
check_on_list(struct vt *vt, const char *lang)
{
	const char *title = catalog_text(1, "SELECT text FROM shortage_text "
	    "WHERE year = 2026 AND part = 'title' AND lang = ?1", lang, NULL);
	const char *source = catalog_text(2, "SELECT text FROM shortage_text "
	    "WHERE year = 2026 AND part = 'source' AND lang = ?1", lang, NULL);
	const char *guide = catalog_text(3, "SELECT title FROM guide_text "
	    "WHERE guide_id = 'apprenticeship' AND lang = ?1", lang, NULL);

	VT_CHECK(vt, strstr(title, "2026") != NULL, "the list's year");
	open_occupation(vt, lang, ROOFER);
	VT_CHECK(vt, page_to(vt, head_of(title, 40)), "on the shortage list");
	VT_CHECK(vt, vt_has_text(vt, "F1610"), "its ROME code");
	VT_CHECK(vt, page_to(vt, head_of(source, 30)), "its source");
	VT_CHECK(vt, vt_has_text(vt, "2026"), "year and date");
	VT_CHECK(vt, !vt_has_text(vt, head_of(tr(lang, "No Luxembourg figure "
	    "is available yet for this occupation. The staff at the desk can "
	    "tell you more."), 30)), "no 'no figure' line");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, head_of(guide, 40), WAIT),
	    "the apprenticeship guide");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "How to get there in Luxembourg"),
	    WAIT), "back to the occupation");
	vt_key(vt, VTERM_KEY_ESCAPE);
}

/* The astronomer: plainly no Luxembourg figure, and no list. */
static void
check_not_on_list(struct vt *vt, const char *lang)
{
	const char *title = catalog_text(1, "SELECT text FROM shortage_text "
	    "WHERE year = 2026 AND part = 'title' AND lang = ?1", lang, NULL);

	open_occupation(vt, lang, ASTRONOMER);
	VT_CHECK(vt, page_to(vt, head_of(tr(lang, "No Luxembourg figure is "
	    "available yet for this occupation. The staff at the desk can tell "
	    "you more."), 30)), "no figure available");
	VT_CHECK(vt, !vt_has_text(vt, head_of(title, 40)), "not on the list");
	vt_key(vt, VTERM_KEY_ESCAPE);
}

/* Whether the title of one of the guides, in @lang, is on the screen. */
static bool
some_guide_shown(struct vt *vt, const char *lang)
{
	static const char *const ids[] = {
		"ladder", "apprenticeship", "vae", "recognition", "adem", "studies",
	};

	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		const char *title = catalog_text(1, "SELECT title FROM guide_text "
		    "WHERE guide_id = ?1 AND lang = ?2", ids[i], lang);

		if (*title != '\0' && vt_has_text(vt, head_of(title, 40)))
			return true;
	}
	return false;
}

/* The short questionnaire with Realistic items liked, then the best
 * match, then its "how to get there": a guide opens. */
static void
check_guide_from_match(struct vt *vt, const char *lang)
{
	char q[128];

	vt_click(vt, vt_find_row(vt, tr(lang, "Discover my interests")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Short form: 30 questions, about "
	    "5 minutes"), WAIT), "questionnaire intro");
	vt_type(vt, "1");
	for (int i = 0; i < SHORT_FORM; i++) {
		snprintf(q, sizeof q, tr(lang, "Question %d of %d"), i + 1,
		    SHORT_FORM);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "question %d", i + 1);
		vt_type(vt, "RIASEC"[i % 6] == 'R' ? "5" : "1");
	}
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Occupations that fit me"), WAIT),
	    "profile");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Fit with your interests (0 to "
	    "100)"), WAIT), "matches");
	VT_CHECK(vt, vt_find_row(vt, ">  ") >= 0, "focus on the best match");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Occupation group (ISCO-08)"),
	    WAIT), "the best match");
	vt_click(vt, vt_find_row(vt, tr(lang, "How to get there in Luxembourg")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr(lang, "How it works in "
	    "Luxembourg"), 20), WAIT), "a guide screen");
	VT_CHECK(vt, some_guide_shown(vt, lang), "a guide, from a match");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Occupation group (ISCO-08)"),
	    WAIT), "back to the occupation");
}

static void
run(const char *lang)
{
	const char *args[] = { "--lang", lang, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	check_counters(vt, lang);
	check_guide_from_match(vt, lang);
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr(lang, "Type a few letters: "
	    "an occupation, a service, a subject."), 16), WAIT), "search box");
	check_on_list(vt, lang);
	check_not_on_list(vt, lang);
	scenario_quit(vt, WAIT);
}


/* A need's list names the counter; search finds a guide, which says
 * where its facts come from (English). */
static void
need_and_search_en(void)
{
	const char *args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	const char *counter = catalog_text(1, "SELECT t.name FROM need_counter n "
	    "JOIN counter_text t ON t.counter_id = n.counter_id WHERE "
	    "n.need_id = 'apprenticeship' AND t.lang = ?1", "en", NULL);
	const char *guide = catalog_text(2, "SELECT title FROM guide_text "
	    "WHERE guide_id = 'vae' AND lang = ?1", "en", NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("en", "Find a guidance service")), 10);
	VT_CHECK(vt, vt_wait_text(vt, "I want an apprenticeship", WAIT), "needs");
	vt_click(vt, vt_find_row(vt, "I want an apprenticeship"), 10);
	VT_CHECK(vt, vt_wait_text(vt, counter, WAIT), "the counter to go to");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("en", "Type a few letters: "
	    "an occupation, a service, a subject."), 16), WAIT), "search box");
	vt_type(vt, "validation");
	VT_CHECK(vt, vt_wait_text(vt, guide, WAIT), "the VAE guide is found");
	vt_click(vt, vt_find_row(vt, guide), 10);
	VT_CHECK(vt, vt_wait_text(vt, "5,000", WAIT), "and opens");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "men.public.lu (undated)", WAIT) &&
	    !vt_has_text(vt, "Checked on"), "where its facts come from, and "
	    "that no person checked them");
	scenario_quit(vt, WAIT);
}

/*
 * A guide's steps ("– ...") that wrap go on under their words (column
 * 6), not under the dash (Dutch, the apprenticeship steps).
 */
static void
steps_hang_nl(void)
{
	const char *args[] = { "--lang", "nl", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	const char *guide = catalog_text(1, "SELECT title FROM guide_text "
	    "WHERE guide_id = 'apprenticeship' AND lang = ?1", "nl", NULL);
	int wrapped = 0;
	bool in_step = false;

	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("nl", "How it works in Luxembourg")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, guide, WAIT), "the guides");
	vt_click(vt, vt_find_row(vt, guide), 10);
	VT_CHECK(vt, vt_wait_text(vt, "    – ", WAIT), "the steps");
	for (int r = 1; r < 22; r++) {
		const char *row = vt_row(vt, r);

		if (strncmp(row, "    – ", strlen("    – ")) == 0) {
			in_step = true;
		} else if (row[0] == '\0') {
			in_step = false;
		} else if (in_step) {
			wrapped++;
			VT_CHECK(vt, strspn(row, " ") == 6, "row %d of a step goes "
			    "on under its words, at column 6: [%s]", r, row);
		}
	}
	VT_CHECK(vt, wrapped > 0, "a step long enough to wrap (else this test "
	    "cannot fail)");
	scenario_quit(vt, WAIT);
}

/*
 * French puts a space before ; : ! ? and the wrap never leaves the mark
 * alone at the start of a row: "1 à 3 jours d'école par semaine ; un
 * mélange" wrapped before its ';' at 80 columns.  Every row of the
 * apprenticeship guide, paged to its end, starts with a word.
 */
static void
punctuation_fr(void)
{
	const char *args[] = { "--lang", "fr", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	const char *guide = catalog_text(1, "SELECT title FROM guide_text "
	    "WHERE guide_id = 'apprenticeship' AND lang = ?1", "fr", NULL);
	int seen = 0;

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("fr", "How it works in Luxembourg")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, guide, WAIT), "the guides");
	vt_click(vt, vt_find_row(vt, guide), 10);
	VT_CHECK(vt, vt_wait_text(vt, "    – ", WAIT), "the steps");
	for (int page = 0; page < PAGES; page++) {
		for (int r = 1; r < 21; r++) {
			const char *row = vt_row(vt, r);
			const char *word = row + strspn(row, " ");

			VT_CHECK(vt, word[0] == '\0' ||
			    strchr(";:!?", word[0]) == NULL, "row %d starts "
			    "with its punctuation: [%s]", r, row);
			seen += strstr(row, " ;") != NULL;
		}
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	}
	VT_CHECK(vt, seen > 0, "a \" ;\" on the page (else this test cannot "
	    "fail)");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "need-and-search-en", need_and_search_en },
		{ "steps-hang-nl", steps_hang_nl },
		{ "punctuation-fr", punctuation_fr },
	};

	/* Any other word is a language code of the catalog (meson passes
	 * each of data/languages.csv). */
	if (argc == 2 && strlen(argv[1]) < 8) {
		run(argv[1]);
		return 0;
	}
	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
