/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the occupations: matches after a Realistic profile,
 * the skills self-assessment and its same-rating warning, browsing by
 * ISCO group, and an occupation's page drawn from what it loaded (a
 * catalog changed under it shows only once the page loads again, when
 * the language changes).
 *
 *   test-occupations SCENARIO
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copy.h"
#include "scenario.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000
#define SHORT_FORM 30

/* The first RIASEC letter of the occupation labelled @label in @lang
 * (highest score, ties in R..C order), or 0 if there is no such label. */
static char
first_letter(const char *label, const char *lang)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	char letter = 0;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT o.R, o.I, o.A, o.S, o.E, o.C FROM "
	    "occupation o JOIN occupation_text t ON t.occupation_id = o.id "
	    "WHERE t.lang = ?2 AND t.label = ?1", -1, &st, NULL);
	sqlite3_bind_text(st, 1, label, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		int best = 0;

		for (int i = 1; i < 6; i++)
			if (sqlite3_column_double(st, i) > sqlite3_column_double(st, best))
				best = i;
		letter = "RIASEC"[best];
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return letter;
}

/* Answer the short form: @liked type strongly liked, the rest disliked. */
static void
answer_short_form(struct vt *vt, const char *lang, char liked)
{
	char q[128];

	for (int i = 0; i < SHORT_FORM; i++) {
		snprintf(q, sizeof q, tr(lang, "Question %d of %d"), i + 1, SHORT_FORM);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "question %d", i + 1);
		vt_type(vt, "RIASEC"[i % 6] == liked ? "5" : "1");
	}
}

/* Start in @lang and open the main menu entry @label. */
static struct vt *
start_at(const char *lang, const char *label)
{
	const char *args[] = { "--lang", lang, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr(lang, label)), 10);
	return vt;
}

/* A strongly Realistic profile in German: the first screen of matches is
 * occupations whose first letter is R, in German; a detail opens. */
static void
realistic_de(void)
{
	struct vt *vt = start_at("de", "Discover my interests");
	int checked = 0, row;

	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Short form: 30 questions, about "
	    "5 minutes"), WAIT), "intro");
	vt_type(vt, "1");
	answer_short_form(vt, "de", 'R');
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Occupations that fit me"), WAIT),
	    "profile with next steps");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Fit with your interests (0 to "
	    "100)"), WAIT), "matches");
	for (int r = 0; r < 24; r++) {
		const char *line = vt_row(vt, r);
		char label[256];
		int fit;

		/* Result rows: "  98  Label" or ">  98  Label", maybe " *" or " v";
		 * not the filter rows "1. Level: ..." and "2. Field: ...". */
		if (strstr(line, tr("de", "Level")) != NULL ||
		    strstr(line, tr("de", "Field")) != NULL)
			continue;
		if (sscanf(line, "%*[ >]%d  %255[^\n]", &fit, label) != 2)
			continue;
		for (size_t n = strlen(label); n > 0 && (label[n - 1] == ' ' ||
		    label[n - 1] == 'v' || label[n - 1] == '*'); n--) {
			if (label[n - 1] == 'v' && n >= 2 && label[n - 2] != ' ')
				break;
			label[n - 1] = '\0';
		}
		VT_CHECK(vt, first_letter(label, "de") == 'R',
		    "\"%s\" has first letter %c", label, first_letter(label, "de"));
		checked++;
	}
	VT_CHECK(vt, checked >= 8, "%d results checked", checked);
	row = vt_find_row(vt, ">  ");
	VT_CHECK(vt, row >= 0, "focus on the best match");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Occupation group (ISCO-08)"), WAIT),
	    "detail");
	VT_CHECK(vt, vt_has_text(vt, "Praktisch-technisch"), "German type names");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Fit with your interests (0 to "
	    "100)"), WAIT), "back to the list");
	scenario_quit(vt, WAIT);
}

/* Every skill rated the same: the summary warns. */
static void
skills_same_en(void)
{
	struct vt *vt = start_at("en", "Assess my skills");
	char first[64];
	int n = 0;

	VT_CHECK(vt, vt_wait_text(vt, "Skill 1 of ", WAIT), "first skill");
	sscanf(strstr(vt_row(vt, vt_find_row(vt, "Skill 1 of ")), "of ") + 3,
	    "%d", &n);
	VT_CHECK(vt, n >= 20, "%d skills", n);
	snprintf(first, sizeof first, "Skill %d of %d", n, n);
	for (int i = 0; i < n; i++) {
		char q[64];

		snprintf(q, sizeof q, "Skill %d of %d", i + 1, n);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "skill %d", i + 1);
		vt_type(vt, "3");
	}
	VT_CHECK(vt, vt_wait_text(vt, "You gave every skill the same rating", WAIT),
	    "same-rating warning");
	vt_type(vt, "2");   /* look again */
	VT_CHECK(vt, vt_wait_text(vt, "Skill 1 of", WAIT), "back to the first");
	VT_CHECK(vt, vt_has_text(vt, "Good  ✓"), "rating kept");
	vt_type(vt, "4");
	vt_key(vt, VTERM_KEY_END);
	for (int i = 1; i < n; i++)
		vt_key(vt, VTERM_KEY_RIGHT);
	VT_CHECK(vt, vt_wait_text(vt, "You rated", WAIT), "summary");
	VT_CHECK(vt, !vt_has_text(vt, "You gave every skill the same rating"),
	    "no warning once ratings differ");
	/* What is kept, as the start screen says: only under a code. */
	VT_CHECK(vt, !vt_has_text(vt, "not kept after you leave") &&
	    vt_has_text(vt, "only if you keep"), "the summary says a code "
	    "keeps the ratings");
	/* Whole in German too, where it takes four lines. */
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Deutsch", WAIT), "language screen");
	vt_click(vt, vt_find_row(vt, "Deutsch"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Fähigkeiten eingeschätzt", WAIT),
	    "the summary in German");
	VT_CHECK(vt, vt_has_text(vt, "Beratungskraft speichern."),
	    "the sentence is not cut");
	/* Without the questionnaire the skills alone rank the occupations,
	 * and the heading says so. */
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Fit with your skills (0 to 100)"),
	    WAIT), "the heading names the skills alone");
	scenario_quit(vt, WAIT);
}

/* Browse in French from the top of ISCO down to an occupation. */
static void
browse_fr(void)
{
	struct vt *vt = start_at("fr", "Browse all occupations");
	int depth = 0;

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "All occupations, by field"), WAIT),
	    "top");
	VT_CHECK(vt, vt_has_text(vt, "2  Professions intellectuelles"),
	    "major group 2 in French");
	/* The list has no number keys: a tap opens major group 2. */
	vt_click(vt, vt_find_row(vt, "2  Professions intellectuelles"), 10);
	VT_CHECK(vt, vt_has_text(vt, "21  "), "the sub-major groups of group 2");
	/* Enter opens the first row, level by level, down to an occupation. */
	while (!vt_has_text(vt, tr("fr", "Occupation group (ISCO-08)")) &&
	    depth < 6) {
		vt_key(vt, VTERM_KEY_ENTER);
		depth++;
	}
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Occupation group (ISCO-08)"), WAIT),
	    "reached an occupation after %d steps", depth);
	scenario_quit(vt, WAIT);
}

/*
 * A group's name that wraps goes on under its words, not under its code:
 * French "5  Personnel des services directs aux particuliers, ..." goes
 * on at column 9 at the top (codes of one figure), and at column 10 one
 * level down (codes of two).
 */
static void
groups_wrap_fr(void)
{
	struct vt *vt = start_at("fr", "Browse all occupations");
	int wrapped = 0;

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "All occupations, by field"), WAIT),
	    "top");
	for (int level = 0; level < 2; level++) {
		int name_at = 6 + 1 + level + 2;

		for (int r = 3; r < 21; r++) {
			const char *row = vt_row(vt, r);
			int lead = (int)strspn(row, " ");

			if (row[lead] == '\0' || row[lead] == '>' ||
			    (row[lead] >= '0' && row[lead] <= '9'))
				continue;
			wrapped++;
			VT_CHECK(vt, lead == name_at, "row %d goes on under the "
			    "name, at column %d, not %d: [%s]", r, name_at,
			    lead, row);
		}
		if (level == 0) {
			vt_click(vt, vt_find_row(vt, "5  "), 10);
			VT_CHECK(vt, vt_wait_text(vt, "51  ", WAIT),
			    "the sub-major groups of group 5");
		}
	}
	VT_CHECK(vt, wrapped > 0, "a name long enough to wrap (else this test "
	    "cannot fail)");
	scenario_quit(vt, WAIT);
}

/* Run @sql on the catalog at @path; a failure fails the test. */
static void
catalog_exec(const char *path, const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "check failed: %s: %s\n", sql, sqlite3_errmsg(db));
		exit(1);
	}
	sqlite3_close(db);
}

/*
 * An occupation's page in English on a copy of the catalog; every English
 * occupation name is then changed in the file under the running program.
 * Scrolling repaints the page from what it loaded: the old name stays
 * (painting reads nothing from the catalog).  Switching to French and
 * back loads the page again: the new name shows.
 */
static void
page_loaded_en(void)
{
	static const char changed[] = "Renamed under the page";
	char copy[600], label[128];
	const char *args[] = { "--catalog", copy, "--lang", "en", NULL };
	struct vt *vt;
	int depth = 0;

	snprintf(copy, sizeof copy, "%s/page-catalog.db", scenario_dir());
	if (copy_file(scenario_catalog(), copy) != 0) {
		perror(copy);
		exit(1);
	}
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	vt_click(vt, vt_find_row(vt, "Browse all occupations"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "All occupations, by field", WAIT), "top");
	while (!vt_has_text(vt, "Occupation group (ISCO-08)") && depth++ < 6)
		vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Occupation group (ISCO-08)", WAIT),
	    "an occupation's page");
	/* The name heads the body (row 2, after the title bar and a line). */
	snprintf(label, sizeof label, "%s", vt_row(vt, 2) + 4);
	for (size_t n = strlen(label); n > 0 && label[n - 1] == ' '; n--)
		label[n - 1] = '\0';
	VT_CHECK(vt, strlen(label) > 3, "the name \"%s\" on row 2", label);

	catalog_exec(copy, "UPDATE occupation_text SET label = "
	    "'Renamed under the page' WHERE lang = 'en'");
	vt_key(vt, VTERM_KEY_PAGEDOWN);
	vt_key(vt, VTERM_KEY_PAGEUP);
	VT_CHECK(vt, vt_has_text(vt, "Occupation group (ISCO-08)") &&
	    vt_has_text(vt, label), "the page still names \"%s\"", label);
	VT_CHECK(vt, !vt_has_text(vt, changed),
	    "painting read the changed catalog");

	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Choose your language", WAIT), "F2");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Occupation group (ISCO-08)"),
	    WAIT), "the page in French");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Choisissez votre langue", WAIT), "F2 again");
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, changed, WAIT),
	    "the page loaded again in English");
	scenario_quit(vt, WAIT);
}

/*
 * French, occupations that fit (skills: Writing rated high, the rest in
 * the middle): long French names wrap, and their second line goes on
 * under the name (column 11), not under the fit figure before it; on
 * the first one's page, a skill's second line goes on under its words.
 */
static void
wrap_fr(void)
{
	struct vt *vt = start_at("fr", "Assess my skills");
	int wrapped = 0, top;

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Not yet"), WAIT), "skills");
	for (int i = 0; i < 40 && !vt_has_text(vt, tr("fr",
	    "Occupations that fit me")); i++)
		vt_type(vt, i == 3 ? "4" : "3");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Occupations that fit me"),
	    WAIT), "the end of the skills");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Fit with your skills (0 to "
	    "100)"), WAIT), "matches");
	top = vt_find_row(vt, ">  ");
	VT_CHECK(vt, top > 0, "the first result focused");
	for (int r = top; r < 19; r++) {
		const char *row = vt_row(vt, r);
		int fit = 0, lead = (int)strspn(row, " ");

		if (row[0] == '\0' || sscanf(row + 6, "%d", &fit) == 1)
			continue;
		if (vt_row(vt, r)[lead] == '\0' || lead < 6)
			continue;
		wrapped++;
		VT_CHECK(vt, lead == 11, "row %d goes on under the name, at "
		    "column 11, not %d: [%s]", r, lead, row);
	}
	VT_CHECK(vt, wrapped > 0, "a name long enough to wrap (else this test "
	    "cannot fail)");
	/* The first one's page: a skill that wraps goes on under its
	 * words (column 8), not under its bullet (column 6). */
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Occupation group (ISCO-08)"),
	    WAIT), "the page");
	for (int i = 0; i < 20 && vt_find_row(vt, tr("fr",
	    "Skills that matter most")) < 0; i++)
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	for (int i = 0; i < 20 && vt_find_row(vt, tr("fr",
	    "Skills that matter most")) > 3; i++)
		vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "Skills that matter most")),
	    "the skills");
	wrapped = 0;
	for (int r = vt_find_row(vt, tr("fr", "Skills that matter most")) + 1;
	    r < 18; r++) {
		const char *row = vt_row(vt, r);
		int lead = (int)strspn(row, " ");

		if (row[0] == '\0' || lead < 6)
			break;
		if (strncmp(row + lead, "• ", strlen("• ")) == 0) {
			VT_CHECK(vt, lead == 6, "a skill at column 6: [%s]", row);
			continue;
		}
		wrapped++;
		VT_CHECK(vt, lead == 8, "row %d of a skill goes on under its "
		    "words, at column 8: [%s]", r, row);
	}
	VT_CHECK(vt, wrapped > 0, "a skill long enough to wrap (else this test "
	    "cannot fail)");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "realistic-de", realistic_de },
		{ "skills-same-en", skills_same_en },
		{ "browse-fr", browse_fr },
		{ "page-loaded-en", page_loaded_en },
		{ "wrap-fr", wrap_fr },
		{ "groups-wrap-fr", groups_wrap_fr },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
