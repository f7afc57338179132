/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of a walk-in's results at the desk: a kiosk visitor keeps
 * their results, a counsellor signs in (wrong password first), opens them
 * by code, writes a note, makes a report, corrects a service's phone
 * number, reads the figures and signs out.  A note longer than the note
 * field (not written by this program) is not opened for a change, which
 * would cut it; F1 while a note is written; the results and wrong codes
 * in the counsellor's words; an output folder that cannot be written and
 * a report whose text copy cannot be written; results deleted, after
 * which their actions are gone.
 *
 *   test-counselor-results SCENARIO
 */
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
#include "store/service.h"
#include "store/state.h"
#include "visit.h"

#define WAIT DESK_WAIT

/* Whether the whole of @text shows: its start, and its last word (a
 * message too long for its two rows loses its end). */
static bool
whole_message(struct vt *vt, const char *text)
{
	return vt_has_text(vt, head_of(text, 30)) &&
	    vt_has_text(vt, strrchr(text, ' ') + 1);
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

	desk_visitor_keeps(code);
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
	desk_back_to_menu(vt);

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
	desk_edit_and_save(vt, "Phone:", "366 466-9", "Phone: 366 466-9");
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
	desk_back_to_menu(vt);

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
	desk_sign_out(vt);

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

/* A note of 1,100 bytes, more than the note field holds, written to the
 * state directly: the counsellor is told it is too long to change here,
 * and the note stays whole. */
static void
long_note(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", note[1101], *kept = NULL;
	struct state *st;
	struct vt *vt;

	desk_visitor_keeps(code);
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

	desk_visitor_keeps(code);
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

	desk_visitor_keeps(code);
	snprintf(who, sizeof who, tr("fr", "Signed in as %s."), "anna");
	vt = desk_signed_in_with("fr", args, env);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Code:"), WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Print the last report"), WAIT),
	    "results");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, desk_before_format("fr",
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
	VT_CHECK(vt, vt_wait_text(vt, desk_before_format("fr", "Saved: %s"), WAIT),
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

	desk_visitor_keeps(code);
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
	/* An older .txt that cannot be written over (here a link to where
	 * nothing can be made) does not stay to pass for the new report's. */
	if (symlink("/nonexistent/older.txt", path) != 0) {
		perror(path);
		exit(1);
	}
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, said, WAIT), "says: %s", said);
	VT_CHECK(vt, lstat(path, &sb) != 0, "the older %s removed", path);
	scenario_quit(vt, WAIT);
}

/* Deleting takes a second Enter; then the page says that the results are
 * no longer kept, and their actions are gone: not shown, and their
 * numbers and Enter do nothing (no report of nothing is made). */
static void
delete_twice(void)
{
	static const char *const actions[] = {
		"Write or change the note", "Keep it longer", "Delete these",
		"Report in my language", "Print the last report",
	};
	char code[HANDOFF_CODE_LEN + 1] = "", pdf[400];
	struct stat sb;
	struct vt *vt;

	desk_visitor_keeps(code);
	vt = desk_signed_in("en");
	visit_counselor_open(vt, code, WAIT);
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, "Press Enter again to delete these "
	    "results for good.", WAIT), "asks first");
	VT_CHECK(vt, vt_has_text(vt, "Interest code: S"), "not deleted yet");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "These results are no longer kept "
	    "(deleted or expired).", WAIT), "deleted");
	for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
		VT_CHECK(vt, !vt_has_text(vt, actions[i]), "%s still shown",
		    actions[i]);
	vt_type(vt, "4");
	vt_key(vt, VTERM_KEY_ENTER);
	vt_type(vt, "5");
	snprintf(pdf, sizeof pdf, "%s/%s-en.pdf", scenario_reports(), code);
	VT_CHECK(vt, stat(pdf, &sb) != 0, "no report made: %s", pdf);
	VT_CHECK(vt, !vt_has_text(vt, "Report saved"), "no report said");
	VT_CHECK(vt, vt_has_text(vt, "no longer kept"), "the page stays");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "Esc: back to the code");
	scenario_quit(vt, WAIT);
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

	desk_visitor_keeps(code);
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

	vt = desk_signed_in_as("de", "anna", "correct horse battery");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Code:"), WAIT), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, desk_before_format("de",
	    "Interest code: %s (%s)"), WAIT), "the code line in German");
	VT_CHECK(vt, !vt_has_text(vt, desk_before_format("de",
	    "Your interest code: %s (%s)")), "not the walk-in's");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "open-code", open_code },
		{ "long-note", long_note },
		{ "note-keys", note_keys },
		{ "results-words", results_words },
		{ "unwritable-fr", unwritable_fr },
		{ "text-copy-fails-nl", text_copy_fails_nl },
		{ "code-words-fr", code_words_fr },
		{ "delete-twice", delete_twice },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
