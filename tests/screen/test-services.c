/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the services and the search box.
 *
 *   test-services SCENARIO
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

/* Start in @lang at the main menu. */
static struct vt *
start(const char *lang)
{
	const char *args[] = { "--lang", lang, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	return vt;
}

/* Start in @lang at the services, A to Z (the needs, then their last
 * row). */
static struct vt *
start_az(const char *lang)
{
	struct vt *vt = start(lang);

	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "What is your question?"), WAIT),
	    "needs first");
	vt_type(vt, "9");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "All services, A to Z"), WAIT),
	    "all services");
	return vt;
}

/* In French, F3 and "apprent" show the apprenticeship services. */
static void
search_apprent_fr(void)
{
	struct vt *vt = start("fr");

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Search"), WAIT), "search box");
	vt_type(vt, "apprent");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Guidance services"), WAIT),
	    "services group");
	VT_CHECK(vt, vt_has_text(vt, "Chambre de Commerce – contrats d'apprentissage"),
	    "Chamber of Commerce apprenticeship contracts");
	VT_CHECK(vt, vt_has_text(vt, "ADEM – placement en apprentissage"),
	    "ADEM apprenticeship placement");
	/* Open the first one and see its detail in French. */
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "What they do for you"), WAIT),
	    "service detail");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "> apprent", WAIT), "back to the search");
	scenario_quit(vt, WAIT);
}

/* In German, "baecker" finds Bäcker/Bäckerin; / opens the box too. */
static void
search_baecker_de(void)
{
	struct vt *vt = start("de");
	int r, c, row;

	vt_type(vt, "/");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("de", "Type a few letters: an "
	    "occupation, a service, a subject."), 30), WAIT), "search box");
	vt_type(vt, "baecker");
	VT_CHECK(vt, vt_wait_text(vt, "Bäcker/Bäckerin", WAIT), "Bäcker found");
	VT_CHECK(vt, !vt_has_text(vt, "Bäcker/Bäckerin (Deutsch)"),
	    "German hit not labelled as another language");
	vt_cursor(vt, &r, &c);
	row = vt_find_row(vt, "> baecker");
	VT_CHECK(vt, r == row, "cursor in the box");
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_wait_text(vt, "> Bäcker/Bäckerin", WAIT), "focus on hit");
	vt_cursor(vt, &r, &c);
	VT_CHECK(vt, r == vt_find_row(vt, "> Bäcker/Bäckerin"), "cursor follows");
	/* Nasty input is text, never an error. */
	vt_type(vt, "\"*(:NEAR");
	VT_CHECK(vt, vt_wait_text(vt, "baecker\"*(:NEAR", WAIT), "typed");
	vt_type(vt, "\x15");   /* ^U empties the box */
	vt_type(vt, "straße");
	VT_CHECK(vt, vt_wait_text(vt, "Straßenkünstler/Straßenkünstlerin", WAIT),
	    "still searching after nasty input");
	scenario_quit(vt, WAIT);
}

/* In Dutch, "I am new in Luxembourg" lists the newcomer services in at
 * most three key presses from the menu. */
static void
newcomer_nl(void)
{
	struct vt *vt = start("nl");
	int row;

	row = vt_find_row(vt, tr("nl", "Find a guidance service"));
	VT_CHECK(vt, row >= 0, "menu entry");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "What is your question?"), WAIT),
	    "needs first");
	row = vt_find_row(vt, "Ik ben nieuw in Luxemburg");
	VT_CHECK(vt, row >= 0, "newcomer need in Dutch");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "(SIA)", WAIT), "school integration service");
	VT_CHECK(vt, vt_has_text(vt, "ASTI"), "ASTI listed");
	VT_CHECK(vt, vt_has_text(vt, "CLAE"), "CLAE listed");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "How to reach them"), WAIT),
	    "detail in three presses");
	scenario_quit(vt, WAIT);
}

/* In French at 80 columns the menu lines fit whole, and a service name
 * too long for its row wraps onto the next one, whole. */
static void
long_names_fr(void)
{
	struct vt *vt = start("fr");
	const char *line;
	size_t len;
	int row;

	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "What is your question?"), WAIT),
	    "needs first");
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "Browse by who you are (pupil, "
	    "parent, job seeker...)")), "the whole line is on screen");
	row = vt_find_row(vt, "Je veux choisir des études");
	VT_CHECK(vt, row >= 0, "study need in French");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "Université du Luxembourg", WAIT),
	    "university service listed");
	row = vt_find_row(vt, "Université du Luxembourg");
	line = vt_row(vt, row);
	len = strlen(line);
	VT_CHECK(vt, len < 3 || strcmp(line + len - 3, "…") != 0,
	    "a long name is not cut: [%s]", line);
	VT_CHECK(vt, strstr(vt_row(vt, row + 1), "étudiante") != NULL &&
	    strncmp(vt_row(vt, row + 1), "         ", 9) == 0,
	    "it goes on, indented, on the next row: [%s]", vt_row(vt, row + 1));
	scenario_quit(vt, WAIT);
}

/* The list of all services scrolls: its markers sit in a column of their
 * own, which no label reaches. */
static void
scroll_marker_nl(void)
{
	struct vt *vt = start_az("nl");
	int top, marker_col = 75;

	top = vt_find_row(vt, "> 1.");
	VT_CHECK(vt, top > 0, "the list");
	for (int pass = 0; pass < 2; pass++) {
		int markers = 0;

		for (int r = top; r < 22; r++) {
			VTermScreenCell gap, mark;

			/* The column before the marker stays blank; the marker
			 * column holds a marker or nothing. */
			vt_cell(vt, r, marker_col - 1, &gap);
			vt_cell(vt, r, marker_col, &mark);
			VT_CHECK(vt, (gap.chars[0] == 0 || gap.chars[0] == ' ') &&
			    (mark.chars[0] == 0 || mark.chars[0] == ' ' ||
			    mark.chars[0] == 'v' || mark.chars[0] == '^'),
			    "row %d: text in the marker columns: [%s]", r,
			    vt_row(vt, r));
			markers += mark.chars[0] == 'v' || mark.chars[0] == '^';
		}
		VT_CHECK(vt, markers >= 1, "a scroll marker is shown");
		vt_key(vt, VTERM_KEY_END);
		vt_sync(vt);
	}
	VT_CHECK(vt, strchr(vt_row(vt, top), '^') != NULL, "^ at the top");
	scenario_quit(vt, WAIT);
}

/* A service with a confirmed phone number shows it, but not an address
 * that is still to be checked; no person checked it, so the screen says
 * where the facts come from and how old the source is, not "Checked on";
 * the desk note too. */
static void
detail_contacts_en(void)
{
	struct vt *vt = start("en");

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "Info-Handicap");
	VT_CHECK(vt, vt_wait_text(vt, "Info-Handicap", WAIT), "found");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "How to reach them", WAIT), "detail");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "366 466-1", WAIT), "phone from the source");
	VT_CHECK(vt, !vt_has_text(vt, "avenue de la Gare"),
	    "no address that is still to be checked");
	VT_CHECK(vt, vt_has_text(vt, "2020-04-03"), "how old the source is");
	VT_CHECK(vt, !vt_has_text(vt, "Checked on") &&
	    !vt_has_text(vt, "to be checked"), "no one claims to have checked");
	VT_CHECK(vt, vt_has_text(vt, "staff at the desk"), "desk note");
	scenario_quit(vt, WAIT);
}

/* Search for @query in @lang: the hit's label is longer than a row, so it
 * wraps under itself, whole, with @head on the first row and @tail on a
 * later one, every line starting in the label's column; focused, every
 * line of it is reversed. */
static void
wrap_case(const char *lang, const char *query, const char *head,
    const char *tail)
{
	struct vt *vt = start(lang);
	int first, last, col;
	VTermScreenCell cell;

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Search"), WAIT), "search box");
	vt_type(vt, query);
	VT_CHECK(vt, vt_wait_text(vt, tail, WAIT), "%s: the label's end, \"%s\"",
	    lang, tail);
	first = vt_find_row(vt, head);
	last = vt_find_row(vt, tail);
	VT_CHECK(vt, first > 0 && last > first && last - first <= 2,
	    "%s: wrapped over rows %d..%d", lang, first, last);
	for (int r = first; r <= last; r++) {
		const char *row = vt_row(vt, r);

		col = (int)(strspn(row, " "));
		VT_CHECK(vt, col == 6, "%s: row %d starts in column %d, not 6", lang,
		    r, col);
	}
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_sync(vt), "focus");
	VT_CHECK(vt, strncmp(vt_row(vt, first) + 4, "> ", 2) == 0,
	    "%s: marker on the hit's first row", lang);
	for (int r = first; r <= last; r++) {
		vt_cell(vt, r, 6, &cell);
		VT_CHECK(vt, cell.attrs.reverse, "%s: row %d of the focused hit "
		    "reversed", lang, r);
	}
	scenario_quit(vt, WAIT);
}

/* Long labels in the search wrap instead of being cut. */
static void
search_wrap(void)
{
	wrap_case("fr", "grossiste en ordinateurs",
	    "négociant grossiste en ordinateurs,", "équipements informatiques "
	    "périphériques et logiciels");
	wrap_case("nl", "specialist import export mijnbouw",
	    "specialist import en export van machines voor de mijnbouw",
	    "bouwsector en de burgerlijke bouwkunde");
}

/* Need @need's service names in @lang from the catalog under test, by
 * rank, into @names (at most @max, each malloc'd); how many there are. */
static int
need_services(const char *need, const char *lang, char **names, int max)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = 0;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(db, "SELECT t.name FROM "
	    "need_service s JOIN service_text t ON t.service_id = s.service_id "
	    "WHERE s.need_id = ?1 AND t.lang = ?2 ORDER BY s.rank", -1, &st,
	    NULL) != SQLITE_OK) {
		fprintf(stderr, "check failed: the services of need %s\n", need);
		exit(1);
	}
	sqlite3_bind_text(st, 1, need, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		names[n++] = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Characters (not bytes) in UTF-8 @s. */
static int
utf8_chars(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* In a numbered list on screen, the rows after the one numbered 0 (the
 * tenth item, the last with a number key) start their labels in the
 * column of the numbered labels above them, the focused one too; the
 * list's end is its first empty row. */
static void
check_after_tenth(struct vt *vt, const char *what)
{
	int tenth = vt_find_row(vt, "  0. "), r, label;
	const char *row;

	VT_CHECK(vt, tenth > 0, "%s: a row numbered 0", what);
	label = (int)(strstr(vt_row(vt, tenth), "0. ") - vt_row(vt, tenth)) + 3;
	for (r = tenth + 1; *(row = vt_row(vt, r)) != '\0'; r++) {
		int lead = (int)strspn(row, " ");

		if (row[lead] == '>')
			lead += 1 + (int)strspn(row + lead + 1, " ");
		VT_CHECK(vt, lead == label, "%s: row %d starts its label in "
		    "column %d, the numbered rows in %d: [%s]", what, r, lead,
		    label, row);
	}
	VT_CHECK(vt, r > tenth + 1, "%s: rows after the tenth", what);
}

/*
 * In French, the rows of a numbered list after the tenth line up with the
 * numbered ones: the main menu's "Change language", and the services A
 * to Z at 80x24 and in a larger window, with the focus on one of them.
 */
static void
after_tenth_fr(void)
{
	struct vt *vt = start("fr");

	check_after_tenth(vt, "main menu");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "What is your question?"), WAIT),
	    "needs first");
	vt_type(vt, "9");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "All services, A to Z"), WAIT),
	    "all services");
	for (int i = 0; i < 12; i++)
		vt_key(vt, VTERM_KEY_DOWN);
	check_after_tenth(vt, "A to Z, 80x24");
	vt_resize(vt, 40, 100);
	check_after_tenth(vt, "A to Z, 100x40");
	scenario_quit(vt, WAIT);
}

/*
 * In French, a search longer than its box shows the end of what was
 * typed, where one types, after an ellipsis at the box's left edge that
 * says the start is hidden; the cursor stays right after the last
 * letter, inside the box.  Text that fits again shows no ellipsis.
 */
static void
search_long_fr(void)
{
	static const char typed[] = "apprentissage en pâtisserie et en "
	    "boulangerie au Grand-Duché de Luxembourg, à Esch-sur-Alzette";
	struct vt *vt = start("fr");
	const char *row, *shown;
	int r, c, box;

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Search"), WAIT), "search box");
	vt_type(vt, typed);
	VT_CHECK(vt, vt_wait_text(vt, "Luxembourg, à Esch-sur-Alzette", WAIT),
	    "the end of the text in the box");
	box = vt_find_row(vt, "Luxembourg, à Esch-sur-Alzette");
	row = vt_row(vt, box);
	VT_CHECK(vt, strncmp(row, "    > …", strlen("    > …")) == 0,
	    "an ellipsis at the box's left edge: [%s]", row);
	shown = row + strlen("    > …");
	VT_CHECK(vt, strlen(shown) < strlen(typed) && strcmp(typed +
	    strlen(typed) - strlen(shown), shown) == 0,
	    "the end of what was typed after it: [%s]", shown);
	vt_cursor(vt, &r, &c);
	VT_CHECK(vt, r == box && c == utf8_chars(row),
	    "cursor right after the last letter: %d,%d, row of %d columns", r,
	    c, utf8_chars(row));
	VT_CHECK(vt, c < 4 + 72, "cursor inside the box: column %d", c);
	vt_type(vt, "\x15");   /* ^U empties the box */
	vt_type(vt, "pâtisserie");
	VT_CHECK(vt, vt_wait_text(vt, "    > pâtisserie", WAIT),
	    "a text that fits from its start, no ellipsis: [%s]",
	    vt_row(vt, box));
	scenario_quit(vt, WAIT);
}

/*
 * In Portuguese, "choose or change job" lists services one of which has
 * a name that wraps onto a second row: the list takes the rows its
 * labels need, so every service is on screen and no scroll marker claims
 * that something is hidden.
 */
static void
wrapped_list_pt(void)
{
	struct vt *vt = start("pt");
	char *names[16];
	int n = need_services("career", "pt", names, 16), top, last = -1;
	int wraps = 0, marker_col = 75;

	VT_CHECK(vt, n >= 2, "the need lists %d services", n);
	for (int i = 0; i < n; i++)
		/* The label's width at 80 columns: 80 - 8 - "> 1. ". */
		wraps += utf8_chars(names[i]) > 80 - 8 - 5;
	VT_CHECK(vt, wraps > 0, "a service name long enough to wrap");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "What is your question?"), WAIT),
	    "needs first");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, head_of(names[0], 30), WAIT),
	    "the need's services");
	top = vt_find_row(vt, "> 1.");
	VT_CHECK(vt, top > 0, "the list");
	for (int i = 0; i < n; i++) {
		int row = vt_find_row(vt, head_of(names[i], 30));

		VT_CHECK(vt, row >= top, "service %d of %d on screen: %s", i + 1,
		    n, names[i]);
		if (row > last)
			last = row;
	}
	VT_CHECK(vt, last - top + 1 > n, "the list took %d rows for %d "
	    "services (a name wraps)", last - top + 1, n);
	for (int r = top; r < 22; r++) {
		VTermScreenCell mark;

		vt_cell(vt, r, marker_col, &mark);
		VT_CHECK(vt, mark.chars[0] != 'v' && mark.chars[0] != '^',
		    "row %d: a scroll marker though nothing is hidden: [%s]", r,
		    vt_row(vt, r));
	}
	for (int i = 0; i < n; i++)
		free(names[i]);
	scenario_quit(vt, WAIT);
}

/*
 * A need with no service listed (a copy of the catalog without them): its
 * list says so in the visitor's language, cursor on the text, and again
 * in the new language after F2.
 */
static void
empty_need_de(void)
{
	static const char empty[] = "No service is listed here yet. The staff "
	    "at the desk can help you further.";
	char copy[600];
	const char *args[] = { "--catalog", copy, "--lang", "de", NULL };
	struct vt *vt;
	sqlite3 *db;
	int row, col;

	snprintf(copy, sizeof copy, "%s/empty-need.db", scenario_dir());
	if (copy_file(scenario_catalog(), copy) != 0 ||
	    sqlite3_open(copy, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "DELETE FROM need_service", NULL, NULL,
	    NULL) != SQLITE_OK) {
		fprintf(stderr, "check failed: a catalog without need_service\n");
		exit(1);
	}
	sqlite3_close(db);
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("de", "Find a guidance service")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "What is your question?"), WAIT),
	    "the needs");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("de", empty), 30), WAIT),
	    "the empty list says so");
	vt_cursor(vt, &row, &col);
	VT_CHECK(vt, row == vt_find_row(vt, head_of(tr("de", empty), 30)) &&
	    col == 4, "cursor on the text, at %d,%d", row, col);
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Wählen Sie Ihre Sprache", WAIT), "F2");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("nl", empty), 30), WAIT),
	    "the empty list in Dutch");
	scenario_quit(vt, WAIT);
}

/* Enter opens the focused row's page (@page, an msgid shown there); F2
 * there changes the language from @from to @to (@digit, its number on
 * the language screen); Esc goes back to the list (@list, an msgid). */
static void
page_switch_back(struct vt *vt, const char *page, const char *from,
    const char *to, const char *digit, const char *list)
{
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr(from, page), WAIT), "the page");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "F2 on the page");
	vt_type(vt, digit);
	VT_CHECK(vt, vt_wait_text(vt, tr(to, page), WAIT), "the page in %s",
	    to);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr(to, list), WAIT), "back to the list");
}

/* The name in @to of the service whose name in @from starts with @head,
 * from the catalog under test (malloc'd), or NULL. */
static char *
service_name_in(const char *head, const char *from, const char *to)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	char *name = NULL;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(db, "SELECT b.name FROM "
	    "service_text a JOIN service_text b ON b.service_id = a.service_id "
	    "WHERE a.lang = ?2 AND b.lang = ?3 AND substr(a.name, 1, "
	    "length(?1)) = ?1", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "check failed: the service names\n");
		exit(1);
	}
	sqlite3_bind_text(st, 1, head, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return name;
}

/*
 * The services A to Z are sorted by name, in each language its own way:
 * after F2 the focus stays on the service it was on (Dutch row 4,
 * Portuguese another row), not on whatever the new language puts at row
 * 4; back from the language screen and from the service's page alike.
 */
static void
az_switch_keeps_focus_nl(void)
{
	struct vt *vt = start_az("nl");
	char head[40], *pt;
	const char *row, *label;
	int r, c;

	for (int i = 0; i < 3; i++)
		vt_key(vt, VTERM_KEY_DOWN);
	vt_cursor(vt, &r, &c);
	row = vt_row(vt, r);
	label = strstr(row, "> 4. ");
	VT_CHECK(vt, label != NULL, "row 4 focused: [%s]", row);
	snprintf(head, sizeof head, "%s", head_of(label + 5, 25));
	pt = service_name_in(head, "nl", "pt");
	VT_CHECK(vt, pt != NULL, "the service named \"%s\" in Dutch", head);
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Escolha a sua língua", WAIT), "F2");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "All services, A to Z"), WAIT),
	    "A to Z in Portuguese");
	vt_cursor(vt, &r, &c);
	row = vt_row(vt, r);
	VT_CHECK(vt, strstr(row, head_of(pt, 25)) != NULL, "the focus on the "
	    "same service, %s: [%s]", pt, row);
	VT_CHECK(vt, strstr(row, "> 4. ") == NULL, "another row in Portuguese "
	    "(else this test cannot fail): [%s]", row);
	/* Its page, then F2 there and back to the list. */
	page_switch_back(vt, "What they do for you", "pt", "nl", "1",
	    "All services, A to Z");
	vt_cursor(vt, &r, &c);
	VT_CHECK(vt, strstr(vt_row(vt, r), "> 4. ") != NULL, "back on the "
	    "Dutch row 4: [%s]", vt_row(vt, r));
	free(pt);
	scenario_quit(vt, WAIT);
}

/*
 * F2 over the search results keeps the focus on the hit it was on: in
 * Portuguese the third hit for "bakker" is focused, its page opened,
 * the language changed there; back in the Dutch results, that hit is
 * still the focused one (it was the first again).
 */
static void
search_switch_keeps_focus_pt(void)
{
	struct vt *vt = start("pt");
	int r, c;

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("pt", "Type a few letters: "
	    "an occupation, a service, a subject."), 30), WAIT), "search box");
	vt_type(vt, "bakker");
	VT_CHECK(vt, vt_wait_text(vt, "bakkerijmanager", WAIT), "hits");
	for (int i = 0; i < 3; i++)
		vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_wait_text(vt, "> bakkerijmanager", WAIT),
	    "the third hit focused");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "F2");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Search"), WAIT), "Dutch");
	vt_cursor(vt, &r, &c);
	VT_CHECK(vt, strstr(vt_row(vt, r), "> bakkerijmanager") != NULL,
	    "the same hit focused in Dutch: [%s]", vt_row(vt, r));
	/* Its page, F2 there, back. */
	page_switch_back(vt, "Occupation", "nl", "pt", "5", "Search");
	vt_cursor(vt, &r, &c);
	VT_CHECK(vt, strstr(vt_row(vt, r), "> bakkerijmanager") != NULL,
	    "the same hit focused in Portuguese: [%s]", vt_row(vt, r));
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "search-apprent-fr", search_apprent_fr },
		{ "search-baecker-de", search_baecker_de },
		{ "search-wrap", search_wrap },
		{ "search-long-fr", search_long_fr },
		{ "after-tenth-fr", after_tenth_fr },
		{ "newcomer-nl", newcomer_nl },
		{ "detail-contacts-en", detail_contacts_en },
		{ "long-names-fr", long_names_fr },
		{ "scroll-marker-nl", scroll_marker_nl },
		{ "empty-need-de", empty_need_de },
		{ "wrapped-list-pt", wrapped_list_pt },
		{ "az-switch-keeps-focus-nl", az_switch_keeps_focus_nl },
		{ "search-switch-keeps-focus-pt", search_switch_keeps_focus_pt },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
