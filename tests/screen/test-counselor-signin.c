/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen test of the counsellor's session: signing in (the language of a
 * counsellor who gives no --lang, a name typed with capitals), the
 * sign-in, admin passwd and --hash-pin without libsodium, the order of
 * 'orientation admin help', the idle warning that signs a counsellor
 * out, and the tour of every counsellor screen once (also run under
 * valgrind).
 *
 *   test-counselor-signin SCENARIO
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "desk.h"
#include "scenario.h"
#include "store/account.h"
#include "store/state.h"
#include "visit.h"

#define WAIT DESK_WAIT

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

	desk_visitor_keeps(code);
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
		desk_esc_sign_out(vt);
	}
	scenario_quit(vt, WAIT);
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

	desk_visitor_keeps(code);
	vt = desk_signed_in("en");
	visit_counselor_open(vt, code, WAIT);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Code:", WAIT), "back to the code");
	desk_back_to_menu(vt);

	vt_click(vt, vt_find_row(vt, "Usage figures"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "In all: 1 visitor, 1 questionnaire "
	    "begun, 1 finished, 1 code kept.", WAIT), "figures");
	desk_back_to_menu(vt);

	desk_export_and_read(vt, "en", "1", "services-", &cf);
	csv_read_free(&cf);
	desk_back_to_menu(vt);

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
	desk_sign_out(vt);
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
	VT_CHECK(vt, !vt_has_text(vt, desk_before_format("de",
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

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "tour", tour },
		{ "signin-language", signin_language },
		{ "idle-words-de", idle_words_de },
		{ "no-sodium-de", no_sodium_de },
		{ "signin-capital", signin_capital },
		{ "admin-help-de", admin_help_de },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
