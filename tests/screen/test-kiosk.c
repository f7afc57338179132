/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of kiosk mode: idle warning and wipe, lock-down against
 * ^C/^Z/^\ and escape bursts, the staff PIN exit, hand-off codes, delete
 * by code and its throttle, and a soak test of random input.
 *
 *   test-kiosk SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scenario.h"
#include "staff-pin.h"
#include "store/account.h"
#include "store/state.h"
#include "visit.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000
#define PIN "2468"

static char settings[300];

/* Write a settings file with @idle and @warning seconds and a staff PIN. */
static const char *
write_settings(int idle, int warning)
{
	snprintf(settings, sizeof settings, "%s/kiosk.conf", scenario_dir());
	return staff_pin_settings(settings, PIN, "idle_seconds = %d\n"
	    "warning_seconds = %d\n[data]\nretention_days = 30\n", idle,
	    warning);
}

/* Start the kiosk in @lang with the settings file. */
static struct vt *
start(const char *lang, bool kiosk, int idle, int warning)
{
	const char *args[] = { "--config", write_settings(idle, warning),
	    "--lang", lang, kiosk ? "--kiosk" : NULL, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	return vt;
}

/* Leave a locked kiosk with the staff PIN; @lang is the language the
 * kiosk shows, or NULL when random input may have changed it. */
static void
staff_exit(struct vt *vt, const char *lang)
{
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	if (lang != NULL)
		VT_CHECK(vt, vt_wait_text(vt, tr(lang, "PIN:"), WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "the right PIN closes the kiosk");
}

/*
 * Idle: the warning comes, a key extends, no key wipes.  No key drives
 * these screens, so they are waited for by their text, with deadlines
 * far longer than the timers; the timers are long enough that a busy
 * machine does not reach them between two keys of the test.
 */
#define IDLE_S 5
#define WARNING_S 6
#define TIMER_WAIT 60000

static void
idle_wipe(void)
{
	struct vt *vt = start("fr", false, IDLE_S, WARNING_S);
	char q[128];

	vt_click(vt, vt_find_row(vt, tr("fr", "Discover my interests")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Short form: 30 questions, about "
	    "5 minutes"), WAIT), "intro");
	vt_type(vt, "1");
	vt_type(vt, "5");
	vt_type(vt, "4");
	snprintf(q, sizeof q, tr("fr", "Question %d of %d"), 3, 30);
	VT_CHECK(vt, vt_wait_text(vt, q, WAIT), "two answers given");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Are you still there?"),
	    TIMER_WAIT), "idle warning in French");
	VT_CHECK(vt, vt_type(vt, " "), "answered");
	VT_CHECK(vt, vt_has_text(vt, q), "a key extends: same question");
	VT_CHECK(vt, !vt_has_text(vt, tr("fr", "Are you still there?")),
	    "warning gone");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Are you still there?"),
	    TIMER_WAIT), "warning again");
	/* The handshake's fence is not a key: it does not answer it. */
	VT_CHECK(vt, vt_sync(vt) && vt_sync(vt) &&
	    vt_has_text(vt, tr("fr", "Are you still there?")),
	    "the warning stays through fences");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", TIMER_WAIT),
	    "wiped: back to the language screen");
	VT_CHECK(vt, !vt_has_text(vt, q), "nothing of the visitor on screen");
	/* The answers are gone: the questionnaire starts afresh. */
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("fr", "Discover my interests")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Short form: 30 questions, about "
	    "5 minutes"), WAIT), "intro");
	VT_CHECK(vt, vt_has_text(vt, "2. ") && !vt_has_text(vt, "3. "),
	    "two forms, no \"continue\" entry");
	scenario_quit(vt, WAIT);
}

/*
 * The idle warning shows whatever the window's size; in one too small
 * for its large figure (30x8) it says its words from the top, the
 * seconds in them, rather than a figure cut in half and no words.
 */
static void
idle_warning_small_lb(void)
{
	struct vt *vt = start("lb", false, IDLE_S, 600);
	char more[128];

	snprintf(more, sizeof more, "%s", head_of(tr("lb", "Press any key or "
	    "tap the screen to continue. Otherwise your answers will be "
	    "deleted in %ld second."), 16));
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Are you still there?"),
	    TIMER_WAIT), "idle warning in Luxembourgish");
	vt_resize(vt, 8, 30);
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Are you still there?"), WAIT) &&
	    vt_has_text(vt, more), "at 30x8: the warning and what to do");
	vt_resize(vt, 24, 80);
	VT_CHECK(vt, vt_wait_text(vt, more, WAIT), "at 80x24 again");
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_text(vt, tr("lb", "Main menu"), WAIT),
	    "a key answers it");
	scenario_quit(vt, WAIT);
}

/* The privacy note's singular msgid: its first words are the plural's. */
#define PRIVACY "Nothing you type is kept; nothing shows who you are. Only " \
	"with a code are your answers kept, %ld day, for a counsellor."

/*
 * "I am done" in a kiosk started in German (--lang de): the language
 * screen that follows is in German, and so is its cursor: on Deutsch,
 * with the privacy note (shown in the language under the cursor) in
 * German, so that Enter keeps the kiosk's language rather than picking
 * the first in the list.
 */
static void
done_lang_de(void)
{
	struct vt *vt = start("de", true, 0, 30);
	int row, col;

	vt_type(vt, "0");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Was this helpful?"), WAIT),
	    "goodbye");
	vt_type(vt, "6");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT),
	    "the language screen");
	vt_cursor(vt, &row, &col);
	VT_CHECK(vt, row == vt_find_row(vt, "Deutsch"),
	    "the cursor on Deutsch, row %d: [%s]", row, vt_row(vt, row));
	VT_CHECK(vt, vt_has_text(vt, head_of(tr("de", PRIVACY), 30)),
	    "the privacy note in German");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT),
	    "Enter keeps German");
	staff_exit(vt, "de");
}

/* ^C, ^Z, ^\ and escape bursts do nothing; only staff with the PIN leave. */
static void
lockdown(void)
{
	struct vt *vt = start("en", true, 0, 30);
	static const char *const bursts[] = {
		"\x03", "\x1a", "\x1c", "\x04", "\x1b[", "\x1b[2J", "\x1b]0;x\x07",
		"\x1bO", "\x1b[999;999H", "\x1b[?1049l", "\x1b\x1b\x1b", "\x1b[M   ",
		"\x1b[<0;1;1M", "\x1bP", "\x1b[200~", "q", ":q!\r", "exit\r",
	};

	VT_CHECK(vt, !vt_has_text(vt, "F10"), "no quit key shown");
	/* Each round of bursts is sent whole, then fenced. */
	for (int round = 0; round < 20; round++) {
		vt_hold(vt, true);
		for (size_t i = 0; i < sizeof bursts / sizeof bursts[0]; i++)
			vt_type(vt, bursts[i]);
		vt_hold(vt, false);
		VT_CHECK(vt, vt_sync(vt), "still running after round %d", round);
	}
	/* The fence after F10 is answered: the kiosk read F10 and went on. */
	VT_CHECK(vt, vt_key(vt, VTERM_KEY_FUNCTION(10)), "still running");
	/* The bursts may have chosen another language: look for the frame. */
	VT_CHECK(vt, strstr(vt_row(vt, 0), " · ") != NULL &&
	    strncmp(vt_row(vt, 23), " F1 ", 4) == 0,
	    "on a kiosk screen, not a shell");
	/* Back to English, whatever the bursts chose. */
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "English", WAIT), "language choice");
	vt_type(vt, "4");
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, "1111\r");
	VT_CHECK(vt, vt_wait_text(vt, "Wrong PIN.", WAIT), "wrong PIN refused");
	VT_CHECK(vt, vt_sync(vt), "still running");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "right PIN closes it");
	vt_free(vt);
}

/* Without libsodium (a library file that does not exist), in Portuguese:
 * the staff PIN cannot be checked, and the kiosk says why instead of
 * "Wrong PIN.", counts no wrong PIN and audits none; it stays open. */
static void
no_sodium_pt(void)
{
	const char *args[] = { "--config", write_settings(0, 30), "--lang",
	    "pt", "--kiosk", NULL };
	char *no_lib[] = {
		(char *)"ORIENTATION_SODIUM_LIBRARY=/nonexistent/libsodium.so.23",
		NULL };
	const char *msg = tr("pt", "The password library libsodium "
	    "(libsodium.so.23) cannot be loaded: install the package "
	    "libsodium23.");
	struct audit_entry *a;
	struct state *st;
	struct vt *vt;
	int n;

	vt = scenario_start(24, 80, args, no_lib);
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "Main menu"), WAIT), "menu");
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	VT_CHECK(vt, vt_wait_text(vt, tr("pt", "PIN:"), WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_text(vt, head_of(msg, 30), WAIT), "says why");
	VT_CHECK(vt, !vt_has_text(vt, tr("pt", "Wrong PIN.")), "not a wrong PIN");
	VT_CHECK(vt, vt_sync(vt), "still running");
	vt_free(vt);
	VT_CHECK(NULL, state_open(scenario_state(), &st) == ORIENTATION_OK,
	    "state");
	n = audit_list(st, 0, &a);
	for (int i = 0; i < n; i++)
		VT_CHECK(NULL, strcmp(a[i].action, "staff pin wrong") != 0,
		    "a wrong PIN audited");
	audit_list_free(a, n);
	state_free(st);
}

/* A code is shown only once its session is in the database; it expires. */
static void
handoff(void)
{
	struct vt *vt = start("de", true, 0, 30);
	char code[HANDOFF_CODE_LEN + 1];
	struct session kept;
	struct state *st;
	time_t created, expires;

	visit_short_form(vt, "de", WAIT);
	vt_click(vt, vt_find_row(vt, tr("de", "Keep my results for a counsellor")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Your code for the counsellor:"),
	    WAIT), "code screen");
	visit_read_code(vt, code);
	VT_CHECK(vt, state_open(scenario_state(), &st) == ORIENTATION_OK, "state");
	VT_CHECK(vt, state_handoff_count(st) == 1, "exactly one session kept");
	VT_CHECK(vt, state_handoff_load(st, code, time(NULL), &kept, &created,
	    &expires) == ORIENTATION_OK, "the code opens it");
	VT_CHECK(vt, strcmp(kept.lang, "de") == 0 && kept.nitems == 30 &&
	    session_answered(&kept) == 30, "answers and language kept");
	VT_CHECK(vt, expires - created == 30 * 86400, "expires in 30 days");
	VT_CHECK(vt, state_handoff_purge(st, created + 29 * 86400) == 0,
	    "kept before expiry");
	VT_CHECK(vt, state_handoff_purge(st, expires) == 1, "purged at expiry");
	VT_CHECK(vt, state_handoff_count(st) == 0, "gone");
	state_free(st);
	/* Finish: a rating, then the screen is cleared for the next person. */
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Was this helpful?"), WAIT),
	    "rating");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "wiped");
	staff_exit(vt, "en");
	vt_free(vt);
}

/* Delete now with the code; wrong codes are throttled. */
static void
delete_now(void)
{
	struct vt *vt = start("nl", true, 0, 30);
	char code[HANDOFF_CODE_LEN + 1];
	struct state *st;

	visit_short_form(vt, "nl", WAIT);
	vt_click(vt, vt_find_row(vt, tr("nl", "Keep my results for a counsellor")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Your code for the counsellor:"),
	    WAIT), "code screen");
	visit_read_code(vt, code);
	vt_type(vt, "2");   /* back */
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("nl", "Delete my results (with my code)")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Code:"), WAIT), "delete screen");
	/* Typed in lower case with the dash: still the code. */
	for (char *p = code; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	vt_type(vt, code);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Your results were deleted."), WAIT),
	    "deleted");
	VT_CHECK(vt, state_open(scenario_state(), &st) == ORIENTATION_OK, "state");
	VT_CHECK(vt, state_handoff_count(st) == 0, "nothing kept");
	state_free(st);
	for (int i = 0; i < STATE_CODE_TRIES; i++) {
		vt_type(vt, "\x15" "ZZZZ-ZZZ0\r");
		VT_CHECK(vt, vt_wait_text(vt, head_of(tr("nl", "No results are kept "
		    "under this code. Check it, or ask at the desk."), 30), WAIT),
		    "wrong code %d", i + 1);
		vt_type(vt, "x\x7f");
	}
	vt_type(vt, "\x15" "ZZZZ-ZZZ1\r");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("nl", "Too many wrong codes. "
	    "Please wait ten minutes or ask at the desk."), 30), WAIT),
	    "throttled");
	staff_exit(vt, "nl");
	vt_free(vt);
}

/* 10,000 random keys, resizes and clicks: no crash, still responsive. */
static void
soak(void)
{
	static const VTermKey keys[] = {
		VTERM_KEY_ENTER, VTERM_KEY_TAB, VTERM_KEY_BACKSPACE, VTERM_KEY_ESCAPE,
		VTERM_KEY_UP, VTERM_KEY_DOWN, VTERM_KEY_LEFT, VTERM_KEY_RIGHT,
		VTERM_KEY_HOME, VTERM_KEY_END, VTERM_KEY_PAGEUP, VTERM_KEY_PAGEDOWN,
		VTERM_KEY_FUNCTION(1), VTERM_KEY_FUNCTION(2), VTERM_KEY_FUNCTION(3),
		VTERM_KEY_FUNCTION(10),
	};
	static const char *const texts[] = {
		"1", "2", "3", "4", "5", "a", "é", "ß", "/", "?", "\"", "*", "\x03",
		"\x1a", "\x1c", "\x15", "\x1b[", "😀", "Straße", "\x1b[<0;5;5M",
	};
	struct vt *vt = start("en", true, 0, 30);
	unsigned seed = 12345;

	/* Bursts of 50 inputs, each ended by one fence; a resize is fenced on
	 * both sides, so that every key meets the same screen size on every
	 * run. */
	vt_hold(vt, true);
	for (int i = 0; i < 10000; i++) {
		unsigned r = (seed = seed * 1103515245u + 12345u) >> 8;

		switch (r % 10) {
		case 0:
			vt_click(vt, (int)(r / 10 % 24), (int)(r / 240 % 80));
			break;
		case 1:
			if (r % 50 == 1) {
				vt_sync(vt);
				vt_resize(vt, 10 + (int)(r / 7 % 40),
				    30 + (int)(r / 3 % 100));
				vt_sync(vt);
			} else {
				vt_key(vt, keys[r / 10 % (sizeof keys / sizeof keys[0])]);
			}
			break;
		case 2: case 3: case 4: case 5:
			vt_key(vt, keys[r / 10 % (sizeof keys / sizeof keys[0])]);
			break;
		default:
			vt_type(vt, texts[r / 10 % (sizeof texts / sizeof texts[0])]);
			break;
		}
		if (i % 50 == 49)
			VT_CHECK(vt, vt_sync(vt), "still running after %d inputs",
			    i + 1);
	}
	vt_sync(vt);
	vt_resize(vt, 24, 80);
	vt_sync(vt);
	for (int i = 0; i < 12; i++)
		vt_key(vt, VTERM_KEY_ESCAPE);
	vt_hold(vt, false);
	VT_CHECK(vt, vt_sync(vt), "still running at the end");
	staff_exit(vt, NULL);
	vt_free(vt);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "idle-wipe", idle_wipe },
		{ "idle-warning-small-lb", idle_warning_small_lb },
		{ "lockdown", lockdown },
		{ "handoff", handoff },
		{ "delete-now", delete_now },
		{ "soak", soak },
		{ "no-sodium-pt", no_sodium_pt },
		{ "done-lang-de", done_lang_de },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
