/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of browsing occupations by ISCO group, heard through the
 * record speech engine (vt_spoken): a group's row is drawn with its code
 * ("1  Managers") and said by its name alone; a unit group says its name,
 * the count line drawn under it ("7 occupations") and its occupations; an
 * occupation's name shown from a fallback language is said in that
 * language (Luxembourgish shows the names of its chain's next language).
 *
 *   test-browse SCENARIO
 */
#include <libintl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define WAIT 30000
#define SKIP 77

/* Whether @text (the engine's lines) holds @words in @lang as one whole
 * piece of a request. */
static bool
said_piece(const char *text, const char *lang, const char *words)
{
	char want[512];

	snprintf(want, sizeof want, "%s\t%s", lang, words);
	for (const char *p = text; (p = strstr(p, want)) != NULL; p++) {
		char end = p[strlen(want)];

		if (p > text && (p[-1] == '\t' || p[-1] == ' ') &&
		    (end == '\t' || end == '\n'))
			return true;
	}
	return false;
}

/* Row @row of the screen from column @col, without trailing blanks. */
static const char *
row_text(struct vt *vt, int row, int col)
{
	static char text[256];
	size_t n;

	snprintf(text, sizeof text, "%s", vt_row(vt, row) + col);
	for (n = strlen(text); n > 0 && text[n - 1] == ' '; n--)
		text[n - 1] = '\0';
	return text;
}

/* Start in @lang with speech on and open the top of the browse. */
static struct vt *
start_browse(const char *lang)
{
	const char *args[] = { "--config", scenario_speech_settings(true, NULL),
	    "--lang", lang, NULL };
	struct vt *vt = scenario_start_speech(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr(lang, "Browse all occupations")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "All occupations, by field"),
	    WAIT), "the top of the browse");
	return vt;
}

/* From the top, Down and Enter, then Enter three times: major group 1,
 * its first sub-major, minor and unit groups.  The unit group's name and
 * its count line must show (rows 2 and 3). */
static void
down_to_unit_group(struct vt *vt, const char *lang)
{
	int n = 0;
	char count[128];

	vt_key(vt, VTERM_KEY_DOWN);
	for (int i = 0; i < 4; i++)
		vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, sscanf(row_text(vt, 3, 4), "%d", &n) == 1 && n > 0,
	    "a unit group's count line on row 3");
	tr(lang, "%zu occupation");   /* binds the catalog, sets the language */
	snprintf(count, sizeof count, ngettext("%zu occupation",
	    "%zu occupations", (unsigned long)n), (size_t)n);
	VT_CHECK(vt, strcmp(row_text(vt, 3, 4), count) == 0,
	    "the count line is \"%s\"", count);
}

/*
 * English: the top says its heading and each major group by its name,
 * never with the code drawn before it; a move says the focused group
 * alone with its place.  A unit group says its name, the count line and
 * its occupations.
 */
static void
speech_en(void)
{
	struct vt *vt = start_browse("en");
	char heading[256], first[256];
	const char *last = vt_spoken(vt);   /* said since the start */

	VT_CHECK(vt, vt_has_text(vt, "1  Managers"), "drawn with its code");
	VT_CHECK(vt, said_piece(last, "en", "All occupations, by field"),
	    "the heading said: %s", last);
	VT_CHECK(vt, said_piece(last, "en", "Managers") &&
	    said_piece(last, "en", "Armed forces occupations"),
	    "the groups said by name: %s", last);
	VT_CHECK(vt, strstr(last, "1  Managers") == NULL &&
	    strstr(last, "0  Armed") == NULL, "no code said: %s", last);
	vt_key(vt, VTERM_KEY_DOWN);
	last = vt_spoken(vt);
	VT_CHECK(vt, strncmp(last, "say en\tManagers, 2 of 10\n",
	    strlen("say en\tManagers, 2 of 10\n")) == 0,
	    "Down says the group without its code: %s", last);

	down_to_unit_group(vt, "en");
	snprintf(heading, sizeof heading, "%s", row_text(vt, 2, 4));
	snprintf(first, sizeof first, "%s", row_text(vt, 5, 6));
	last = vt_spoken(vt);
	VT_CHECK(vt, said_piece(last, "en", heading) &&
	    said_piece(last, "en", row_text(vt, 3, 4)) &&
	    said_piece(last, "en", first), "the unit group \"%s\", its count "
	    "and its first occupation \"%s\" said: %s", heading, first, last);
	scenario_quit(vt, WAIT);
}

/* Run @sql (?1 = @key, ?2 = @lang) on the catalog under test and copy
 * its first row's two columns into @first (@firstsz bytes) and @second
 * (@secondsz bytes); "" without a row. */
static void
catalog_row(const char *sql, const char *key, const char *lang, char *first,
    size_t firstsz, char *second, size_t secondsz)
{
	sqlite3 *db;
	sqlite3_stmt *st;

	first[0] = second[0] = '\0';
	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(db, sql, -1, &st,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(first, firstsz, "%s", sqlite3_column_text(st, 0));
		snprintf(second, secondsz, "%s", sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The language along @lang's chain that the occupation labelled @label
 * has its name in (static), or "" if none. */
static const char *
label_lang(const char *label, const char *lang)
{
	static char found[16];
	char same[256];

	catalog_row("SELECT t.lang, t.label FROM occupation_text t "
	    "JOIN language_chain c ON c.lang = ?2 AND c.fallback = t.lang "
	    "WHERE t.label = ?1 ORDER BY c.rank LIMIT 1", label, lang, found,
	    sizeof found, same, sizeof same);
	return found;
}

/*
 * Luxembourgish: a unit group's occupations are shown from lb's fallback;
 * each is said in the language it is shown in, the count line in lb.
 * Skipped when the catalog has the names in lb (nothing falls back).
 */
static void
speech_lb(void)
{
	struct vt *vt = start_browse("lb");
	char first[256], from[16], want[320];
	const char *last;

	down_to_unit_group(vt, "lb");
	snprintf(first, sizeof first, "%s", row_text(vt, 5, 6));
	snprintf(from, sizeof from, "%s", label_lang(first, "lb"));
	VT_CHECK(vt, from[0] != '\0', "\"%s\" is an occupation along lb's "
	    "chain", first);
	if (strcmp(from, "lb") == 0) {
		fprintf(stderr, "occupations named in lb: skipped\n");
		vt_free(vt);
		exit(SKIP);
	}
	last = vt_spoken(vt);
	VT_CHECK(vt, said_piece(last, from, first) &&
	    !said_piece(last, "lb", first), "\"%s\" said in %s: %s", first,
	    from, last);
	VT_CHECK(vt, said_piece(last, "lb", row_text(vt, 3, 4)),
	    "the count line said in lb: %s", last);
	/* The focused row: its name in its language, then its place. */
	vt_key(vt, VTERM_KEY_DOWN);
	vt_spoken(vt);
	vt_key(vt, VTERM_KEY_UP);
	snprintf(want, sizeof want, "say %s\t%s\tlb\t", from, first);
	VT_CHECK(vt, strncmp(last = vt_spoken(vt), want, strlen(want)) == 0,
	    "a move says \"%s\" in %s: %s", first, from, last);
	scenario_quit(vt, WAIT);
}

/* The language along @lang's chain that ISCO group @code has its name
 * in (into @in, 16 bytes), and that name (static, "" if none). */
static const char *
group_name(const char *code, const char *lang, char in[16])
{
	static char name[256];

	catalog_row("SELECT t.lang, t.label FROM isco_group_text t "
	    "JOIN language_chain c ON c.lang = ?2 AND c.fallback = t.lang "
	    "WHERE t.code = ?1 ORDER BY c.rank LIMIT 1", code, lang, in, 16,
	    name, sizeof name);
	return name;
}

/*
 * Luxembourgish: the ISCO groups' names come from lb's chain, and are
 * said in the language they are written in (a German name with the
 * German voice), on the list, on a move, as the heading of the group
 * opened and on an occupation's page; the screen's own words stay in lb.  Skipped when the catalog
 * names the groups in lb.
 */
static void
groups_speech_lb(void)
{
	struct vt *vt = start_browse("lb");
	char in[16], name[256], want[400];
	const char *last = vt_spoken(vt);

	snprintf(name, sizeof name, "%s", group_name("1", "lb", in));
	VT_CHECK(vt, name[0] != '\0', "major group 1 named along lb's chain");
	if (strcmp(in, "lb") == 0) {
		fprintf(stderr, "groups named in lb: skipped\n");
		vt_free(vt);
		exit(SKIP);
	}
	VT_CHECK(vt, said_piece(last, in, name) && !said_piece(last, "lb",
	    name), "\"%s\" said in %s on the list: %s", name, in, last);
	VT_CHECK(vt, said_piece(last, "lb", tr("lb",
	    "All occupations, by field")), "the heading said in lb: %s", last);
	vt_key(vt, VTERM_KEY_DOWN);
	snprintf(want, sizeof want, "say %s\t%s\tlb\t", in, name);
	VT_CHECK(vt, strncmp(last = vt_spoken(vt), want, strlen(want)) == 0,
	    "a move says \"%s\" in %s: %s", name, in, last);
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(want, sizeof want, "say lb\t%s\t%s\t%s\t", tr("lb",
	    "Browse occupations"), in, name);
	VT_CHECK(vt, strncmp(last = vt_spoken(vt), want, strlen(want)) == 0,
	    "the group's heading said in %s: %s", in, last);
	/* Down to a unit group's first occupation: its page says the
	 * groups it belongs to in their language too. */
	for (int i = 0; i < 4; i++)
		vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Occupation group (ISCO-08)"),
	    WAIT), "an occupation's page");
	last = vt_spoken(vt);
	VT_CHECK(vt, said_piece(last, in, name) && !said_piece(last, "lb",
	    name), "\"%s\" said in %s on the page: %s", name, in, last);
	scenario_quit(vt, WAIT);
}

/*
 * Luxembourgish, occupations that fit (ranked by skills alone): the field
 * filter names an ISCO major group from lb's chain, and says it in that
 * language after the word "Field" in lb.
 */
static void
field_filter_speech_lb(void)
{
	const char *args[] = { "--config", scenario_speech_settings(true, NULL),
	    "--lang", "lb", NULL };
	struct vt *vt = scenario_start_speech(24, 80, args, NULL);
	char in[16], name[256];
	const char *last;

	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Main menu"), WAIT), "menu");
	snprintf(name, sizeof name, "%s", group_name("0", "lb", in));
	VT_CHECK(vt, name[0] != '\0', "major group 0 named along lb's chain");
	if (strcmp(in, "lb") == 0) {
		fprintf(stderr, "groups named in lb: skipped\n");
		vt_free(vt);
		exit(SKIP);
	}
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Assess my skills"), WAIT),
	    "skills");
	for (int i = 0; i < 40 && !vt_has_text(vt, tr("lb",
	    "Occupations that fit me")); i++)
		vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Occupations that fit me"),
	    WAIT), "the end of the skills");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Fit with your skills (0 to "
	    "100)"), WAIT), "matches");
	vt_spoken(vt);
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, name, WAIT), "the first field shown");
	last = vt_spoken(vt);
	VT_CHECK(vt, said_piece(last, "lb", tr("lb", "Field")) &&
	    said_piece(last, in, name) && !said_piece(last, "lb", name),
	    "\"%s\" said in %s after \"Field\" in lb: %s", name, in, last);
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "speech-en", speech_en },
		{ "speech-lb", speech_lb },
		{ "groups-speech-lb", groups_speech_lb },
		{ "field-filter-speech-lb", field_filter_speech_lb },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
