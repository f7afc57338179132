/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of the counsellor's catalogue: a renamed service in the
 * list, a phone of the wrong form refused by the service editor, an edit
 * not saved that one Esc does not lose; the CSV import: a services file
 * exported from the same copy and changed in one field is checked, then
 * applied; files with errors are refused whole, each error listed with
 * its line and column in the counsellor's language; the labour-market
 * file likewise; a file named without its folder, a message longer than
 * two rows, and a second export of the day that leaves the first alone.
 *
 *   test-counselor-catalog SCENARIO
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "desk.h"
#include "scenario.h"
#include "store/catalog.h"
#include "store/csv-read.h"
#include "store/csv-write.h"
#include "store/service.h"

#define WAIT DESK_WAIT

/* Set field @col of row @row of @cf to @value. */
static void
set_cell(struct csv_file *cf, size_t row, int col, const char *value)
{
	free(cf->rows[row].f[col]);
	cf->rows[row].f[col] = strdup(value);
	cf->rows[row].len[col] = strlen(value);
}

/* Write @cf to @name in the scratch folder; @return the path (static). */
static const char *
write_csv(struct vt *vt, const struct csv_file *cf, const char *name)
{
	static char path[600];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", scenario_dir(), name);
	f = fopen(path, "w");
	VT_CHECK(vt, f != NULL, "%s", path);
	for (size_t i = 0; i < cf->n; i++)
		csv_write_row(f, (const char *const *)cf->rows[i].f,
		    (size_t)cf->rows[i].n);
	VT_CHECK(vt, fclose(f) == 0, "%s written", path);
	return path;
}

/* On the import screen: choose entry @key ("3" services, "4" LMI), give
 * @path instead of the path given before (the field keeps it) and press
 * Enter (the check). */
static void
give_file(struct vt *vt, const char *lang, const char *key, const char *path)
{
	vt_type(vt, key);
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr(lang, "Path of the CSV file "
	    "(Enter checks it, Esc cancels):"), 30), WAIT), "path prompt");
	vt_type(vt, "\x15");
	vt_type(vt, path);
	vt_type(vt, "\r");
}

/* The check's summary in @lang for @rows rows, one item and @fields
 * fields changed. */
static const char *
one_change(const char *lang, size_t rows, size_t fields)
{
	static char buf[600];

	snprintf(buf, sizeof buf, tr(lang, "The file is correct. Rows read: %zu. "
	    "Items that would change: %zu. Fields that would change: %zu. "
	    "Press Enter on the same line again to apply it."), rows,
	    (size_t)1, fields);
	return buf;
}

/* "line L, column C: REASON (DETAIL)" in @lang, as the screen lists it. */
static const char *
error_line(const char *lang, long line, int column, const char *reason,
    const char *detail)
{
	static char buf[400];
	int n = snprintf(buf, sizeof buf, tr(lang, "line %ld, column %d: %s"),
	    line, column, tr(lang, reason));

	if (detail != NULL)
		snprintf(buf + n, sizeof buf - (size_t)n, " (%s)", detail);
	return buf;
}

/* The texts of service @id in @lang from the catalog copy. */
static void
service_in_copy(struct vt *vt, const char *id, const char *lang,
    struct service_detail *sd)
{
	struct catalog *cat;

	VT_CHECK(vt, catalog_open(desk_catalog_copy, &cat) == ORIENTATION_OK,
	    "catalog copy opens");
	VT_CHECK(vt, service_detail_load(cat, id, lang, sd) == ORIENTATION_OK,
	    "service %s in %s", id, lang);
	catalog_free(cat);
}

/* The first data row of @cf in @lang. */
static size_t
row_in(struct vt *vt, const struct csv_file *cf, const char *lang)
{
	for (size_t i = 1; i < cf->n; i++)
		if (strcmp(cf->rows[i].f[1], lang) == 0)
			return i;
	VT_CHECK(vt, false, "no row in %s", lang);
	return 0;
}

/* The labour-market facts of the occupation with ESCO code @code in the
 * catalog copy, as "apprenticeship|shortage|source|checked" (static). */
static const char *
lmi_in_copy(struct vt *vt, const char *code)
{
	static char buf[600];
	sqlite3 *db;
	sqlite3_stmt *st;

	VT_CHECK(vt, sqlite3_open_v2(desk_catalog_copy, &db, SQLITE_OPEN_READONLY,
	    NULL) == SQLITE_OK && sqlite3_prepare_v2(db,
	    "SELECT quote(l.apprenticeship) || '|' || quote(l.shortage) || '|' "
	    "|| l.source || '|' || l.checked FROM occupation o "
	    "JOIN occupation_lmi l ON l.occupation_id = o.id "
	    "WHERE o.esco_code = ?", -1, &st, NULL) == SQLITE_OK, "lmi query");
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	snprintf(buf, sizeof buf, "%s", sqlite3_step(st) == SQLITE_ROW ?
	    (const char *)sqlite3_column_text(st, 0) : "none");
	sqlite3_finalize(st);
	sqlite3_close(db);
	return buf;
}

/* From the counsellor's menu (English): the CSV screen, and the
 * services exported. */
static void
export_services(struct vt *vt)
{
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, "Export the services", WAIT), "CSV screen");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Saved: ", WAIT), "exported");
}

/* A renamed service shows under its new name in the list the counsellor
 * comes back to (the list screen's resume), without leaving it. */
static void
rename_in_list(void)
{
	struct vt *vt = desk_signed_in("en");

	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "service list");
	VT_CHECK(vt, !vt_has_text(vt, "Zz renamed"), "not there yet");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Name [en]:", WAIT), "edit screen");
	desk_edit_and_save(vt, "Name [en]:", "Zz renamed", "Name [en]: Zz renamed");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "back to the list");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "Zz renamed", WAIT),
	    "the list shows the new name, last from A to Z");
	desk_back_to_menu(vt);
	scenario_quit(vt, WAIT);
}

/* A counsellor working in French exports the services, renames one
 * service in French in the file, checks it (nothing changes yet), then
 * applies it: the catalogue and the service list show the new name. */
static void
import_services(void)
{
	static const char *const msgids[] = { "Import services from a CSV file",
	    "Imported. Kiosks show the changes to their next visitor.",
	    "The file is correct. Rows read: %zu. Items that would change: "
	    "%zu. Fields that would change: %zu. Press Enter on the same line "
	    "again to apply it.", NULL };
	const char *name = "Zz Service renommé à l'import";
	struct vt *vt = desk_signed_in("fr");
	struct service_detail sd, en;
	struct csv_file cf;
	char id[100], old[400];
	size_t r;
	long rev;

	desk_translated(vt, "fr", msgids);
	desk_export_and_read(vt, "fr", "1", "services-", &cf);
	r = row_in(vt, &cf, "fr");
	snprintf(id, sizeof id, "%s", cf.rows[r].f[0]);
	snprintf(old, sizeof old, "%s", cf.rows[r].f[2]);
	service_in_copy(vt, id, "en", &en);
	set_cell(&cf, r, 2, name);
	give_file(vt, "fr", "3", write_csv(vt, &cf, "services-edited.csv"));
	VT_CHECK(vt, desk_has_wrapped(vt, one_change("fr", cf.n - 1, 1)),
	    "the check finds one change in %zu rows", cf.n - 1);
	csv_read_free(&cf);

	/* Checked, not applied. */
	rev = desk_revision(vt);
	service_in_copy(vt, id, "fr", &sd);
	VT_CHECK(vt, strcmp(sd.name, old) == 0, "a check changes nothing: [%s]",
	    sd.name);
	service_detail_free(&sd);

	/* The second Enter on the same line applies it. */
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "Imported. Kiosks show "
	    "the changes to their next visitor."), 30), WAIT), "imported");
	VT_CHECK(vt, desk_revision(vt) == rev + 1, "one change, one revision");
	service_in_copy(vt, id, "fr", &sd);
	VT_CHECK(vt, strcmp(sd.name, name) == 0, "new name in French: [%s]",
	    sd.name);
	service_detail_free(&sd);
	/* The other languages keep theirs. */
	service_in_copy(vt, id, "en", &sd);
	VT_CHECK(vt, strcmp(sd.name, en.name) == 0, "English name kept: [%s]",
	    sd.name);
	service_detail_free(&sd);
	service_detail_free(&en);

	/* The service list shows the new name, last from A to Z. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, name, WAIT), "the list shows the import");
	scenario_quit(vt, WAIT);
}

/* A counsellor working in German gives a services file with errors and
 * one correct change: every error is listed with its line and column in
 * German, and nothing is saved, not even the correct change. */
static void
import_errors(void)
{
	static const char *const msgids[] = { "line %ld, column %d: %s",
	    "unknown language", "must not be empty",
	    "The file has errors; nothing was changed.", NULL };
	struct vt *vt = desk_signed_in("de");
	struct service_detail sd;
	struct csv_file cf;
	char id[100], old[400];
	long rev, lines[3];

	desk_translated(vt, "de", msgids);
	desk_export_and_read(vt, "de", "1", "services-", &cf);
	for (int i = 0; i < 3; i++)
		lines[i] = cf.rows[i + 1].line;
	set_cell(&cf, 1, 1, "xx");
	set_cell(&cf, 2, 2, "");
	snprintf(id, sizeof id, "%s", cf.rows[3].f[0]);
	snprintf(old, sizeof old, "%s", cf.rows[3].f[2]);
	set_cell(&cf, 3, 2, "Zz darf nicht gespeichert werden");
	{
		const char *lang = cf.rows[3].f[1];

		rev = desk_revision(vt);
		give_file(vt, "de", "3", write_csv(vt, &cf, "services-bad.csv"));
		VT_CHECK(vt, vt_wait_text(vt, head_of(tr("de", "The file has "
		    "errors; nothing was changed."), 30), WAIT), "refused");
		VT_CHECK(vt, vt_has_text(vt, error_line("de", lines[0], 2,
		    "unknown language", "xx")), "the language's error");
		VT_CHECK(vt, vt_has_text(vt, error_line("de", lines[1], 3,
		    "must not be empty", NULL)), "the empty name's error");
		VT_CHECK(vt, !desk_has_wrapped(vt, head_of(tr("de", "The file is "
		    "correct."), 20)), "not offered to apply");
		VT_CHECK(vt, desk_revision(vt) == rev, "nothing saved");
		service_in_copy(vt, id, lang, &sd);
		VT_CHECK(vt, strcmp(sd.name, old) == 0,
		    "the correct change was not saved either: [%s]", sd.name);
		service_detail_free(&sd);
	}
	csv_read_free(&cf);
	/* Choosing the import again asks for a file: a refused file is
	 * never applied. */
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("de", "Path of the CSV file "
	    "(Enter checks it, Esc cancels):"), 30), WAIT), "asks again");
	VT_CHECK(vt, desk_revision(vt) == rev, "still nothing saved");
	vt_key(vt, VTERM_KEY_ESCAPE);
	scenario_quit(vt, WAIT);
}

/* A counsellor working in Dutch exports the labour-market facts, gives
 * a file with a bad yes/no and a future date (refused, both listed in
 * Dutch), then one with one occupation marked as a shortage occupation
 * (applied). */
static void
import_lmi(void)
{
	static const char *const msgids[] = {
	    "Import labour-market facts from a CSV file",
	    "must be yes, no or empty", "the date is in the future",
	    "The file has errors; nothing was changed.", NULL };
	struct vt *vt = desk_signed_in("nl");
	struct csv_file cf;
	char code[100], before[600], expect[600];
	size_t r = 1;
	long rev;

	desk_translated(vt, "nl", msgids);
	desk_export_and_read(vt, "nl", "2", "labour-market-", &cf);
	VT_CHECK(vt, vt_has_text(vt, tr("nl", "Import labour-market facts from "
	    "a CSV file")), "the screen offers the labour-market import");
	/* An occupation not marked a shortage occupation yet. */
	while (r < cf.n && strcmp(cf.rows[r].f[2], "yes") == 0)
		r++;
	VT_CHECK(vt, r + 2 < cf.n, "an occupation to change");
	snprintf(code, sizeof code, "%s", cf.rows[r].f[0]);
	snprintf(before, sizeof before, "%s", lmi_in_copy(vt, code));
	set_cell(&cf, r, 2, "yes");
	set_cell(&cf, r, 3, "Import test");
	/* Checked on a day in the past wherever the test runs. */
	set_cell(&cf, r, 4, "2024-06-30");
	rev = desk_revision(vt);

	/* With two errors beside it: refused whole. */
	{
		long l1 = cf.rows[r + 1].line, l2 = cf.rows[r + 2].line;
		char *keep1 = cf.rows[r + 1].f[1], *keep2 = cf.rows[r + 2].f[4];
		char *src2 = cf.rows[r + 2].f[3];

		cf.rows[r + 1].f[1] = (char *)"maybe";
		cf.rows[r + 2].f[4] = (char *)"2999-01-01";
		if (src2[0] == '\0')
			cf.rows[r + 2].f[3] = (char *)"Import test";
		give_file(vt, "nl", "4", write_csv(vt, &cf, "lmi-bad.csv"));
		cf.rows[r + 1].f[1] = keep1;
		cf.rows[r + 2].f[4] = keep2;
		cf.rows[r + 2].f[3] = src2;
		VT_CHECK(vt, vt_wait_text(vt, head_of(tr("nl", "The file has "
		    "errors; nothing was changed."), 30), WAIT), "refused");
		VT_CHECK(vt, vt_has_text(vt, error_line("nl", l1, 2,
		    "must be yes, no or empty", "maybe")), "the yes/no error");
		VT_CHECK(vt, vt_has_text(vt, error_line("nl", l2, 5,
		    "the date is in the future", "2999-01-01")), "the date error");
		VT_CHECK(vt, desk_revision(vt) == rev, "nothing saved");
		VT_CHECK(vt, strcmp(lmi_in_copy(vt, code), before) == 0,
		    "the correct row was not saved: %s", lmi_in_copy(vt, code));
	}

	/* The correct file alone: checked, then applied. */
	give_file(vt, "nl", "4", write_csv(vt, &cf, "lmi-good.csv"));
	VT_CHECK(vt, desk_has_wrapped(vt, one_change("nl", cf.n - 1, 3)),
	    "checked: shortage, source and date");
	VT_CHECK(vt, desk_revision(vt) == rev, "a check saves nothing");
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("nl", "Imported. Kiosks show "
	    "the changes to their next visitor."), 30), WAIT), "imported");
	snprintf(expect, sizeof expect, "%s|1|Import test|2024-06-30",
	    cf.rows[r].f[1][0] == '\0' ? "NULL" :
	    strcmp(cf.rows[r].f[1], "yes") == 0 ? "1" : "0");
	VT_CHECK(vt, strcmp(lmi_in_copy(vt, code), expect) == 0,
	    "%s: %s, not %s", code, lmi_in_copy(vt, code), expect);
	VT_CHECK(vt, desk_revision(vt) == rev + 1, "one revision");
	csv_read_free(&cf);
	scenario_quit(vt, WAIT);
}

/* A counsellor working in French types "abc" as a service's phone: the
 * editor refuses it with the message, in French, of what a phone number
 * must be, and keeps "abc" in the line; nothing is saved.  Put right,
 * the number is taken and saved. */
static void
bad_phone_fr(void)
{
	static const char *const msgids[] = { "Phone", "Which service?",
	    "New value (Enter keeps it, Esc cancels):", NULL };
	struct vt *vt = desk_signed_in("fr");
	char phone_row[100], phone_label[100], want[200];
	const char *msg = tr("fr", status_msgid(ORIENTATION_BAD_PHONE));
	int r;
	long rev;

	desk_translated(vt, "fr", msgids);
	VT_CHECK(vt, strcmp(msg, status_msgid(ORIENTATION_BAD_PHONE)) != 0,
	    "the phone's message is not translated into French");
	snprintf(phone_row, sizeof phone_row, tr("fr", "%s: %s"),
	    tr("fr", "Phone"), "");
	/* The row as the screen reads back: without its trailing blank. */
	snprintf(phone_label, sizeof phone_label, "%.*s",
	    (int)(strlen(phone_row) - 1), phone_row);
	rev = desk_revision(vt);
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, phone_label, WAIT), "edit screen");
	vt_click(vt, vt_find_row(vt, phone_label), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "New value (Enter keeps it, Esc "
	    "cancels):"), WAIT), "editing");
	vt_type(vt, "\x15");
	vt_type(vt, "abc");
	vt_type(vt, "\r");
	VT_CHECK(vt, desk_has_wrapped(vt, msg), "the phone's message in French");
	r = vt_find_row(vt, tr("fr", "New value (Enter keeps it, Esc cancels):"));
	VT_CHECK(vt, r >= 0 && strstr(vt_row(vt, r + 1), "abc") != NULL,
	    "still editing, \"abc\" kept in the line");
	/* The footer's F1 works over the line, which stays as typed. */
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "shows this help")), "F1: help");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, r >= 0 && strstr(vt_row(vt, r + 1), "abc") != NULL,
	    "after the help, \"abc\" still in the line");
	snprintf(want, sizeof want, "%sabc", phone_row);
	VT_CHECK(vt, !vt_has_text(vt, want), "the service's phone is not abc");
	VT_CHECK(vt, desk_revision(vt) == rev, "nothing saved");

	/* Put right: taken, then saved. */
	vt_type(vt, "\x15");
	vt_type(vt, "+352 26 12 34");
	vt_type(vt, "\r");
	snprintf(want, sizeof want, "%s+352 26 12 34", phone_row);
	VT_CHECK(vt, vt_wait_text(vt, want, WAIT), "the number is taken");
	VT_CHECK(vt, !desk_has_wrapped(vt, msg), "the message is gone");
	vt_key(vt, VTERM_KEY_END);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "Saved. Kiosks show the "
	    "change to their next visitor."), 20), WAIT), "saved");
	VT_CHECK(vt, desk_revision(vt) == rev + 1, "one revision");
	scenario_quit(vt, WAIT);
}

/* A changed line not saved is not lost to one Esc, typed or tapped in
 * the footer, or to Backspace: the editor says so (German) and stays; a
 * second Esc leaves without the change, which the catalogue never got.
 * Without a change, one Esc leaves. */
static void
unsaved_de(void)
{
	struct vt *vt = desk_signed_in("de");
	char row[200];
	const char *footer_esc;
	/* What the editor says when changes would be left unsaved. */
	const char *asked = tr("de", "The changes are not saved. Press Esc "
	    "again to leave without them, or choose \"Save the changes\".");

	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Which service?"), WAIT),
	    "service list");
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(row, sizeof row, "%s:", tr("de", "Address"));
	VT_CHECK(vt, vt_wait_text(vt, row, WAIT), "editor");
	/* Nothing changed: Esc leaves at once. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Which service?"), WAIT),
	    "left the unchanged service");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, row, WAIT), "editor again");
	vt_click(vt, vt_find_row(vt, row), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de",
	    "New value (Enter keeps it, Esc cancels):"), WAIT), "editing");
	vt_type(vt, "\x15Zwischenstand Straße 1\r");
	VT_CHECK(vt, vt_wait_text(vt, "Zwischenstand Straße 1", WAIT), "changed");
	/* "Esc" tapped in the footer is Esc. */
	footer_esc = strstr(vt_row(vt, 23), "Esc");
	VT_CHECK(vt, footer_esc != NULL, "Esc in the footer");
	vt_click(vt, 23, (int)(footer_esc - vt_row(vt, 23)) + 1);
	VT_CHECK(vt, vt_wait_text(vt, head_of(asked, 30), WAIT),
	    "asked before leaving");
	VT_CHECK(vt, vt_has_text(vt, "Zwischenstand Straße 1"),
	    "the change is still on screen");
	/* Another key, then Backspace, which also goes back: asked again. */
	vt_key(vt, VTERM_KEY_UP);
	vt_key(vt, VTERM_KEY_BACKSPACE);
	VT_CHECK(vt, vt_wait_text(vt, head_of(asked, 30), WAIT), "asked again");
	VT_CHECK(vt, vt_has_text(vt, "Zwischenstand Straße 1"),
	    "the change is still there");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Which service?"), WAIT),
	    "a second Esc leaves");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, row, WAIT), "editor once more");
	VT_CHECK(vt, !vt_has_text(vt, "Zwischenstand"), "nothing was saved");
	scenario_quit(vt, WAIT);
}

/* The file to import given by its name alone is the one in the output
 * folder, where the export put it; a name that is not there is said with
 * the whole path that was looked for. */
static void
import_by_name(void)
{
	struct vt *vt = desk_signed_in("en");
	char name[64], missing[400];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(name, sizeof name, "services-%Y-%m-%d.csv\r", &tm);
	export_services(vt);
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, "Path of the CSV file", WAIT), "path");
	vt_type(vt, "no-such.csv\r");
	VT_CHECK(vt, vt_wait_text(vt, "The file cannot be opened.", WAIT),
	    "missing file");
	snprintf(missing, sizeof missing, "reports/no-such.csv");
	VT_CHECK(vt, vt_has_text(vt, missing), "the message names %s", missing);
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, "Path of the CSV file", WAIT), "path");
	vt_type(vt, "\x15");   /* the path typed before is kept: clear it */
	vt_type(vt, name);
	VT_CHECK(vt, vt_wait_text(vt, "The file is correct.", WAIT),
	    "the exported file, found by its name");
	scenario_quit(vt, WAIT);
}

/* A message longer than the status line's two rows (a long file name,
 * in French) is shown whole at 80x24: on as many rows above the status
 * line as it takes, its end on the status line. */
static void
long_message_fr(void)
{
	struct vt *vt = desk_signed_in("fr");
	const char *refused = tr("fr", "The file cannot be opened.");
	char name[260] = "";
	int first, last;

	while (strlen(name) < 200)
		strcat(name, "liste-des-services-d-orientation-");
	strcat(name, "fin.csv");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Export the services"), WAIT),
	    "CSV screen");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "Path of the CSV file "
	    "(Enter checks it, Esc cancels):"), 20), WAIT), "path");
	vt_type(vt, name);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, refused, WAIT), "refused");
	first = vt_find_row(vt, refused);
	last = vt_find_row(vt, "fin.csv)");
	VT_CHECK(vt, first > 0 && last == 22 && last - first >= 3,
	    "the message on rows %d to %d, its end on the status line", first,
	    last);
	scenario_quit(vt, WAIT);
}

/* An export never writes over a file of the same name (the services
 * exported this morning and changed in a spreadsheet since): the second
 * one of the day is services-DAY-2.csv, and the screen says so. */
static void
export_twice(void)
{
	struct vt *vt = desk_signed_in("en");
	char first[400], second[400], day[16], line[64] = "";
	time_t now = time(NULL);
	struct tm tm;
	FILE *f;

	gmtime_r(&now, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	snprintf(first, sizeof first, "%s/services-%s.csv", scenario_reports(),
	    day);
	snprintf(second, sizeof second, "%s/services-%s-2.csv",
	    scenario_reports(), day);
	export_services(vt);
	/* The counsellor's changes to the export. */
	if ((f = fopen(first, "w")) == NULL) {
		perror(first);
		exit(1);
	}
	fputs("changed in a spreadsheet\n", f);
	fclose(f);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "-2.csv", WAIT), "the second name is shown");
	f = fopen(first, "r");
	VT_CHECK(vt, f != NULL && fgets(line, sizeof line, f) != NULL &&
	    strcmp(line, "changed in a spreadsheet\n") == 0,
	    "%s was written over: [%s]", first, line);
	fclose(f);
	f = fopen(second, "r");
	VT_CHECK(vt, f != NULL && fgets(line, sizeof line, f) != NULL &&
	    strncmp(line, "id,lang,", 8) == 0, "%s holds the export", second);
	fclose(f);
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "rename-in-list", rename_in_list },
		{ "import-services-fr", import_services },
		{ "import-errors-de", import_errors },
		{ "import-lmi-nl", import_lmi },
		{ "bad-phone-fr", bad_phone_fr },
		{ "unsaved-de", unsaved_de },
		{ "import-by-name", import_by_name },
		{ "long-message-fr", long_message_fr },
		{ "export-twice", export_twice },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
