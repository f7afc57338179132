/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of counselor mode: a kiosk visitor keeps their results, a
 * counselor signs in (wrong password first), opens them by code, writes a
 * note, makes a report, corrects a service's phone number, reads the
 * figures and signs out.  A note longer than the note field (not written
 * by this program) is not opened for a change, which would cut it.
 *
 *   test-counselor SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scenario.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/service.h"
#include "store/state.h"
#include "visit.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000

static char catalog_copy[300];

/* A writable copy of the catalog, since the counselor edits it. */
static const char *
copy_catalog(void)
{
	char cmd[700];

	snprintf(catalog_copy, sizeof catalog_copy, "%s/catalog.db",
	    scenario_dir());
	snprintf(cmd, sizeof cmd, "cp '%s' '%s'", scenario_catalog(),
	    catalog_copy);
	if (system(cmd) != 0)
		exit(1);
	return catalog_copy;
}

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
	visit_read_code(vt, code);
	scenario_quit(vt, WAIT);
}

/* The counsellor account the scenarios sign in with. */
static void
add_anna(void)
{
	struct state *st;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, "anna", "correct horse battery", false, time(NULL)) !=
	    ORIENTATION_OK)
		exit(1);
	state_free(st);
}

/* Start counselor mode with @args and sign in as anna. */
static struct vt *
anna_signs_in(const char *const *args)
{
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(vt, "anna\rcorrect horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "signed in");
	return vt;
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
	    copy_catalog(), NULL };
	const char *kiosk_args[] = { "--lang", "en", "--catalog", catalog_copy,
	    NULL };
	struct vt *kiosk;
	struct state *st;
	struct catalog *cat;
	struct service_detail sd;
	struct vt *vt;
	int row;

	visitor_keeps(code);
	add_anna();

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
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");

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
	edit_and_save(vt, "Phone:", "366 466-9", "Phone: 366 466-9");
	if (catalog_open(catalog_copy, &cat) != ORIENTATION_OK)
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
		service_items_free(items, n);
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
	vt_key(kiosk, VTERM_KEY_FUNCTION(10));
	VT_CHECK(kiosk, vt_wait_exit(kiosk, WAIT) == 0, "kiosk quits");
	vt_free(kiosk);
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");

	/* This week's figures count the visitor. */
	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	/* The visitor who kept a code and the kiosk that stayed open. */
	VT_CHECK(vt, vt_wait_text(vt, "In all: 2 visitors, 1 questionnaire "
	    "finished of 1 begun, 1 code kept.", WAIT), "figures");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "signed out");
	scenario_quit(vt, WAIT);

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

/* A renamed service shows under its new name in the list the counsellor
 * comes back to (the list screen's resume), without leaving it. */
static void
rename_in_list(void)
{
	const char *args[] = { "--counselor", "--lang", "en", "--catalog",
	    copy_catalog(), NULL };
	struct vt *vt;

	add_anna();
	vt = anna_signs_in(args);
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
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");
	scenario_quit(vt, WAIT);
}

/* A note of 1,100 bytes, more than the note field holds, written to the
 * state directly: the counsellor is told it is too long to change here,
 * and the note stays whole. */
static void
long_note(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", note[1101], *kept = NULL;
	const char *args[] = { "--counselor", "--lang", "en", NULL };
	struct state *st;
	struct vt *vt;

	visitor_keeps(code);
	add_anna();
	memset(note, 'n', sizeof note - 1);
	note[sizeof note - 1] = '\0';
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    state_handoff_set_note(st, code, note) != ORIENTATION_OK)
		exit(1);
	state_free(st);

	vt = anna_signs_in(args);
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
/* The figures saved as CSV land in the reports folder and say so; where
 * that folder cannot take the file, the counsellor reads that the file
 * cannot be written (not that the disk is full). */
static void
figures_export(void)
{
	const char *args[] = { "--counselor", "--lang", "en", NULL };
	char glob_pattern[400], line[128] = "";
	struct vt *vt;
	FILE *f;

	add_anna();
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(vt, "anna\rcorrect horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "signed in");
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
	VT_CHECK(vt, strncmp(line, "date,", 5) == 0 || strchr(line, ',') != NULL,
	    "the file starts with its header");

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
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", WAIT), "menu");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "signed out");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "open-code", open_code },
		{ "rename-in-list", rename_in_list },
		{ "long-note", long_note },
		{ "figures-export", figures_export },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
