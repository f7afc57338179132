/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of the counsellor's catalogue at the desk: a service added
 * on the screen is in the list and the search at once; one refused says
 * why, puts the focus on the line at fault and loses nothing typed; the
 * quit key (F10) over a change not saved asks first, as Esc does; the
 * idle warning says that changes not saved will be lost, and the sign-in
 * that they were; and the kiosk's pages that send a walk-in "to the
 * desk" tell the counsellor, who is the desk, what to do instead; in the
 * editor a long value goes on further in than the labels.
 *
 *   test-desk SCENARIO
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "desk.h"
#include "scenario.h"
#include "store/catalog.h"
#include "store/service.h"
#include "util/status.h"

#define WAIT DESK_WAIT
#define NEW "zz-desk-test"

/* The languages of the catalog, in the editor's order. */
static const char *const langs[] = { "nl", "fr", "de", "en", "pt", "lb" };
#define NLANGS (sizeof langs / sizeof langs[0])

/* The service's texts, each "Zebrawerk LANG" and the like; static. */
static const char *
text_of(int field, const char *lang)
{
	static const char *const words[] = { "Zebrawerk", "Summary", "Offer",
		"Audience" };
	static char buf[64];

	snprintf(buf, sizeof buf, "%s %s", words[field], lang);
	return buf;
}

/* The catalog copy's revision, the program gone. */
static long
revision_now(void)
{
	struct catalog *cat;
	long rev;

	if (catalog_open(desk_catalog_copy, &cat) != ORIENTATION_OK)
		exit(1);
	rev = catalog_revision(cat);
	catalog_free(cat);
	return rev;
}

/* On the editor, the focus on a line: give it @value (NULL: leave it),
 * then go down one line. */
static void
fill_line(struct vt *vt, const char *value)
{
	if (value != NULL) {
		vt_key(vt, VTERM_KEY_ENTER);
		vt_type(vt, "\x15");
		vt_type(vt, value);
		vt_key(vt, VTERM_KEY_ENTER);
	}
	vt_key(vt, VTERM_KEY_DOWN);
}

/* The question above the providers. */
#define WHICH_PROVIDER "Which provider offers the new service?"

/* On the provider's line in @lang: open the list of providers and tap
 * the one with id @id; then go down one line. */
static void
choose_provider(struct vt *vt, const char *lang, const char *id)
{
	char drawn[80];

	snprintf(drawn, sizeof drawn, "[%s]", id);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, WHICH_PROVIDER), WAIT),
	    "the providers");
	vt_click(vt, vt_find_row(vt, drawn), 10);
	VT_CHECK(vt, vt_wait_gone(vt, tr(lang, WHICH_PROVIDER), WAIT),
	    "back to the lines");
	VT_CHECK(vt, desk_has_wrapped(vt, drawn), "%s chosen", id);
	vt_key(vt, VTERM_KEY_DOWN);
}

/* From the counsellor's menu in @lang: the screen to add a service,
 * every line filled in from the top, but the name in @skip (NULL: none)
 * and with the provider of id @provider (NULL: none chosen). */
static void
add_filled(struct vt *vt, const char *lang, const char *provider,
    const char *skip)
{
	char row[200];

	vt_click(vt, vt_find_row(vt, tr(lang, "Add a service")), 10);
	snprintf(row, sizeof row, tr(lang, "%s: %s"), tr(lang, "Provider"),
	    "");
	VT_CHECK(vt, vt_wait_text(vt, head_of(row, strlen(row) - 1), WAIT),
	    "add screen");
	fill_line(vt, NEW);
	if (provider != NULL)
		choose_provider(vt, lang, provider);
	else
		fill_line(vt, NULL);
	for (int k = 0; k < 4; k++)     /* address, web, e-mail, phone */
		fill_line(vt, NULL);
	fill_line(vt, "fr;de");
	fill_line(vt, "adem.public.lu");
	for (int field = 0; field < 4; field++)
		for (size_t i = 0; i < NLANGS; i++)
			fill_line(vt, field == 0 && skip != NULL &&
			    strcmp(skip, langs[i]) == 0 ? NULL :
			    text_of(field, langs[i]));
	fill_line(vt, "jobseeker");
}

/* "Add the service", at the end of the lines. */
static void
add_it(struct vt *vt, const char *lang)
{
	char row[200];

	snprintf(row, sizeof row, "> %s", tr(lang, "Add the service"));
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, row, WAIT), "the add line");
	vt_key(vt, VTERM_KEY_ENTER);
}

/* The audit rows of anna's catalogue changes to NEW, or -1. */
static long
audited(void)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long n = -1;

	if (sqlite3_open_v2(scenario_state(), &db, SQLITE_OPEN_READONLY,
	    NULL) == SQLITE_OK && sqlite3_prepare_v2(db, "SELECT count(*) "
	    "FROM audit WHERE who = 'anna' AND action = 'catalog change' "
	    "AND detail = '" NEW "'", -1, &stmt, NULL) == SQLITE_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			n = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	return n;
}

/* A counsellor adds a service in English: the editor shows it as saved
 * (checked today, its provider, its lines) and says it was added; it is
 * in the catalogue in every language, in the audit trail, in the list
 * of services to edit and in the search. */
static void
add_service(void)
{
	struct vt *vt = desk_signed_in("en");
	long rev = desk_revision(vt);
	struct catalog *cat;
	struct service_detail d;
	time_t now = time(NULL);
	char today[11], head[100];
	int row;

	add_filled(vt, "en", "adem", NULL);
	add_it(vt, "en");
	VT_CHECK(vt, vt_wait_text(vt, "Added. Kiosks show the new service",
	    WAIT), "added");
	strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
	snprintf(head, sizeof head, "%s, last checked %s", NEW, today);
	VT_CHECK(vt, vt_has_text(vt, "Edit a service") &&
	    vt_has_text(vt, head), "the editor on it, checked today");
	VT_CHECK(vt, vt_has_text(vt, "Provider: Employment Development Agency "
	    "(ADEM) [adem]"), "its provider");
	VT_CHECK(vt, vt_has_text(vt, "Source: adem.public.lu") &&
	    vt_has_text(vt, "Name [nl]: Zebrawerk nl"), "its lines as saved");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT),
	    "Esc: back at the menu");
	VT_CHECK(vt, desk_revision(vt) == rev + 1, "one revision");
	VT_CHECK(vt, audited() == 1, "in the audit trail, as an edit is");
	VT_CHECK(vt, catalog_open(desk_catalog_copy, &cat) == ORIENTATION_OK,
	    "catalog");
	for (size_t i = 0; i < NLANGS; i++) {
		VT_CHECK(vt, service_detail_load(cat, NEW, langs[i], &d) ==
		    ORIENTATION_OK && strcmp(d.name, text_of(0, langs[i])) == 0,
		    "its name in %s", langs[i]);
		service_detail_free(&d);
	}
	catalog_free(cat);

	/* In the list of services to edit, A to Z (at the end). */
	vt_click(vt, vt_find_row(vt, "Edit a service"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "service list");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "> Zebrawerk en", WAIT), "in the list");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, NEW ", last checked", WAIT),
	    "opened for an edit, checked today");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");

	/* And in the search, at once. */
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "zebrawerk");
	VT_CHECK(vt, vt_wait_text(vt, "Zebrawerk en", WAIT), "found");
	row = vt_find_row(vt, "Zebrawerk en");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "Summary en", WAIT), "its page");
	scenario_quit(vt, WAIT);
}

/* In French, a service without a provider is refused with the message
 * for it and the focus on its line; one chosen (by its number in the
 * list), a service without its name in Luxembourgish is refused with
 * the message for an empty name, the focus on that line and every other
 * line as typed; and so is a placeholder ("TODO") for a text.  Put
 * right, it is added. */
static void
add_refused_fr(void)
{
	struct vt *vt = desk_signed_in("fr");
	long rev = desk_revision(vt);
	char row[300], typed[200];

	add_filled(vt, "fr", NULL, "lb");
	add_it(vt, "fr");
	VT_CHECK(vt, desk_has_wrapped(vt, tr("fr",
	    status_msgid(ORIENTATION_EMPTY_PROVIDER))), "no provider, in fr");
	snprintf(row, sizeof row, tr("fr", "%s: %s"), tr("fr", "Provider"), "");
	snprintf(typed, sizeof typed, "> %.*s", (int)strlen(row) - 1, row);
	VT_CHECK(vt, vt_has_text(vt, typed), "the focus on the provider");
	VT_CHECK(vt, desk_revision(vt) == rev, "nothing added");
	/* The first in French is the ADEM, by its name. */
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", WHICH_PROVIDER), WAIT),
	    "the providers");
	VT_CHECK(vt, vt_has_text(vt, "> 1. Agence pour le développement de "
	    "l'emploi (ADEM) [adem]"), "named in French, A to Z");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_gone(vt, tr("fr", WHICH_PROVIDER), WAIT),
	    "chosen");

	add_it(vt, "fr");
	VT_CHECK(vt, desk_has_wrapped(vt, tr("fr",
	    status_msgid(ORIENTATION_EMPTY_NAME))), "why, in French");
	snprintf(row, sizeof row, tr("fr", "%s [%s]: %s"), tr("fr", "Name"),
	    "lb", "");
	snprintf(typed, sizeof typed, "> %.*s", (int)strlen(row) - 1, row);
	VT_CHECK(vt, vt_has_text(vt, typed), "the focus on the name in lb");
	snprintf(row, sizeof row, tr("fr", "%s [%s]: %s"), tr("fr", "Summary"),
	    "pt", "Summary pt");
	VT_CHECK(vt, vt_has_text(vt, row), "the other lines kept");
	VT_CHECK(vt, desk_revision(vt) == rev, "still nothing added");
	fill_line(vt, "Zebrawerk lb");
	/* Esc asks before the lines typed are dropped. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, desk_has_wrapped(vt, head_of(tr("fr", "The service is not "
	    "added. Press Esc again to leave without it, or choose \"Add the "
	    "service\"."), 30)), "asked");
	/* A placeholder for a text in lb (the last text line) is no text
	 * either: the focus goes to it. */
	vt_key(vt, VTERM_KEY_END);
	for (int i = 0; i < 3; i++)
		vt_key(vt, VTERM_KEY_UP);
	fill_line(vt, "TODO");
	add_it(vt, "fr");
	VT_CHECK(vt, desk_has_wrapped(vt, tr("fr",
	    status_msgid(ORIENTATION_PLACEHOLDER_TEXT))), "no placeholder");
	snprintf(typed, sizeof typed, tr("fr", "%s [%s]: %s"),
	    tr("fr", "For whom"), "lb", "TODO");
	snprintf(row, sizeof row, "> %s", typed);
	VT_CHECK(vt, vt_has_text(vt, row), "the focus on the placeholder");
	fill_line(vt, "Audience lb");
	add_it(vt, "fr");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "Added. Kiosks show the "
	    "new service to their next visitor."), 20), WAIT), "added");
	VT_CHECK(vt, desk_revision(vt) == rev + 1, "added once");
	scenario_quit(vt, WAIT);
}

/* In German at 80x24, the add screen's help fits its box; the list of
 * providers shows every provider of the catalog at once, each named in
 * German with its id; it opens on the one chosen, Esc keeps it, the
 * arrows and Enter choose another, and after a change of language (F2)
 * the names are in the new language, sorted again, the focus on the
 * same provider. */
static void
provider_list_de(void)
{
	static const char *const ids[] = { "adem", "asti", "cc", "cdm",
		"cepas", "clae", "csl", "higher-ed", "hot", "info-handicap",
		"infpc", "mo", "sfa", "sia", "snj", "uni" };
	struct vt *vt = desk_signed_in("de");
	char drawn[80];

	add_filled(vt, "de", "uni", NULL);
	/* The help says the provider is chosen from a list, and its last
	 * line ("... anklicken oder antippen.") is not cut at 80x24. */
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, "(den Träger aus einer Liste)", WAIT) &&
	    vt_has_text(vt, "antippen."), "the whole help in German");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_gone(vt, "antippen.", WAIT), "help closed");
	vt_key(vt, VTERM_KEY_HOME);
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_has_text(vt, "Universität Luxemburg [uni]"),
	    "the provider's line names it in German");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", WHICH_PROVIDER), WAIT),
	    "the providers");
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		snprintf(drawn, sizeof drawn, "[%s]", ids[i]);
		VT_CHECK(vt, vt_has_text(vt, drawn), "%s on screen", ids[i]);
	}
	VT_CHECK(vt, vt_has_text(vt, "Luxemburger Arbeitsagentur (ADEM) "
	    "[adem]"), "in German");
	VT_CHECK(vt, vt_has_text(vt, ">    Universität Luxemburg [uni]"),
	    "the focus on the one chosen");
	/* Esc keeps it. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_gone(vt, tr("de", WHICH_PROVIDER), WAIT), "back");
	VT_CHECK(vt, vt_has_text(vt, "Universität Luxemburg [uni]"), "kept");
	/* Up and Enter: the one before it in German. */
	vt_key(vt, VTERM_KEY_ENTER);
	vt_key(vt, VTERM_KEY_UP);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_gone(vt, tr("de", WHICH_PROVIDER), WAIT),
	    "chosen");
	VT_CHECK(vt, vt_has_text(vt, "Nationales Institut für berufliche "
	    "Weiterbildung (INFPC) [infpc]"), "the one above it");
	/* In French the same provider is focused, by its French name. */
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", WHICH_PROVIDER), WAIT),
	    "the providers again");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Français", WAIT), "the languages");
	vt_click(vt, vt_find_row(vt, "Français"), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", WHICH_PROVIDER), WAIT),
	    "the providers in French");
	VT_CHECK(vt, vt_has_text(vt, "> 0. Institut national pour le "
	    "développement"), "the same one focused, tenth in French");
	/* F10 asks first: a service is half typed. */
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "The service is not "
	    "added. Press %s again to quit without it, or choose \"Add the "
	    "service\"."), 20), WAIT), "asked");
	scenario_quit(vt, WAIT);
}

/* The editor in German with the address changed: F10 asks (naming the
 * key) and stays, as it does while a line is typed; a second F10 quits
 * without the change. */
static void
quit_unsaved_de(void)
{
	struct vt *vt = desk_signed_in("de");
	long rev = desk_revision(vt);
	const char *asked = head_of(tr("de", "The changes are not saved. Press "
	    "%s again to quit without them, or choose \"Save the changes\"."),
	    20);
	char row[200];

	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(row, sizeof row, "%s:", tr("de", "Address"));
	VT_CHECK(vt, vt_wait_text(vt, row, WAIT), "editor");
	/* Typed but not yet taken with Enter. */
	vt_key(vt, VTERM_KEY_ENTER);
	vt_type(vt, "\x15Zwischenstand 2");
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	VT_CHECK(vt, vt_wait_text(vt, asked, WAIT), "asked while typing");
	VT_CHECK(vt, desk_has_wrapped(vt, "F10"), "the key named");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Zwischenstand 2", WAIT), "taken");
	/* Another key, then F10: asked again. */
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	VT_CHECK(vt, vt_wait_text(vt, asked, WAIT), "asked again");
	VT_CHECK(vt, vt_has_text(vt, "Zwischenstand 2"), "the change is there");
	/* The second F10 quits (status 0), and nothing was saved. */
	scenario_quit(vt, WAIT);
	if (revision_now() != rev) {
		fprintf(stderr, "F10 saved the change\n");
		exit(1);
	}
}

/* A counsellor in French left idle (the counsellor's countdown, 3
 * seconds): on the menu the warning says only that they will be signed
 * out; with a change not saved in the editor, that it will be lost, and
 * the sign-in then says it was.  (A key that answers the warning does
 * nothing else.) */
static void
idle_unsaved_fr(void)
{
	char row[200];
	/* Idle long enough for the steps between two warnings, even on a
	 * loaded machine. */
	const char *args[] = { "--counselor", "--lang", "fr", "--catalog",
	    desk_copy_catalog(), "--config", desk_settings("[counselor]\n"
	    "idle_seconds = 5\nwarning_seconds = 3\n"), NULL };
	const char *lost = "les modifications non enregistrées seront perdues";
	struct vt *vt;

	vt = desk_signed_in_with("fr", args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Are you still there?"), WAIT),
	    "idle warning");
	VT_CHECK(vt, !desk_has_wrapped(vt, lost), "nothing to lose on the menu");
	vt_key(vt, VTERM_KEY_DOWN);     /* still here */
	VT_CHECK(vt, vt_wait_gone(vt, tr("fr", "Are you still there?"), WAIT),
	    "the warning goes");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(row, sizeof row, tr("fr", "%s: %s"), tr("fr", "Address"), "");
	VT_CHECK(vt, vt_wait_text(vt, head_of(row, strlen(row) - 1), WAIT),
	    "editor");
	vt_key(vt, VTERM_KEY_ENTER);
	vt_type(vt, "\x15" "Brouillon 3\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Are you still there?"), WAIT),
	    "idle warning in the editor");
	VT_CHECK(vt, desk_has_wrapped(vt, lost), "the change will be lost");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Counsellor sign-in"), WAIT),
	    "signed out");
	VT_CHECK(vt, desk_has_wrapped(vt, tr("fr", "You were signed out: nothing "
	    "was typed for a while. The changes not saved were lost.")),
	    "and told the change was lost");
	scenario_quit(vt, WAIT);
}

/* The kiosk's service page sends a walk-in to the desk; the counsellor,
 * who is the desk, reads what to do instead: check the facts before
 * passing them on, and add the contact details a service lacks. */
static void
desk_words(void)
{
	const char *args[] = { "--counselor", "--lang", "en", "--catalog",
	    desk_copy_catalog(), NULL };
	sqlite3 *db;
	struct vt *vt;

	/* Info-Handicap and its provider without any contact detail. */
	if (sqlite3_open(desk_catalog_copy, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "UPDATE service SET address = NULL, web = NULL, "
	    "email = NULL, phone = NULL WHERE id = 'info-handicap'; "
	    "UPDATE provider SET address = NULL, web = NULL, email = NULL, "
	    "phone = NULL WHERE id = (SELECT provider_id FROM service "
	    "WHERE id = 'info-handicap')", NULL, NULL, NULL) != SQLITE_OK)
		exit(1);
	sqlite3_close(db);
	vt = desk_signed_in_with("en", args, NULL);
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "Info-Handicap");
	VT_CHECK(vt, vt_wait_text(vt, "> Info-Handicap", WAIT), "found");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "How to reach them", WAIT), "its page");
	for (int i = 0; i < 4 && !desk_has_wrapped(vt, "pass it on"); i++)
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	VT_CHECK(vt, desk_has_wrapped(vt, "No contact details are confirmed "
	    "yet: check them and add them under \"Edit a service\"."),
	    "what to do about the missing details");
	VT_CHECK(vt, desk_has_wrapped(vt, "This information may be out of "
	    "date: check it before you pass it on."), "check before");
	VT_CHECK(vt, !vt_has_text(vt, "desk"), "not sent to the desk");
	scenario_quit(vt, WAIT);
}

/* In the editor (German), a value too long for its row goes on four
 * columns further in than the labels, so that its second row is not
 * read as a line of its own: every row that starts at the labels'
 * column is a line ("label: value"), and some rows go on further in. */
static void
wrap_indent_de(void)
{
	struct vt *vt = desk_signed_in("de");
	char label[64];
	int row, col, further = 0;

	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(label, sizeof label, "%s [nl]: ", tr("de", "Summary"));
	VT_CHECK(vt, vt_wait_text(vt, label, WAIT), "editor: %s", label);
	row = vt_find_row(vt, label);
	col = (int)(strstr(vt_row(vt, row), label) - vt_row(vt, row));
	for (int r = row; r < 22; r++) {
		const char *text = vt_row(vt, r);
		int first = (int)strspn(text, " >");

		if (text[first] == '\0' || first < col)
			continue;
		if (first == col)
			VT_CHECK(vt, strstr(text, ": ") != NULL,
			    "row %d at the labels' column is not a line", r);
		else
			further += first >= col + 4;
	}
	VT_CHECK(vt, further > 0, "no value goes on further in");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "add-service", add_service },
		{ "add-refused-fr", add_refused_fr },
		{ "provider-list-de", provider_list_de },
		{ "quit-unsaved-de", quit_unsaved_de },
		{ "idle-unsaved-fr", idle_unsaved_fr },
		{ "desk-words", desk_words },
		{ "wrap-indent-de", wrap_indent_de },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
