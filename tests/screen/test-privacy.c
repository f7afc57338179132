/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of privacy: the real kiosk on a pty, under umask 022.
 *
 *   canaries         canary strings typed into every text field (search
 *                    box, the kiosk's and the counselor's code prompts,
 *                    the staff PIN, the sign-in name and password), then
 *                    keep twice (one code), a counselor's report, the idle
 *                    wipe, a delete and an expiry: no canary in any file
 *                    under the state directory, every file 0600 and every
 *                    folder 0700
 *   expiry-purge     an expired code is purged by the running kiosk (short
 *                    intervals from the settings file; the test never
 *                    calls the purge)
 *   counselor-idle   a counselor left idle is signed out
 *   station-throttle a kiosk's wrong codes do not block a counselor
 *   plain-kiosk      --kiosk --plain survives ^C, ^\, ^Z and end of input,
 *                    has no Quit, warns and wipes when idle, and only the
 *                    staff PIN ends it
 *   plain-no-sodium  without libsodium the staff item says why and asks
 *                    for no PIN
 *   plain-delete     --kiosk --plain: the visitor deletes the code kept in
 *                    this visit from the main menu; keeping again gives a
 *                    new code, and the figures count two codes
 *   busy-lock        key presses are answered while another process holds
 *                    the state database's write lock (Keep says the results
 *                    could not be kept and shows no code; how long that
 *                    takes is bench/'s figure); the counts are written
 *                    and Keep gives a code once it is free
 *   memory-wipe      after the idle wipe, no canary typed into the search
 *                    box, the code prompt or the staff PIN is left
 *                    anywhere in the kiosk's writable memory (read through
 *                    /proc/PID/mem), as text or as wide characters
 *   memory-wipe-speech the same with speech on all along (the record
 *                    engine): what was said is not left either
 *
 *   test-privacy SCENARIO
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

#include "probe.h"
#include "scenario.h"
#include "scratch.h"
#include "staff-pin.h"
#include "store/account.h"
#include "store/state.h"

#define WAIT 10000

#define PIN "246813"
#define NAME "anna"
#define PASSWORD "correct horse battery"

/* What is typed into the text fields, and must never reach a file. */
#define CANARY_SEARCH "QXSEARCHCANARY"
#define CANARY_CODE "QXCQ-XCQX"        /* kiosk's code prompt */
#define CANARY_CODE_CANON "QXCQXCQX"
#define CANARY_DESK_CODE "QXDQ-XDQX"   /* counselor's code prompt */
#define CANARY_DESK_CODE_CANON "QXDQXDQX"
#define CANARY_PIN "QXPINCANARY"
#define CANARY_NAME "qxnamecanary"
#define CANARY_PASSWORD "QXPASSCANARY"

static char conf_dir[64];
static char conf[128];

/*
 * Write a settings file (outside the state directory, which must hold
 * only what the program writes) with the kiosk's idle and warning
 * seconds, the retention and purge interval in seconds, and the
 * counselor's idle seconds.
 */
static const char *
settings(int idle, int warning, long retention, int purge, int counselor_idle)
{
	if (conf_dir[0] == '\0' &&
	    scratch_dir(conf_dir, sizeof conf_dir, "conf") != 0)
		exit(1);
	snprintf(conf, sizeof conf, "%s/orientation.conf", conf_dir);
	return staff_pin_settings(conf, PIN, "idle_seconds = %d\n"
	    "warning_seconds = %d\n[data]\nretention_seconds = %ld\n"
	    "purge_seconds = %d\n[counselor]\nidle_seconds = %d\n"
	    "warning_seconds = %d\n", idle, warning, retention, purge,
	    counselor_idle, warning);
}

/* The state directory (the scenario's scratch home); static buffer. */
static const char *
state_dir(void)
{
	static char dir[300];

	snprintf(dir, sizeof dir, "%.*s",
	    (int)(strrchr(scenario_state(), '/') - scenario_state()),
	    scenario_state());
	return dir;
}

/* Create the counselor account (before any program runs). */
static void
add_counselor(void)
{
	struct state *st;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, NAME, PASSWORD, false, time(NULL)) != ORIENTATION_OK)
		exit(1);
	state_free(st);
}

/* One number from @sql on the state database (read-only), -1 on error. */
static long
state_number(const char *sql)
{
	return probe_sql_number(scenario_state(), sql);
}

/* Wait until @sql answers @want, which the program @vt writes on a timer
 * (a purge, a sign-out, counts kept while the database was locked); false
 * after @ms.  Between looks, the harness reads what @vt draws. */
static bool
wait_number(struct vt *vt, const char *sql, long want, int ms)
{
	double deadline = vt_now() + ms / 1000.0;

	while (state_number(sql) != want) {
		if (vt_now() > deadline)
			return false;
		vt_read(vt, 100);
	}
	return true;
}

/* Start the kiosk with the settings file; in @lang, or at the language
 * screen when @lang is NULL. */
static struct vt *
start_kiosk(const char *lang, const char *config)
{
	const char *args[] = { "--config", config, "--kiosk",
	    lang != NULL ? "--lang" : NULL, lang, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, lang != NULL ? tr(lang, "Main menu") :
	    "Kies uw taal", 3 * WAIT), "first screen");
	return vt;
}

/*
 * Start the locked line mode in English.  It speaks no handshake (it is
 * not a curses program): the test waits for its lines instead.
 */
static struct vt *
start_plain(const char *config)
{
	const char *bin = getenv("ORIENTATION_BIN");
	char *argv[] = { (char *)(bin != NULL ? bin : "src/orientation"),
	    (char *)"--catalog", (char *)scenario_catalog(), (char *)"--state",
	    (char *)scenario_state(), (char *)"--config", (char *)config,
	    (char *)"--kiosk", (char *)"--plain", (char *)"--lang", (char *)"en",
	    NULL };
	static char home[320], xdg[340];
	const char *env[] = { home, xdg, "LANGUAGE=", NULL };

	snprintf(home, sizeof home, "HOME=%s", state_dir());
	snprintf(xdg, sizeof xdg, "XDG_STATE_HOME=%s", state_dir());
	return vt_start(&(struct vt_opts){ .argv = argv, .env = env, .rows = 24,
	    .cols = 80 });
}

/* Start counselor mode in English and sign in. */
static struct vt *
start_counselor(const char *config)
{
	const char *args[] = { "--config", config, "--counselor", "--lang", "en",
	    NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(vt, NAME "\r" PASSWORD "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as " NAME ".", 2 * WAIT),
	    "signed in");
	return vt;
}

/* Leave a locked kiosk with the staff PIN. */
static void
staff_exit(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, 2 * WAIT) == 0, "the PIN closes the kiosk");
	vt_free(vt);
}

/* Read the plain code "Code: XXXX-XXXX" off the screen into @code. */
static void
read_code(struct vt *vt, char code[HANDOFF_CODE_LEN + 1])
{
	char typed[16];

	for (int r = 0; r < 24; r++) {
		const char *row = vt_row(vt, r), *p = strstr(row, ": ");

		if (p != NULL && strlen(p) > 11 && p[6] == '-') {
			snprintf(typed, sizeof typed, "%.9s", p + 2);
			if (handoff_code_normalize(typed, code))
				return;
		}
	}
	VT_CHECK(vt, false, "no code on screen");
}

/* Answer the short form in English, up to the profile. */
static void
answer_short_form(struct vt *vt)
{
	char q[64];

	vt_click(vt, vt_find_row(vt, "Discover my interests"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Short form: 30 questions", WAIT), "intro");
	vt_type(vt, "1");
	for (int i = 0; i < 30; i++) {
		snprintf(q, sizeof q, "Question %d of 30", i + 1);
		VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "question %d", i + 1);
		vt_type(vt, i % 6 == 3 ? "5" : "2");
	}
	VT_CHECK(vt, vt_wait_text(vt, "Keep my results for a counsellor", WAIT),
	    "profile");
}

/* Answer the short form in English and keep the results; the code. */
static void
keep_results(struct vt *vt, char code[HANDOFF_CODE_LEN + 1])
{
	answer_short_form(vt);
	vt_click(vt, vt_find_row(vt, "Keep my results for a counsellor"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Your code for the counsellor:", WAIT),
	    "code screen");
	read_code(vt, code);
}

/* Go to "Delete my results" from the main menu and type @typed. */
static void
delete_code(struct vt *vt, const char *typed)
{
	vt_click(vt, vt_find_row(vt, "Delete my results (with my code)"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "delete screen");
	vt_type(vt, typed);
	vt_type(vt, "\r");
}

/* ------------------------------------------------------------ files */

/*
 * Check every file and folder under @dir: no canary inside, files 0600,
 * folders 0700.  Reports the first problem in @why; @files counts the
 * files looked at.
 */
static bool
tree_clean(const char *dir, const char *const *canaries, char *why,
    size_t whysz, int *files)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat sb;
	bool ok = true;

	if (d == NULL || stat(dir, &sb) != 0) {
		snprintf(why, whysz, "cannot read %s", dir);
		if (d != NULL)
			closedir(d);
		return false;
	}
	if ((sb.st_mode & 07777) != 0700) {
		snprintf(why, whysz, "%s is %o, not 700", dir, sb.st_mode & 07777);
		ok = false;
	}
	while (ok && (e = readdir(d)) != NULL) {
		char path[600];

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (lstat(path, &sb) != 0)
			continue;
		if (S_ISDIR(sb.st_mode)) {
			ok = tree_clean(path, canaries, why, whysz, files);
			continue;
		}
		(*files)++;
		if ((sb.st_mode & 07777) != 0600) {
			snprintf(why, whysz, "%s is %o, not 600", path,
			    sb.st_mode & 07777);
			ok = false;
		}
		for (int i = 0; ok && canaries[i] != NULL; i++) {
			if (probe_file_has(path, canaries[i])) {
				snprintf(why, whysz, "%s holds %s", path, canaries[i]);
				ok = false;
			}
		}
	}
	closedir(d);
	return ok;
}

static const char *process_holds(pid_t pid, const char *const *needles,
    int *regions);

/*
 * From the main menu: a canary into the search box, one into the code
 * prompt of "Delete my results", one into the staff PIN prompt, which
 * stays open ("Wrong PIN.").  With @typed, the kiosk's memory is looked
 * at while the search box holds its canary, which must be found there:
 * that shows the look can find what the wipe must remove.
 */
static void
type_canaries(struct vt *vt, const char *const *typed)
{
	int regions = 0;

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, "Type a few letters", WAIT), "search");
	vt_type(vt, CANARY_SEARCH);
	VT_CHECK(vt, vt_wait_text(vt, "Nothing found.", WAIT), "nothing found");
	if (typed != NULL) {
		VT_CHECK(vt, process_holds(vt_pid(vt), typed, &regions) != NULL,
		    "the search box's text is found while it is typed");
		VT_CHECK(vt, regions > 0, "no memory read");
	}
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	delete_code(vt, CANARY_CODE);
	VT_CHECK(vt, vt_wait_text(vt, "No results are kept under this code",
	    WAIT), "unknown code");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, CANARY_PIN "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Wrong PIN.", 2 * WAIT), "wrong PIN");
}

/* ------------------------------------------------------------ scenarios */

static void
canaries(void)
{
	static const char *const all[] = {
		CANARY_SEARCH, CANARY_CODE, CANARY_CODE_CANON, CANARY_DESK_CODE,
		CANARY_DESK_CODE_CANON, CANARY_PIN, CANARY_NAME, CANARY_PASSWORD,
		NULL,
	};
	char code[HANDOFF_CODE_LEN + 1], again[HANDOFF_CODE_LEN + 1];
	char report[600], why[700], expired[HANDOFF_CODE_LEN + 1];
	struct vt *vt, *desk;
	int files = 0;

	umask(022);
	add_counselor();
	/* Idle 8 s: longer than any pause of the test between two keys. */
	vt = start_kiosk("en", settings(8, 2, 30L * 86400, 3600, 600));

	type_canaries(vt, NULL);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");

	/* Keep twice: one code. */
	keep_results(vt, code);
	vt_type(vt, "2");   /* back to the profile */
	VT_CHECK(vt, vt_wait_text(vt, "Keep my results for a counsellor", WAIT),
	    "profile again");
	vt_click(vt, vt_find_row(vt, "Keep my results for a counsellor"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Your code for the counsellor:", WAIT),
	    "code screen again");
	read_code(vt, again);
	VT_CHECK(vt, strcmp(code, again) == 0, "the same code: %s, %s", code,
	    again);
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 1,
	    "one code kept");
	VT_CHECK(vt, state_number("SELECT n FROM usage WHERE kind = "
	    "'handoff'") == 1, "the figures count one code, not two");
	/* What the code keeps, as docs/privacy.md lists it. */
	VT_CHECK(vt, vt_has_text(vt, "your language are kept"),
	    "the screen names the language among what is kept");

	/* The idle wipe. */
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 3 * WAIT),
	    "idle warning");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", 3 * WAIT), "wiped");

	/* The counselor: canaries in the sign-in and the code prompt, then a
	 * report of the visitor's results. */
	desk = scenario_start(24, 80, (const char *const[]){ "--config", conf,
	    "--counselor", "--lang", "en", NULL }, NULL);
	VT_CHECK(desk, vt_wait_text(desk, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(desk, CANARY_NAME "\r" CANARY_PASSWORD "\r");
	VT_CHECK(desk, vt_wait_text(desk, "Wrong name or password.", 2 * WAIT),
	    "unknown name refused");
	vt_key(desk, VTERM_KEY_UP);
	vt_type(desk, "\x15" NAME "\r\x15" PASSWORD "\r");
	VT_CHECK(desk, vt_wait_text(desk, "Signed in as " NAME ".", 2 * WAIT),
	    "signed in");
	vt_type(desk, "1");
	VT_CHECK(desk, vt_wait_text(desk, "Code:", WAIT), "code prompt");
	vt_type(desk, CANARY_DESK_CODE "\r");
	VT_CHECK(desk, vt_wait_text(desk, "No results are kept under this code",
	    WAIT), "unknown code at the desk");
	vt_type(desk, "\x15");
	vt_type(desk, code);
	vt_type(desk, "\r");
	VT_CHECK(desk, vt_wait_text(desk, "language used: English", WAIT),
	    "results opened");
	vt_type(desk, "5");
	VT_CHECK(desk, vt_wait_text(desk, "Report saved:", 4 * WAIT), "report");
	snprintf(report, sizeof report, "%s/reports/%s-en.pdf", state_dir(), code);
	VT_CHECK(desk, access(report, F_OK) == 0, "%s written", report);
	scenario_quit(desk, WAIT);

	/* The visitor comes back and deletes: rows and report go. */
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	delete_code(vt, code);
	VT_CHECK(vt, vt_wait_text(vt, "Your results were deleted.", WAIT),
	    "deleted");
	VT_CHECK(vt, access(report, F_OK) != 0, "report removed with the code");
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 0,
	    "nothing kept");
	staff_exit(vt);

	/* An expiry, by a kiosk with a short retention. */
	vt = start_kiosk("en", settings(0, 30, 2, 1, 600));
	keep_results(vt, expired);
	VT_CHECK(vt, wait_number(vt, "SELECT count(*) FROM handoff", 0, 4 * WAIT),
	    "expired code purged by the running kiosk");

	/* The audit says what happened, without what was typed. */
	VT_CHECK(vt, state_number("SELECT count(*) FROM audit WHERE action = "
	    "'staff pin wrong'") == 1, "wrong PIN audited");
	VT_CHECK(vt, state_number("SELECT count(*) FROM audit WHERE action = "
	    "'code refused'") == 1, "refused code audited");
	VT_CHECK(vt, state_number("SELECT count(*) FROM audit WHERE detail = "
	    "'not found'") == 1, "... without the code");
	VT_CHECK(vt, state_number("SELECT n FROM usage WHERE kind = "
	    "'search-empty'") == 1, "the empty search counted");
	/* While the kiosk runs, with its WAL and SHM, and after it ended. */
	VT_CHECK(vt, tree_clean(state_dir(), all, why, sizeof why, &files),
	    "%s", why);
	VT_CHECK(vt, files >= 3, "only %d files looked at", files);
	staff_exit(vt);
	files = 0;
	if (!tree_clean(state_dir(), all, why, sizeof why, &files)) {
		fprintf(stderr, "after the kiosk ended: %s\n", why);
		exit(1);
	}
	printf("%d files checked under %s\n", files, state_dir());
}

static void
expiry_purge(void)
{
	struct vt *vt = start_kiosk("en", settings(0, 30, 3, 1, 600));
	char code[HANDOFF_CODE_LEN + 1];

	keep_results(vt, code);
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 1, "kept");
	/* Nobody touches the kiosk and nobody calls the purge. */
	VT_CHECK(vt, wait_number(vt, "SELECT count(*) FROM handoff", 0, 4 * WAIT),
	    "purged by the running kiosk");
	VT_CHECK(vt, vt_sync(vt), "still running");
	VT_CHECK(vt, vt_has_text(vt, code + 4), "the code still on screen");
	staff_exit(vt);
}

static void
counselor_idle(void)
{
	struct vt *vt;

	add_counselor();
	vt = start_counselor(settings(90, 1, 86400, 3600, 2));
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 3 * WAIT),
	    "idle warning for the counselor");
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", 3 * WAIT),
	    "signed out");
	VT_CHECK(vt, !vt_has_text(vt, "Signed in as"), "not signed in");
	VT_CHECK(vt, wait_number(vt, "SELECT count(*) FROM audit WHERE action = "
	    "'signout' AND who = '" NAME "'", 1, WAIT), "sign-out audited");
	scenario_quit(vt, WAIT);
}

static void
station_throttle(void)
{
	char code[HANDOFF_CODE_LEN + 1] = "", shown[16];
	struct session s;
	struct state *st;
	struct vt *kiosk, *desk;
	time_t expires;
	int ids[1] = { 1 };
	enum riasec_type types[1] = { RIASEC_S };

	add_counselor();
	if (state_open(scenario_state(), &st) != ORIENTATION_OK)
		exit(1);
	session_wipe(&s);
	snprintf(s.lang, sizeof s.lang, "en");
	session_begin_quiz(&s, SESSION_FORM_SHORT, ids, types, 1, time(NULL));
	s.answer[0] = 4;
	if (state_handoff_save(st, &s, time(NULL), 3600, random_bytes, code,
	    &expires) != ORIENTATION_OK)
		exit(1);
	state_free(st);

	kiosk = start_kiosk("en", settings(0, 30, 86400, 3600, 600));
	delete_code(kiosk, "ZZZZ-ZZZ0");
	for (int i = 0; i < STATE_CODE_TRIES; i++) {
		VT_CHECK(kiosk, vt_wait_text(kiosk, "No results are kept under",
		    WAIT), "wrong code %d", i + 1);
		vt_type(kiosk, "x\x7f");   /* the message goes with the next key */
		vt_type(kiosk, "\x15" "ZZZZ-ZZZ0\r");
	}
	VT_CHECK(kiosk, vt_wait_text(kiosk, "Too many wrong codes.", WAIT),
	    "the kiosk is blocked");
	/* The desk is not. */
	desk = start_counselor(conf);
	vt_type(desk, "1");
	VT_CHECK(desk, vt_wait_text(desk, "Code:", WAIT), "code prompt");
	vt_type(desk, code);
	vt_type(desk, "\r");
	snprintf(shown, sizeof shown, "%.4s-%s", code, code + 4);
	VT_CHECK(desk, vt_wait_text(desk, shown, WAIT),
	    "the counselor opens the code");
	scenario_quit(desk, WAIT);
	/* An administrator lifts the kiosk's block. */
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    state_code_unblock(st, NULL) != STATE_CODE_TRIES)
		exit(1);
	state_free(st);
	vt_type(kiosk, "\x15" "ZZZZ-ZZZ0\r");
	VT_CHECK(kiosk, vt_wait_text(kiosk, "No results are kept under", WAIT),
	    "look-ups again after unblock");
	staff_exit(kiosk);
}

/* In the line mode at the main menu: the short form, every answer "Not
 * sure", up to the offer to keep. */
static void
plain_short_form(struct vt *vt)
{
	vt_type(vt, "1\r");
	VT_CHECK(vt, vt_wait_text(vt, "Question 1 of 30", WAIT), "questionnaire");
	for (int i = 0; i < 30; i++)
		vt_type(vt, "3\r");
	VT_CHECK(vt, vt_wait_text(vt, "Back to the main menu", 2 * WAIT),
	    "the offer to keep");
}

/* Leave the locked line mode from its main menu with the staff PIN. */
static void
plain_staff_exit(struct vt *vt)
{
	vt_type(vt, "staff\r");
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, 2 * WAIT) == 0, "the PIN ends it");
	vt_free(vt);
}

static void
plain_kiosk(void)
{
	/* Idle 8 s, warning 4 s: longer than any step of the test takes on a
	 * loaded machine (an Argon2id check of a wrong PIN under ASan), so
	 * that only the step that waits for it meets the timer. */
	struct vt *vt = start_plain(settings(8, 4, 86400, 3600, 600));

	VT_CHECK(vt, vt_wait_text(vt, "Find a guidance service", WAIT), "menu");
	VT_CHECK(vt, !vt_has_text(vt, "Quit"), "no Quit item");
	vt_type(vt, "\x03");
	vt_type(vt, "\x1c");
	vt_type(vt, "\x1a");
	/* What the line mode prints comes in order, so the answer to the next
	 * line shows that ^C, ^\\ and ^Z ended nothing. */
	vt_type(vt, "q\r");
	VT_CHECK(vt, vt_wait_text(vt, "Please type one of the numbers", WAIT),
	    "^C ^\\ ^Z: still running, and q does not quit");
	/* End of input starts over for the next person. */
	vt_type(vt, "\x04");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "^D starts over");
	vt_type(vt, "4\r");
	VT_CHECK(vt, vt_wait_text(vt, "Find a guidance service", WAIT),
	    "^D: still running, at the menu");
	/* Idle at the offer to keep the results: a warning in words, then
	 * the wipe, and the next person starts at the language choice. */
	plain_short_form(vt);
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 3 * WAIT),
	    "idle warning");
	VT_CHECK(vt, vt_wait_text(vt, "Nobody answered", 3 * WAIT), "wiped");
	/* At once, not after another idle time (8 s). */
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", 4000),
	    "the next person chooses a language");
	vt_type(vt, "4\r");
	VT_CHECK(vt, vt_wait_text(vt, "Find a guidance service", WAIT), "menu");
	/* Staff only, with the PIN. */
	vt_type(vt, "staff\r");
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, "111111\r");
	VT_CHECK(vt, vt_wait_text(vt, "Wrong PIN.", 2 * WAIT), "wrong PIN");
	VT_CHECK(vt, !vt_has_text(vt, "111111"), "the PIN is not echoed");
	plain_staff_exit(vt);
}

/* Without libsodium the line mode's staff item says that the PIN cannot
 * be checked, before asking for it, and counts no wrong PIN. */
static void
plain_no_sodium(void)
{
	/* The settings' PIN hash is made here, with the library. */
	const char *config = settings(0, 30, 86400, 3600, 600);
	struct vt *vt;

	setenv("ORIENTATION_SODIUM_LIBRARY", "/nonexistent/libsodium.so.23", 1);
	vt = start_plain(config);
	unsetenv("ORIENTATION_SODIUM_LIBRARY");
	VT_CHECK(vt, vt_wait_text(vt, "Find a guidance service", WAIT), "menu");
	vt_type(vt, "staff\r");
	VT_CHECK(vt, vt_wait_text(vt, "The password library libsodium "
	    "(libsodium.so.23) cannot be loaded", WAIT), "says why");
	VT_CHECK(vt, !vt_has_text(vt, "PIN:") && !vt_has_text(vt, "Wrong PIN."),
	    "asks for no PIN");
	vt_free(vt);
}

/* Answer the short form in the line mode and keep the results; the
 * code. */
static void
plain_keep(struct vt *vt, char code[HANDOFF_CODE_LEN + 1])
{
	plain_short_form(vt);
	vt_type(vt, "1\r");
	VT_CHECK(vt, vt_wait_text(vt, "valid until", WAIT), "a code");
	read_code(vt, code);
}

static void
plain_delete(void)
{
	struct vt *vt = start_plain(settings(0, 30, 86400, 3600, 600));
	char code[HANDOFF_CODE_LEN + 1], again[HANDOFF_CODE_LEN + 1];

	VT_CHECK(vt, vt_wait_text(vt, "4. Delete my results (with my code)",
	    WAIT), "the menu offers to delete");
	plain_keep(vt, code);
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 1, "kept");
	VT_CHECK(vt, vt_wait_text(vt, "4. Delete my results", WAIT), "menu");
	vt_type(vt, "4\r");
	VT_CHECK(vt, vt_wait_text(vt, "An empty line or q goes back", WAIT),
	    "the code is asked for");
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Your results were deleted.", WAIT),
	    "deleted");
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 0,
	    "nothing kept");
	/* Back at the menu: keeping again is a new code, not the deleted one,
	 * and the figures count it. */
	plain_keep(vt, again);
	VT_CHECK(vt, strcmp(code, again) != 0, "a new code after the delete");
	VT_CHECK(vt, state_number("SELECT count(*) FROM handoff") == 1,
	    "kept again");
	VT_CHECK(vt, wait_number(vt, "SELECT coalesce(sum(n), 0) FROM usage "
	    "WHERE kind = 'handoff'", 2, WAIT), "two codes counted");
	plain_staff_exit(vt);
}

static void
busy_lock(void)
{
	struct vt *vt = start_kiosk(NULL, settings(0, 30, 86400, 3600, 600));
	sqlite3 *other;

	/* Another process takes the write lock and keeps it. */
	VT_CHECK(vt, sqlite3_open(scenario_state(), &other) == SQLITE_OK &&
	    sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK,
	    "lock taken");
	/* Choosing a language counts twice; the counts wait in memory
	 * instead of for the lock.  How long a key takes under the lock is a
	 * benchmark's figure (bench/run: "write lock held by another"), not
	 * this test's: here the screens must answer and nothing be written. */
	vt_type(vt, "4");
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT),
	    "answered while the database is locked");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "zzqqzz");
	VT_CHECK(vt, vt_wait_text(vt, "Nothing found.", WAIT), "typing answered");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT),
	    "leaving the search answered");
	VT_CHECK(vt, state_number("SELECT count(*) FROM usage") == 0,
	    "nothing written yet");
	/* Keep cannot show a code that is not on disk: it says so once the
	 * kiosk's patience is over, rather than show a code. */
	answer_short_form(vt);
	vt_click(vt, vt_find_row(vt, "Keep my results for a counsellor"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Your results could not be kept", WAIT),
	    "keep answered while the database is locked");
	VT_CHECK(vt, !vt_has_text(vt, "Your code for the counsellor:"),
	    "no code shown for results not on disk");
	sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(other);
	vt_type(vt, "2");   /* back to the profile, and keep again */
	VT_CHECK(vt, vt_wait_text(vt, "Keep my results for a counsellor", WAIT),
	    "profile");
	vt_click(vt, vt_find_row(vt, "Keep my results for a counsellor"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Your code for the counsellor:", WAIT),
	    "kept once the lock is free");
	/* The counts waited in memory and are written between keys. */
	VT_CHECK(vt, wait_number(vt, "SELECT total(n) FROM usage WHERE kind IN "
	    "('session', 'language', 'search-empty')", 3, WAIT),
	    "counts written once the lock is free");
	staff_exit(vt);
}

/* Whether @n bytes at @p hold @needle as UTF-8, lower-case ASCII or
 * UTF-32 (curses keeps wide characters). */
static bool
memory_has(const char *p, size_t n, const char *needle)
{
	char lower[64];
	uint32_t wide[64];
	size_t len = strlen(needle);

	for (size_t i = 0; i <= len; i++) {
		lower[i] = (char)(needle[i] >= 'A' && needle[i] <= 'Z' ?
		    needle[i] - 'A' + 'a' : needle[i]);
		wide[i] = (uint32_t)(unsigned char)needle[i];
	}
	return memmem(p, n, needle, len) != NULL ||
	    memmem(p, n, lower, len) != NULL ||
	    memmem(p, n, wide, len * sizeof wide[0]) != NULL;
}

/*
 * Look for each of @needles in the writable memory of process @pid; the
 * first found, or NULL.  *@regions counts the regions read.
 */
static const char *
process_holds(pid_t pid, const char *const *needles, int *regions)
{
	char path[64], line[512];
	const char *found = NULL;
	FILE *maps;
	int mem;

	snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
	if ((maps = fopen(path, "r")) == NULL)
		return "(no maps)";
	snprintf(path, sizeof path, "/proc/%d/mem", (int)pid);
	if ((mem = open(path, O_RDONLY)) < 0) {
		fclose(maps);
		return "(no mem)";
	}
	while (found == NULL && fgets(line, sizeof line, maps) != NULL) {
		unsigned long a, b;
		char perm[8];
		char *buf;
		size_t got = 0;

		if (sscanf(line, "%lx-%lx %7s", &a, &b, perm) != 3 ||
		    perm[0] != 'r' || perm[1] != 'w' || b - a > (64UL << 20) ||
		    (buf = malloc(b - a)) == NULL)
			continue;
		/* Page by page: a page that cannot be read reads as zeros.
		 * (Regions above 64 MiB are sanitizer shadow, not the heap.) */
		for (unsigned long off = 0; off < b - a; off += 4096) {
			size_t len = b - a - off < 4096 ? b - a - off : 4096;

			if (lseek(mem, (off_t)(a + off), SEEK_SET) == (off_t)-1 ||
			    read(mem, buf + off, len) != (ssize_t)len)
				memset(buf + off, 0, len);
			got += len;
		}
		(*regions)++;
		for (int i = 0; found == NULL && needles[i] != NULL; i++)
			if (memory_has(buf, got, needles[i]))
				found = needles[i];
		free(buf);
	}
	close(mem);
	fclose(maps);
	return found;
}

/* After the idle wipe, nothing typed is in the kiosk's memory; with
 * @speech, speech was on all along (the record engine), so what was said
 * is looked for too. */
static void
memory_wipe_run(bool speech)
{
	static const char *const typed[] = {
		CANARY_SEARCH, CANARY_CODE_CANON, CANARY_PIN, NULL,
	};
	/* Idle 15 s: longer than a look through the memory of a kiosk built
	 * with ASan on a loaded core, which happens between two keys. */
	const char *config = settings(15, 2, 86400, 3600, 600);
	const char *args[] = { "--config", config, "--kiosk", "--lang", "en",
	    NULL };
	struct vt *vt;
	const char *found;
	int regions = 0;

	if (speech) {
		FILE *f = fopen(config, "a");

		if (f == NULL)
			exit(1);
		fprintf(f, "[speech]\nenabled = true\nengine = record\n"
		    "output = %d\n", VT_SPEECH_FD);
		fclose(f);
	}
	vt = speech ? scenario_start_speech(24, 80, args, NULL) :
	    scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Main menu"), 3 * WAIT),
	    "first screen");
	type_canaries(vt, typed);
	if (speech) {
		char echo[16];

		snprintf(echo, sizeof echo, "say en\t%c\n", CANARY_SEARCH[0]);
		VT_CHECK(vt, strstr(vt_spoken(vt), echo) != NULL, "the search "
		    "box's first letter was said as it was typed");
	}
	/* Nobody touches the kiosk: the warning, then the wipe. */
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", 5 * WAIT), "wiped");
	vt_sync(vt);
	found = process_holds(vt_pid(vt), typed, &regions);
	VT_CHECK(vt, found == NULL, "after the wipe the kiosk's memory still "
	    "holds %s", found);
	staff_exit(vt);
}

static void
memory_wipe(void)
{
	memory_wipe_run(false);
}

static void
memory_wipe_speech(void)
{
	memory_wipe_run(true);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "canaries", canaries },
		{ "expiry-purge", expiry_purge },
		{ "counselor-idle", counselor_idle },
		{ "station-throttle", station_throttle },
		{ "plain-kiosk", plain_kiosk },
		{ "plain-no-sodium", plain_no_sodium },
		{ "plain-delete", plain_delete },
		{ "busy-lock", busy_lock },
		{ "memory-wipe", memory_wipe },
		{ "memory-wipe-speech", memory_wipe_speech },
	};
	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
