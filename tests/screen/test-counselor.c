/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of counselor mode: a kiosk visitor keeps their results, a
 * counselor signs in (wrong password first), opens them by code, writes a
 * note, makes a report, corrects a service's phone number, reads the
 * figures and signs out.  The catalogue's CSV import: a services file
 * exported from the same copy and changed in one field is checked, then
 * applied; files with errors are refused whole, each error listed with
 * its line and column in the counsellor's language; the labour-market
 * file likewise.  A note longer than the note field (not written by this
 * program) is not opened for a change, which would cut it.  Without
 * --lang, and after a sign-out, the catalog's texts are in the language
 * of the strings.
 *
 *   test-counselor SCENARIO
 */
#include <dirent.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "desk.h"
#include "scenario.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/csv-read.h"
#include "store/csv-write.h"
#include "store/service.h"
#include "store/state.h"
#include "visit.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000

/* A visitor in French keeps their results; return the code. */
static void
visitor_keeps(char code[HANDOFF_CODE_LEN + 1])
{
	const char *args[] = { "--lang", "fr", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	visit_short_form(vt, "fr", WAIT);
	vt_click(vt, vt_find_row(vt, tr("fr", "Keep my results for a counsellor")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Your code for the counsellor:"),
	    WAIT), "code");
	/* Too long with the centre's name before it: the title bar keeps the
	 * screen's name whole. */
	VT_CHECK(vt, strstr(vt_row(vt, 0), tr("fr",
	    "Keep my results for a counsellor")) != NULL, "whole title: [%s]",
	    vt_row(vt, 0));
	/* The notice whole, and no guillemet alone at the start of a line. */
	VT_CHECK(vt, vt_has_text(vt, "tapez le code."), "notice not cut");
	for (int r = 0; r < 24; r++)
		VT_CHECK(vt, strncmp(vt_row(vt, r) + strspn(vt_row(vt, r), " "),
		    "»", strlen("»")) != 0, "row %d starts with a guillemet", r);
	visit_read_code(vt, code);
	scenario_quit(vt, WAIT);
}

/* Esc, and the counsellor's menu (English) is back. */
static void
back_to_menu(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");
}

/* From a screen one Esc above the menu (English): back to the menu, Esc
 * again signs out, and the program quits with status 0. */
static void
sign_out(struct vt *vt)
{
	back_to_menu(vt);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "signed out");
	scenario_quit(vt, WAIT);
}

/* On the service editor: set the field on the row showing @row to
 * @value (the row then shows @shown) and save. */
static void
edit_and_save(struct vt *vt, const char *row, const char *value,
    const char *shown)
{
	vt_click(vt, vt_find_row(vt, row), 10);
	VT_CHECK(vt, vt_wait_text(vt, "New value", WAIT), "editing");
	vt_type(vt, "\x15");
	vt_type(vt, value);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, shown, WAIT), "changed");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "> Save the changes", WAIT), "save row");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Saved.", WAIT), "saved");
}

static void
open_code(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", path[600];
	const char *args[] = { "--counselor", "--lang", "en", "--catalog",
	    desk_copy_catalog(), NULL };
	const char *kiosk_args[] = { "--lang", "en", "--catalog", desk_catalog_copy,
	    NULL };
	struct vt *kiosk;
	struct state *st;
	struct catalog *cat;
	struct service_detail sd;
	struct vt *vt;
	time_t saved;
	int row;

	visitor_keeps(code);
	desk_add_anna();

	/* A kiosk on the same catalog, running all along. */
	kiosk = scenario_start(24, 80, kiosk_args, NULL);
	VT_CHECK(kiosk, vt_wait_text(kiosk, "Main menu", WAIT), "kiosk runs");

	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(vt, "anna\rwrong password\r");
	VT_CHECK(vt, vt_wait_text(vt, "Wrong name or password.", WAIT),
	    "wrong password refused");
	vt_type(vt, "correct horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "signed in");
	VT_CHECK(vt, !vt_has_text(vt, "Audit trail"), "no audit for counsellors");

	visit_counselor_open(vt, code, WAIT);
	/* A note. */
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Note (Enter saves", WAIT), "note field");
	vt_type(vt, "Talked about CePAS\r");
	VT_CHECK(vt, vt_wait_text(vt, "Note: Talked about CePAS", WAIT),
	    "note kept");
	/* The report in the walk-in's language. */
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, "Report saved:", 20000), "report saved");
	snprintf(path, sizeof path, "%s/%s-fr.pdf", scenario_reports(), code);
	{
		FILE *f = fopen(path, "rb");
		char head[5] = { 0 };

		VT_CHECK(vt, f != NULL && fread(head, 1, 4, f) == 4 &&
		    strcmp(head, "%PDF") == 0, "%s is a PDF", path);
		fclose(f);
	}
	vt_key(vt, VTERM_KEY_ESCAPE);
	back_to_menu(vt);

	/* Correct Info-Handicap's phone number (one field, every language). */
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "service list");
	row = vt_find_row(vt, "Info-Handicap");
	while (row < 0) {
		vt_key(vt, VTERM_KEY_PAGEDOWN);
		row = vt_find_row(vt, "Info-Handicap");
	}
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, "Phone:", WAIT), "edit screen");
	saved = time(NULL);
	edit_and_save(vt, "Phone:", "366 466-9", "Phone: 366 466-9");
	if (catalog_open(desk_catalog_copy, &cat) != ORIENTATION_OK)
		exit(1);
	{
		const struct catalog_language *langs;
		size_t nlangs = catalog_languages(cat, &langs);
		struct service_item *items;
		size_t n = service_list(cat, SERVICE_TOPIC_NEED, NULL, "en", &items);
		const char *id = NULL;

		for (size_t i = 0; i < n; i++)
			if (strstr(items[i].name, "Info-Handicap") != NULL)
				id = items[i].id;
		VT_CHECK(vt, id != NULL, "Info-Handicap in the catalog");
		for (size_t l = 0; l < nlangs; l++) {
			VT_CHECK(vt, service_detail_load(cat, id, langs[l].code,
			    &sd) == ORIENTATION_OK &&
			    strcmp(sd.phone, "366 466-9") == 0,
			    "new phone in %s", langs[l].code);
			service_detail_free(&sd);
		}
		rows_free(items);
	}
	catalog_free(cat);
	/* The running kiosk shows the new number to its next visitor. */
	vt_key(kiosk, VTERM_KEY_FUNCTION(3));
	vt_type(kiosk, "Info-Handicap");
	VT_CHECK(kiosk, vt_wait_text(kiosk, "> Info-Handicap", WAIT), "kiosk search");
	vt_key(kiosk, VTERM_KEY_ENTER);
	VT_CHECK(kiosk, vt_wait_text(kiosk, "How to reach them", WAIT), "detail");
	vt_key(kiosk, VTERM_KEY_END);
	VT_CHECK(kiosk, vt_wait_text(kiosk, "366 466-9", WAIT),
	    "the kiosk shows the corrected phone without a restart");
	{
		/* The day of the check, written the English way: the day the
		 * save began or, past midnight meanwhile, today. */
		static const char *const months[] = { "January", "February",
		    "March", "April", "May", "June", "July", "August",
		    "September", "October", "November", "December" };
		time_t days[] = { saved, time(NULL) };
		bool shown = false;
		char checked[2][64];

		for (int i = 0; i < 2; i++) {
			struct tm tm;

			gmtime_r(&days[i], &tm);
			snprintf(checked[i], sizeof checked[i],
			    "Checked on %d %s %d.", tm.tm_mday,
			    months[tm.tm_mon], tm.tm_year + 1900);
			shown = shown || vt_has_text(kiosk, checked[i]);
		}
		VT_CHECK(kiosk, shown, "%s", checked[1]);
	}
	vt_key(kiosk, VTERM_KEY_FUNCTION(10));
	VT_CHECK(kiosk, vt_wait_exit(kiosk, WAIT) == 0, "kiosk quits");
	vt_free(kiosk);
	vt_key(vt, VTERM_KEY_ESCAPE);
	back_to_menu(vt);

	/* This week's figures count the visitor. */
	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	/* The visitor who kept a code and the kiosk that stayed open. */
	VT_CHECK(vt, vt_wait_text(vt, "In all: 2 visitors, 1 questionnaire "
	    "begun, 1 finished, 1 code kept.", WAIT), "figures");
	/* Today's row: the rate is finished of begun, both shown. */
	VT_CHECK(vt, vt_find_row(vt, "Begun") >= 0 &&
	    vt_find_row(vt, "Begun") == vt_find_row(vt, "Finished") &&
	    vt_has_text(vt, "         1          1    100 %"),
	    "today: 1 begun, 1 finished, 100 %%");
	sign_out(vt);

	/* The audit trail has the sign-ins, the code and the change. */
	if (state_open(scenario_state(), &st) != ORIENTATION_OK)
		exit(1);
	{
		struct audit_entry *e;
		int n = audit_list(st, 0, &e);
		bool opened = false, changed = false, failed = false;

		for (int i = 0; i < n; i++) {
			opened |= strcmp(e[i].action, "code opened") == 0 &&
			    strcmp(e[i].detail, code) == 0;
			changed |= strcmp(e[i].action, "catalog change") == 0;
			failed |= strcmp(e[i].action, "signin failed") == 0;
		}
		audit_list_free(e, n);
		if (!opened || !changed || !failed) {
			fprintf(stderr, "audit rows missing: opened %d changed %d "
			    "failed %d\n", opened, changed, failed);
			exit(1);
		}
	}
	state_free(st);
}

/* A counsellor who gives no --lang works in the environment's language,
 * the catalog's texts too: a walk-in's profile names its types; so it
 * does again after signing out, which wipes the session. */
static void
signin_language(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "";
	const char *args[] = { "--counselor", "--catalog", desk_copy_catalog(),
	    NULL };
	struct vt *vt;

	visitor_keeps(code);
	desk_add_anna();
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	for (int round = 1; round <= 2; round++) {
		vt_type(vt, "anna\rcorrect horse battery\r");
		VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT),
		    "signed in, round %d", round);
		visit_counselor_open(vt, code, WAIT);
		VT_CHECK(vt, vt_has_text(vt, " (Social, "),
		    "the types are named, round %d", round);
		vt_key(vt, VTERM_KEY_ESCAPE);
		vt_key(vt, VTERM_KEY_ESCAPE);
		VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");
		vt_key(vt, VTERM_KEY_ESCAPE);
		VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT),
		    "signed out, round %d", round);
	}
	scenario_quit(vt, WAIT);
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
	edit_and_save(vt, "Name [en]:", "Zz renamed", "Name [en]: Zz renamed");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "back to the list");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "Zz renamed", WAIT),
	    "the list shows the new name, last from A to Z");
	back_to_menu(vt);
	scenario_quit(vt, WAIT);
}

/* A note of 1,100 bytes, more than the note field holds, written to the
 * state directly: the counsellor is told it is too long to change here,
 * and the note stays whole. */
static void
long_note(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", note[1101], *kept = NULL;
	struct state *st;
	struct vt *vt;

	visitor_keeps(code);
	memset(note, 'n', sizeof note - 1);
	note[sizeof note - 1] = '\0';
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    state_handoff_set_note(st, code, note) != ORIENTATION_OK)
		exit(1);
	state_free(st);

	vt = desk_signed_in("en");
	/* As visit_counselor_open(), but the note hides the profile. */
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Note: nnnn", WAIT), "results opened");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "This text is too long to change here",
	    WAIT), "too long said");
	VT_CHECK(vt, !vt_has_text(vt, "Note (Enter saves"), "no note field");
	scenario_quit(vt, WAIT);

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    state_handoff_note(st, code, &kept) != ORIENTATION_OK)
		exit(1);
	state_free(st);
	if (kept == NULL || strcmp(kept, note) != 0) {
		fprintf(stderr, "the note was not kept whole\n");
		exit(1);
	}
	free(kept);
}

/* While the note is being written, the footer's keys do what it says:
 * F1 opens the help (the note typed so far kept), any key closes it,
 * Enter then saves the note. */
static void
note_keys(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "";
	struct vt *vt;

	visitor_keeps(code);
	vt = desk_signed_in("en");
	visit_counselor_open(vt, code, WAIT);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Note (Enter saves", WAIT), "note field");
	vt_type(vt, "Met twice");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, "shows this help"), "F1 opens the help");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, !vt_has_text(vt, "shows this help"), "any key closes it");
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Note: Met twice", WAIT),
	    "the note typed before the help is saved");
	scenario_quit(vt, WAIT);
}

/* ------------------------------------------------------ CSV import */

/* From the counsellor's menu in @lang, open the import screen and export
 * with entry @key ("1" services, "2" LMI); read the file, whose name
 * begins with @prefix ("services-"), into *@cf. */
static void
export_and_read(struct vt *vt, const char *lang, const char *key,
    const char *prefix, struct csv_file *cf)
{
	char path[600];
	struct upkeep_errors errs = { 0 };
	DIR *d;
	struct dirent *e;
	const char *saved = tr(lang, "Saved: %s");
	size_t cut = strcspn(saved, "%");   /* the words before the path */

	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Import services from a CSV file"),
	    WAIT), "import screen");
	vt_type(vt, key);
	VT_CHECK(vt, vt_wait_text(vt, head_of(saved, cut < 10 ? cut : 10), WAIT),
	    "exported");
	path[0] = '\0';
	d = opendir(scenario_reports());
	while (d != NULL && (e = readdir(d)) != NULL)
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			snprintf(path, sizeof path, "%s/%s", scenario_reports(),
			    e->d_name);
	if (d != NULL)
		closedir(d);
	VT_CHECK(vt, path[0] != '\0', "no %s file in %s", prefix,
	    scenario_reports());
	memset(cf, 0, sizeof *cf);
	VT_CHECK(vt, csv_read_file(path, cf, &errs) == ORIENTATION_OK &&
	    errs.n == 0 && cf->n > 2, "%s reads back", path);
	upkeep_errors_free(&errs);
}

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

/* Check that the strings the scenario expects are translated into @lang:
 * a test in the counsellor's language must not pass on English. */
static void
translated(struct vt *vt, const char *lang, const char *const *msgids)
{
	for (size_t i = 0; msgids[i] != NULL; i++)
		VT_CHECK(vt, strcmp(tr(lang, msgids[i]), msgids[i]) != 0,
		    "[%s] not translated into %s", msgids[i], lang);
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

	translated(vt, "fr", msgids);
	export_and_read(vt, "fr", "1", "services-", &cf);
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

	translated(vt, "de", msgids);
	export_and_read(vt, "de", "1", "services-", &cf);
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

	translated(vt, "nl", msgids);
	export_and_read(vt, "nl", "2", "labour-market-", &cf);
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

/* The figures saved as CSV land in the reports folder and say so; where
 * that folder cannot take the file, the counsellor reads that the file
 * cannot be written (not that the disk is full). */
static void
figures_export(void)
{
	char glob_pattern[400], line[128] = "";
	struct vt *vt = desk_signed_in("en");
	FILE *f;

	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Save these figures as CSV", WAIT), "figures");
	vt_click(vt, vt_find_row(vt, "Save these figures as CSV"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Saved: ", WAIT), "saved");
	snprintf(glob_pattern, sizeof glob_pattern, "%s/figures-*.csv",
	    scenario_reports());
	{
		char cmd[460];

		snprintf(cmd, sizeof cmd, "cat %s", glob_pattern);
		f = popen(cmd, "r");
		VT_CHECK(vt, f != NULL && fgets(line, sizeof line, f) != NULL,
		    "the CSV file is there");
		pclose(f);
	}
	VT_CHECK(vt, strcmp(line, "period,first_day,last_day,figure,key,value\r\n")
	    == 0, "the file starts with its header");

	/* The folder replaced by a file: nothing can be written there. */
	{
		char cmd[700];

		snprintf(cmd, sizeof cmd, "rm -rf '%s' && touch '%s'",
		    scenario_reports(), scenario_reports());
		VT_CHECK(vt, system(cmd) == 0, "replace the folder");
	}
	vt_click(vt, vt_find_row(vt, "Save these figures as CSV"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "The file cannot be written.", WAIT),
	    "the counsellor reads why nothing was saved");
	VT_CHECK(vt, !vt_has_text(vt, "disk is full"), "not a full disk");
	sign_out(vt);
}

/* Every screen a counsellor reaches, once each, for the valgrind suite
 * (the program under memcheck: an invalid access or a definite leak
 * makes it exit 99, which scenario_quit sees): sign in, a walk-in's
 * results by code, the usage figures, an export from the CSV screen, a
 * service's edit screen left with Esc (nothing saved), sign out, quit. */
static void
tour(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "";
	struct csv_file cf;
	struct vt *vt;
	long rev;

	visitor_keeps(code);
	vt = desk_signed_in("en");
	visit_counselor_open(vt, code, WAIT);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "back to the code");
	back_to_menu(vt);

	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "In all: 1 visitor, 1 questionnaire "
	    "begun, 1 finished, 1 code kept.", WAIT), "figures");
	back_to_menu(vt);

	export_and_read(vt, "en", "1", "services-", &cf);
	csv_read_free(&cf);
	back_to_menu(vt);

	/* The last service of the list, opened and left. */
	rev = desk_revision(vt);
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT), "service list");
	vt_key(vt, VTERM_KEY_END);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Name [en]:", WAIT), "edit screen");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Which service?", WAIT) &&
	    desk_revision(vt) == rev, "back to the list, nothing saved");
	sign_out(vt);
}

/* Whether the figures' "Du YYYY-MM-DD au ..." line names a Monday. */
static bool
first_day_is_monday(struct vt *vt)
{
	struct tm tm = { 0 };
	time_t t;

	for (int r = 0; r < 24; r++) {
		const char *du = strstr(vt_row(vt, r), "Du ");

		if (du != NULL && sscanf(du, "Du %4d-%2d-%2d", &tm.tm_year,
		    &tm.tm_mon, &tm.tm_mday) == 3) {
			tm.tm_year -= 1900;
			tm.tm_mon -= 1;
			t = timegm(&tm);
			gmtime_r(&t, &tm);
			return tm.tm_wday == 1;
		}
	}
	return false;
}

/* Twelve weeks do not fit above the choices at 80x24: the page says that
 * more follows, and Page Down shows the totals.  A range of weeks is whole
 * weeks.  Each count of the totals
 * takes its own plural: in French 0 takes the singular, and "commencé"
 * agrees with its own number, not with the questionnaires finished. */
static void
figures_weeks_fr(void)
{
	struct vt *vt = desk_signed_in("fr");
	const char *more = tr("fr", "More below: use Page Down.");

	vt_click(vt, vt_find_row(vt, tr("fr", "Usage figures")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Save these figures as CSV"),
	    WAIT), "figures");
	VT_CHECK(vt, desk_has_wrapped(vt, "0 personne, 0 questionnaire commencé, "
	    "0 terminé, 0 code conservé."), "totals, a plural each");
	VT_CHECK(vt, !vt_has_text(vt, more), "seven days fit");
	/* Four weeks are four rows, whole weeks from a Monday (28 days
	 * back from today cut five weeks on six days of seven). */
	vt_type(vt, "2");
	{
		int weeks = 0;

		for (int r = 0; r < 24; r++)
			weeks += strstr(vt_row(vt, r), "-W") != NULL;
		VT_CHECK(vt, weeks == 4, "%d rows of weeks, not 4", weeks);
	}
	VT_CHECK(vt, first_day_is_monday(vt), "the range starts on a Monday");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_has_text(vt, more), "twelve weeks say more follows");
	VT_CHECK(vt, !vt_has_text(vt, "Au total"), "the totals are below");
	vt_key(vt, VTERM_KEY_PAGEDOWN);
	VT_CHECK(vt, vt_has_text(vt, "Au total"), "Page Down shows them");
	VT_CHECK(vt, !vt_has_text(vt, more), "nothing more below");
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

	translated(vt, "fr", msgids);
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

/* A counsellor's own steps at the desk are not visits: a language
 * chosen with F2, a search that finds nothing and a service opened from
 * the search leave the usage figures as they were. */
static void
not_counted(void)
{
	struct vt *vt = desk_signed_in("en");
	char who[200];
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long rows = -1;

	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Deutsch", WAIT), "language screen");
	vt_click(vt, vt_find_row(vt, "Deutsch"), 10);
	snprintf(who, sizeof who, tr("de", "Signed in as %s."), "anna");
	VT_CHECK(vt, vt_wait_text(vt, who, WAIT), "menu in German");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Search"), WAIT), "search");
	vt_type(vt, "qqxxzzqq");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "Info-Handicap");
	VT_CHECK(vt, vt_wait_text(vt, "> Info-Handicap", WAIT), "found");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "How to reach them"), WAIT),
	    "service opened");
	scenario_quit(vt, WAIT);

	if (sqlite3_open_v2(scenario_state(), &db, SQLITE_OPEN_READONLY,
	    NULL) == SQLITE_OK && sqlite3_prepare_v2(db,
	    "SELECT count(*) FROM usage", -1, &stmt, NULL) == SQLITE_OK) {
		if (sqlite3_step(stmt) == SQLITE_ROW)
			rows = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	if (rows != 0) {
		fprintf(stderr, "the counsellor's steps were counted as a "
		    "visitor's: %ld usage rows\n", rows);
		exit(1);
	}
}

/* A counsellor left idle is warned that they will be signed out, not
 * that "your answers" will be deleted (the visitor's warning), in the
 * counsellor's language; then the sign-in comes back and says why. */
static void
idle_words_de(void)
{
	/* The counsellor's countdown is [counselor]'s, not the kiosk's. */
	const char *args[] = { "--counselor", "--lang", "de", "--catalog",
	    desk_copy_catalog(), "--config", desk_settings("[kiosk]\n"
	    "warning_seconds = 600\n[counselor]\nidle_seconds = 1\n"
	    "warning_seconds = 3\n"), NULL };
	struct vt *vt;

	vt = desk_signed_in_with("de", args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Are you still there?"), WAIT),
	    "idle warning");
	VT_CHECK(vt, vt_wait_text(vt, "Sonst werden Sie in", WAIT),
	    "the counsellor is told they will be signed out");
	VT_CHECK(vt, !vt_has_text(vt, "Antworten"),
	    "no answers of the counsellor's to delete");
	/* Then the counsellor is signed out: the sign-in is back (no idle
	 * warning there, so F10 quits). */
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Counsellor sign-in"), WAIT),
	    "signed out");
	VT_CHECK(vt, vt_has_text(vt, tr("de", "You were signed out: nothing was "
	    "typed for a while.")), "and told why");
	scenario_quit(vt, WAIT);
}

static const char *before_format(const char *lang, const char *msgid);

/* The output folder cannot be written (a file stands in its place): the
 * report and the CSV export say so in French and name the file they
 * could not write; the report made before stays the one to print (here
 * no printer: PATH holds no lp).  With the folder back, both work. */
static void
unwritable_fr(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", pdf[400], moved[400], who[200];
	const char *args[] = { "--counselor", "--lang", "fr", "--catalog",
	    desk_copy_catalog(), NULL };
	char *const env[] = { (char *)"PATH=/nonexistent", NULL };
	const char *reports = scenario_reports();
	FILE *f;
	struct vt *vt;

	visitor_keeps(code);
	snprintf(who, sizeof who, tr("fr", "Signed in as %s."), "anna");
	vt = desk_signed_in_with("fr", args, env);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Code:"), WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Print the last report"), WAIT),
	    "results");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, before_format("fr",
	    "Report saved: %s (and .txt)"), WAIT), "first report");

	snprintf(moved, sizeof moved, "%s.away", reports);
	snprintf(pdf, sizeof pdf, "reports/%s-fr.pdf", code);
	if (rename(reports, moved) != 0 || (f = fopen(reports, "w")) == NULL) {
		perror(reports);
		exit(1);
	}
	fclose(f);
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "The report could not be written."),
	    WAIT), "report refused");
	VT_CHECK(vt, vt_has_text(vt, pdf), "the message names %s", pdf);
	vt_type(vt, "6");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr",
	    "No printer is set up on this computer."), WAIT),
	    "the first report is still the last one made");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, who, WAIT), "menu");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Export the services"), WAIT),
	    "CSV screen");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "The file cannot be written."),
	    WAIT), "export refused");
	VT_CHECK(vt, vt_has_text(vt, "reports/services-"), "the message names "
	    "the file");

	if (remove(reports) != 0 || rename(moved, reports) != 0) {
		perror(reports);
		exit(1);
	}
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, before_format("fr", "Saved: %s"), WAIT),
	    "export with the folder back");
	scenario_quit(vt, WAIT);
}

/* The report's text copy cannot be written (a folder stands in its
 * place) but its PDF can: the counsellor is told, in Dutch, that only the
 * PDF was saved, and where; it stays on disk and is the last report, the
 * one to print (here no printer: PATH holds no lp).  Then a .txt that
 * opens but cannot be written is removed, not left half-written.  A wide
 * terminal keeps the message on one row. */
static void
text_copy_fails_nl(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", path[400], said[600];
	const char *args[] = { "--counselor", "--lang", "nl", "--catalog",
	    desk_copy_catalog(), NULL };
	char *const env[] = { (char *)"PATH=/nonexistent", NULL };
	const char *reports = scenario_reports();
	struct stat sb;
	struct vt *vt;

	visitor_keeps(code);
	snprintf(path, sizeof path, "%s/%s-nl.txt", reports, code);
	if ((mkdir(reports, 0700) != 0 && errno != EEXIST) ||
	    mkdir(path, 0700) != 0) {
		perror(path);
		exit(1);
	}
	desk_add_anna();
	vt = scenario_start(24, 250, args, env);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Counsellor sign-in"), WAIT),
	    "sign-in");
	vt_type(vt, "anna\rcorrect horse battery\r1");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Code:"), WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Print the last report"), WAIT),
	    "results");
	vt_type(vt, "4");  /* in the counsellor's language */
	snprintf(path, sizeof path, "%s/%s-nl.pdf", reports, code);
	snprintf(said, sizeof said, tr("nl", "Report saved: %s (PDF only: the "
	    ".txt could not be written)"), path);
	VT_CHECK(vt, vt_wait_text(vt, said, WAIT), "says: %s", said);
	VT_CHECK(vt, stat(path, &sb) == 0 && sb.st_size > 0, "%s kept", path);
	vt_type(vt, "6");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl",
	    "No printer is set up on this computer."), WAIT),
	    "the PDF is the last report made");
	/* A .txt that opens but cannot be written (a full disk: /dev/full)
	 * is not left half-written. */
	snprintf(path, sizeof path, "%s/%s-nl.txt", reports, code);
	if (rmdir(path) != 0 || symlink("/dev/full", path) != 0) {
		perror(path);
		exit(1);
	}
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, said, WAIT), "says: %s", said);
	VT_CHECK(vt, lstat(path, &sb) != 0, "%s removed", path);
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

/* Whether the whole of @text shows: its start, and its last word (a
 * message too long for its two rows loses its end). */
static bool
whole_message(struct vt *vt, const char *text)
{
	return vt_has_text(vt, head_of(text, 30)) &&
	    vt_has_text(vt, strrchr(text, ' ') + 1);
}

/* A wrong code at the desk is said to the counsellor, in French, not with
 * the kiosk's "ask at the desk" (the counsellor is the desk); after five,
 * the block says how long and who can lift it. */
static void
code_words_fr(void)
{
	struct vt *vt = desk_signed_in("fr");
	const char *wrong = tr("fr", "No results are kept under this code. "
	    "Check it with the walk-in; the results may also have expired or "
	    "been deleted.");
	const char *blocked = tr("fr", "Too many wrong codes under your name: "
	    "codes are refused for up to ten minutes, or until an administrator "
	    "lifts the block.");

	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Code:"), WAIT), "code prompt");
	for (int i = 0; i < 5; i++) {
		vt_type(vt, "\x15ZZZZ-ZZZ0\r");
		VT_CHECK(vt, vt_wait_text(vt, head_of(wrong, 30), WAIT),
		    "wrong code %d", i + 1);
		VT_CHECK(vt, whole_message(vt, wrong), "the whole message");
		VT_CHECK(vt, !vt_has_text(vt, "accueil"), "not sent to the desk");
	}
	vt_type(vt, "\x15ZZZZ-ZZZ0\r");
	VT_CHECK(vt, vt_wait_text(vt, head_of(blocked, 30), WAIT), "blocked");
	VT_CHECK(vt, whole_message(vt, blocked), "the whole message");
	VT_CHECK(vt, !vt_has_text(vt, "accueil"), "not sent to the desk");
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

/* A name typed as names are written, with a capital ("Anna"), signs in
 * the account anna: names are lower case. */
static void
signin_capital(void)
{
	const char *args[] = { "--counselor", "--lang", "lb", "--catalog",
	    desk_copy_catalog(), NULL };
	char who[200];
	struct vt *vt;

	desk_add_anna();
	snprintf(who, sizeof who, tr("lb", "Signed in as %s."), "anna");
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Counsellor sign-in"), WAIT),
	    "sign-in");
	vt_type(vt, "ANNA\rcorrect horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, who, WAIT), "signed in as anna");
	scenario_quit(vt, WAIT);
}

/* orientation admin help (German): how passwords are read comes after
 * every command, not between "audit" and "unblock". */
static void
admin_help_de(void)
{
	const char *const args[] = { "admin", "help", NULL };
	char *env[] = { (char *)"LANGUAGE=de", NULL };
	struct vt *vt = scenario_start(40, 80, args, env);
	int passwords, last;

	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "admin help exits 0");
	passwords = vt_find_row(vt, head_of(tr("de", "Passwords are read from "
	    "the terminal without echo, or as one\nline from standard input "
	    "when it is not a terminal."), 20));
	last = vt_find_row(vt, "  install-catalog FILE");
	VT_CHECK(vt, passwords >= 0 && last >= 0 && passwords > last,
	    "the passwords line (row %d) after the last command (row %d)",
	    passwords, last);
	vt_free(vt);
}

/*
 * Without libsodium (a library file that does not exist), in German: the
 * sign-in, `orientation admin passwd` and `orientation --hash-pin` say
 * that the password library cannot be loaded, the last two before asking
 * for a secret (and exit 3); the sign-in tried is not a wrong password:
 * no failure counted, nothing audited, and the password is unchanged.
 */
static void
no_sodium_de(void)
{
	char *no_lib[] = {
		(char *)"ORIENTATION_SODIUM_LIBRARY=/nonexistent/libsodium.so.23",
		(char *)"LANGUAGE=de", NULL };
	const char *args[] = { "--counselor", "--lang", "de", "--catalog",
	    desk_copy_catalog(), NULL };
	const char *const passwd[] = { "admin", "passwd", "anna", NULL };
	const char *const hash_pin[] = { "--hash-pin", NULL };
	const char *english = "The password library libsodium (libsodium.so.23) "
	    "cannot be loaded: install the package libsodium23.";
	char said[120];
	struct account_info info;
	struct audit_entry *a;
	struct state *st;
	struct vt *vt;
	int n;

	VT_CHECK(NULL, strcmp(tr("de", english), english) != 0,
	    "message not translated");
	snprintf(said, sizeof said, "%s", head_of(tr("de", english), 40));
	desk_add_anna();
	vt = scenario_start(24, 80, args, no_lib);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Counsellor sign-in"), WAIT),
	    "sign-in");
	vt_type(vt, "anna\rcorrect horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, said, WAIT), "the sign-in says why");
	scenario_quit(vt, WAIT);

	vt = scenario_start(24, 80, passwd, no_lib);
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 3, "admin passwd exits 3");
	VT_CHECK(vt, vt_has_text(vt, said), "admin passwd says why");
	VT_CHECK(vt, !vt_has_text(vt, before_format("de",
	    "New password for %s:")), "and asks no password");
	vt_free(vt);
	vt = scenario_start(24, 80, hash_pin, no_lib);
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 3, "--hash-pin exits 3");
	VT_CHECK(vt, vt_has_text(vt, said), "--hash-pin says why");
	VT_CHECK(vt, !vt_has_text(vt, tr("de", "Staff PIN:")), "and asks no PIN");
	vt_free(vt);

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_get(st, "anna", &info) != ORIENTATION_OK)
		exit(1);
	VT_CHECK(NULL, info.failures == 0, "%d failures counted", info.failures);
	n = audit_list(st, 1, &a);
	VT_CHECK(NULL, n == 1 && strcmp(a[0].action, "account added") == 0,
	    "the sign-in was audited: %s", n == 1 ? a[0].action : "-");
	audit_list_free(a, n);
	VT_CHECK(NULL, account_signin(st, "anna", "correct horse battery",
	    time(NULL)) == ORIENTATION_OK, "the password still works");
	state_free(st);
}

/* ------------------------------------------- words for the counsellor */

/* A counsellor program on the catalog copy in @lang, signed in as @name
 * (an account already there). */
static struct vt *
signed_in_as(const char *lang, const char *name, const char *password)
{
	const char *args[] = { "--counselor", "--lang", lang, "--catalog",
	    desk_catalog_copy, NULL };
	char who[200], typed[200];
	struct vt *vt;

	snprintf(who, sizeof who, tr(lang, "Signed in as %s."), name);
	snprintf(typed, sizeof typed, "%s\r%s\r", name, password);
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Counsellor sign-in"), WAIT),
	    "sign-in");
	vt_type(vt, typed);
	VT_CHECK(vt, vt_wait_text(vt, who, WAIT), "signed in");
	return vt;
}

/* The text of @msgid in @lang before its first "%". */
static const char *
before_format(const char *lang, const char *msgid)
{
	const char *text = tr(lang, msgid);

	return head_of(text, strcspn(text, "%"));
}

/* A counsellor reads a walk-in's results (the walk-in French): page by
 * page, no sentence speaks to the counsellor as the walk-in ("Your
 * interest code", "Your interests", the catalogue's "You like ..."), none
 * sends them to a counsellor; the code line and the reminder are the
 * counsellor's.  In English, then in German. */
static void
results_words(void)
{
	static const char *const walkin_only[] = {
		"Your interest code", "Your interests", "Your two strongest",
		"A counsellor at the desk", "You like", "You enjoy",
		"You can go back",
	};
	char code[HANDOFF_CODE_LEN + 1] = "";
	bool reminder = false;
	struct vt *vt;

	visitor_keeps(code);
	vt = desk_signed_in("en");
	visit_counselor_open(vt, code, WAIT);
	VT_CHECK(vt, vt_has_text(vt, "Interest code: S"), "the code line");
	for (int page = 0; page < 8; page++) {
		for (size_t i = 0; i < sizeof walkin_only / sizeof walkin_only[0];
		    i++)
			VT_CHECK(vt, !desk_has_wrapped(vt, walkin_only[i]),
			    "page %d speaks to the walk-in: %s", page,
			    walkin_only[i]);
		reminder |= desk_has_wrapped(vt, "It shows what the walk-in said they "
		    "enjoyed on the day they answered.");
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	}
	VT_CHECK(vt, reminder, "the counsellor's reminder");
	scenario_quit(vt, WAIT);

	vt = signed_in_as("de", "anna", "correct horse battery");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Code:"), WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, before_format("de",
	    "Interest code: %s (%s)"), WAIT), "the code line in German");
	VT_CHECK(vt, !vt_has_text(vt, before_format("de",
	    "Your interest code: %s (%s)")), "not the walk-in's");
	scenario_quit(vt, WAIT);
}

/* The display column where @text starts on row @r, or -1 (the rows hold
 * no wide characters: one character, one column). */
static int
column_of(struct vt *vt, int r, const char *text)
{
	const char *row = vt_row(vt, r), *at = strstr(row, text);
	int col = 0;

	if (at == NULL)
		return -1;
	for (const char *p = row; p < at; p++)
		col += ((unsigned char)*p & 0xc0) != 0x80;
	return col;
}

/* An administrator reads the audit trail in French: each known action
 * and fixed detail in French, the kept keys nowhere, an unknown key as it
 * is kept, and the columns aligned by display width (a station's name and
 * French words with accents).  The rows in the state keep their keys. */
static void
audit_words_fr(void)
{
	struct state *st;
	struct audit_entry *e;
	char revision[100];
	int n, r_station, r_anna, r_odd;
	bool kept = false;
	struct vt *vt;

	desk_copy_catalog();
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, "root", "correct horse battery", true, time(NULL)) !=
	    ORIENTATION_OK ||
	    audit_add(st, time(NULL), "accueil-é", "catalog taken up",
	    "revision 3 (was 2)") != ORIENTATION_OK ||
	    audit_add(st, time(NULL), "anna", "code refused", "not found") !=
	    ORIENTATION_OK ||
	    audit_add(st, time(NULL), "anna", "mystery key", "as kept") !=
	    ORIENTATION_OK)
		exit(1);
	state_free(st);

	vt = signed_in_as("fr", "root", "correct horse battery");
	vt_click(vt, vt_find_row(vt, tr("fr", "Audit trail")), 10);
	snprintf(revision, sizeof revision, tr("fr", "revision %ld (was %ld)"),
	    3L, 2L);
	VT_CHECK(vt, vt_wait_text(vt, revision, WAIT), "the revision in French");
	r_station = vt_find_row(vt, "accueil-é");
	r_anna = vt_find_row(vt, tr("fr", "code refused"));
	r_odd = vt_find_row(vt, "mystery key");
	VT_CHECK(vt, r_station >= 0 && r_anna >= 0 && r_odd >= 0,
	    "the rows: %d %d %d", r_station, r_anna, r_odd);
	VT_CHECK(vt, strstr(vt_row(vt, r_station), tr("fr",
	    "catalogue taken up")) != NULL, "the action in French");
	VT_CHECK(vt, strstr(vt_row(vt, r_anna), tr("fr", "not found")) != NULL,
	    "the detail in French");
	VT_CHECK(vt, strstr(vt_row(vt, r_odd), "as kept") != NULL,
	    "an unknown key as it is kept");
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "signed in")) &&
	    vt_has_text(vt, tr("fr", "account added")), "sign-in rows");
	VT_CHECK(vt, !vt_has_text(vt, "signin ok") &&
	    !vt_has_text(vt, "catalog taken up") &&
	    !vt_has_text(vt, "account added") &&
	    !vt_has_text(vt, "(was 2)"), "no kept key shown");
	VT_CHECK(vt, column_of(vt, r_station, tr("fr", "catalogue taken up")) ==
	    column_of(vt, r_anna, tr("fr", "code refused")) &&
	    column_of(vt, r_station, tr("fr", "code refused")) == -1,
	    "actions aligned: %d %d", column_of(vt, r_station,
	    tr("fr", "catalogue taken up")), column_of(vt, r_anna,
	    tr("fr", "code refused")));
	VT_CHECK(vt, column_of(vt, r_station, revision) ==
	    column_of(vt, r_anna, tr("fr", "not found")) &&
	    column_of(vt, r_anna, tr("fr", "not found")) ==
	    column_of(vt, r_odd, "as kept"), "details aligned: %d %d %d",
	    column_of(vt, r_station, revision), column_of(vt, r_anna,
	    tr("fr", "not found")), column_of(vt, r_odd, "as kept"));
	scenario_quit(vt, WAIT);

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    (n = audit_list(st, 0, &e)) < 0)
		exit(1);
	for (int i = 0; i < n; i++)
		kept |= strcmp(e[i].action, "catalog taken up") == 0 &&
		    strcmp(e[i].detail, "revision 3 (was 2)") == 0;
	audit_list_free(e, n);
	state_free(st);
	if (!kept) {
		fprintf(stderr, "the audit row lost its keys\n");
		exit(1);
	}
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "open-code", open_code },
		{ "rename-in-list", rename_in_list },
		{ "import-services-fr", import_services },
		{ "import-errors-de", import_errors },
		{ "import-lmi-nl", import_lmi },
		{ "figures-export", figures_export },
		{ "figures-weeks-fr", figures_weeks_fr },
		{ "long-note", long_note },
		{ "note-keys", note_keys },
		{ "tour", tour },
		{ "signin-language", signin_language },
		{ "results-words", results_words },
		{ "audit-words-fr", audit_words_fr },
		{ "bad-phone-fr", bad_phone_fr },
		{ "not-counted", not_counted },
		{ "idle-words-de", idle_words_de },
		{ "unwritable-fr", unwritable_fr },
		{ "no-sodium-de", no_sodium_de },
		{ "text-copy-fails-nl", text_copy_fails_nl },
		{ "unsaved-de", unsaved_de },
		{ "import-by-name", import_by_name },
		{ "long-message-fr", long_message_fr },
		{ "code-words-fr", code_words_fr },
		{ "export-twice", export_twice },
		{ "signin-capital", signin_capital },
		{ "admin-help-de", admin_help_de },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
