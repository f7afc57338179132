/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Several sites on one PostgreSQL server (run through tests/pg/with-postgres;
 * SKIP without it):
 *   site-a-b     a visitor keeps their results at a kiosk of site A (its
 *                own settings file and folder, [site] name = site-a, the
 *                server's URL as the state in [data]); a counselor at site
 *                B (another process, another folder, its settings name the
 *                server in [state] url) opens the code; the audit trail
 *                names site A's kiosk;
 *   server-lost  the server stops in the middle of a visit: the kiosk goes
 *                on (menus, search, a service), keeping the results is
 *                refused with the server's message, and after the server
 *                is back the same visit keeps them, what was counted
 *                meanwhile reaches the server, and a counselor opens the
 *                code.
 *
 *   test-sites SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "scenario.h"
#include "store/account.h"
#include "store/figures.h"
#include "store/state.h"
#include "util/status.h"
#include "visit.h"

/* The untranslated message of each status, to look up as the program
 * shows it (tr). */
#ifndef N_
#define N_(text) text
#endif
#define SITES_MSGID(name, text) [ORIENTATION_##name] = text,
static const char *const msgid[] = {
	ORIENTATION_STATUS_LIST(SITES_MSGID)
};

/* Only a failing test waits this long (vt.h). */
#define WAIT 30000
#define COUNSELOR "anna"
#define PASSWORD "correct horse battery"

/* Make the folder of site @name under the scratch folder, with a settings
 * file that names the site ([site] name) and the server (as [state] url
 * when @url_key, else as the [data] state path); @path gets the settings
 * file's path. */
static const char *
site(const char *name, bool url_key, char *path, size_t size)
{
	static char dir[400];
	FILE *f;

	snprintf(dir, sizeof dir, "%s/%s", scenario_dir(), name);
	mkdir(dir, 0700);
	snprintf(path, size, "%s/orientation.conf", dir);
	if ((f = fopen(path, "w")) == NULL)
		exit(1);
	fprintf(f, "[site]\nname = %s\n[kiosk]\nidle_seconds = 0\n[data]\n"
	    "retention_days = 30\n%s = %s\n", name, url_key ? "[state]\nurl" :
	    "state", scenario_state());
	fclose(f);
	return dir;
}

/* Run the control script of the test server with @what (stop, start). */
static void
server(const char *what)
{
	const char *ctl = getenv("ORIENTATION_TEST_PG_CTL");
	char cmd[600];

	snprintf(cmd, sizeof cmd, "'%s' %s", ctl, what);
	if (system(cmd) != 0) {
		fprintf(stderr, "cannot %s the test server\n", what);
		exit(1);
	}
}

/* A counselor account on the server. */
static void
add_counselor(void)
{
	struct state *st;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, COUNSELOR, PASSWORD, false, time(NULL)) != ORIENTATION_OK) {
		fprintf(stderr, "cannot add the counselor on the server\n");
		exit(1);
	}
	state_free(st);
}

/* At @dir with @settings, a counselor signs in (English). */
static struct vt *
counselor_signin(const char *dir, const char *settings)
{
	const char *args[] = { "--config", settings, "--counselor", "--lang",
	    "en", NULL };
	struct vt *vt = scenario_start_at(dir, 24, 80, args);

	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "sign-in");
	vt_type(vt, COUNSELOR "\r" PASSWORD "\r");
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as " COUNSELOR ".", WAIT),
	    "signed in on the server's account");
	return vt;
}

/* From a code's results, back to the menu, sign out and quit. */
static void
counselor_leave(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as " COUNSELOR ".", WAIT),
	    "menu");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Press Esc again to sign out.", WAIT),
	    "Esc asks first");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", WAIT), "signed out");
	scenario_quit(vt, WAIT);
}

/* What the kiosk counted while the server was away waited in memory and
 * is on the server now: the service opened, the empty search, the code. */
static void
figures_kept(void)
{
	char today[16];
	time_t now = time(NULL);
	struct figures *f;
	struct state *st;

	strftime(today, sizeof today, "%Y-%m-%d", gmtime(&now));
	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    figures_get(st, today, today, false, 0, &f) != ORIENTATION_OK) {
		fprintf(stderr, "cannot read the figures\n");
		exit(1);
	}
	if (f->total.services.n != 1 || f->total.services.items[0].count != 1 ||
	    f->total.searches_empty < 1 || f->total.handoffs != 1) {
		fprintf(stderr, "counts lost with the server: %zu services, %d "
		    "empty searches, %d codes\n", f->total.services.n,
		    f->total.searches_empty, f->total.handoffs);
		exit(1);
	}
	figures_free(f);
	state_free(st);
}

/* The kiosk at @dir with @settings, in French, up to the profile. */
static struct vt *
kiosk_visit(const char *dir, const char *settings)
{
	const char *args[] = { "--config", settings, "--lang", "fr", NULL };
	struct vt *vt = scenario_start_at(dir, 24, 80, args);

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	visit_short_form(vt, "fr", WAIT);
	return vt;
}

/* Choose "Keep my results" on the profile. */
static void
keep(struct vt *vt)
{
	vt_click(vt, vt_find_row(vt, tr("fr", "Keep my results for a counsellor")),
	    10);
}

/* The server's audit trail has site A's kiosk (its station names the
 * site) and site B's counselor opening @code. */
static void
audited(const char *code)
{
	struct audit_entry *e;
	struct state *st;
	bool at_a = false, opened = false;
	int n;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    (n = audit_list(st, 0, &e)) < 0) {
		fprintf(stderr, "cannot read the audit trail\n");
		exit(1);
	}
	for (int i = 0; i < n; i++) {
		at_a |= strncmp(e[i].who, "kiosk:site-a/", 13) == 0 &&
		    strcmp(e[i].action, "code refused") == 0;
		opened |= strcmp(e[i].who, COUNSELOR) == 0 &&
		    strcmp(e[i].action, "code opened") == 0 &&
		    strcmp(e[i].detail, code) == 0;
	}
	audit_list_free(e, n);
	state_free(st);
	if (!at_a || !opened) {
		fprintf(stderr, "audit rows missing: site A's kiosk %d, the code "
		    "opened at site B %d\n", at_a, opened);
		exit(1);
	}
}

static void
site_a_b(void)
{
	char conf_a[500], conf_b[500], code[HANDOFF_CODE_LEN + 1] = "";
	const char *dir_a = site("site-a", false, conf_a, sizeof conf_a);
	const char *dir_b;
	struct vt *vt;

	vt = kiosk_visit(dir_a, conf_a);
	keep(vt);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Your code for the counsellor:"),
	    WAIT), "code at site A");
	visit_read_code(vt, code);
	/* A wrong code at site A's kiosk: audited under the site's station. */
	vt_type(vt, "2");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	vt_click(vt, vt_find_row(vt, tr("fr", "Delete my results (with my code)")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Code:"), WAIT), "delete screen");
	vt_type(vt, "ZZZZ-ZZZ0\r");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr("fr", "No results are kept under "
	    "this code. Check it, or ask at the desk."), 30), WAIT), "wrong code");
	scenario_quit(vt, WAIT);

	add_counselor();
	dir_b = site("site-b", true, conf_b, sizeof conf_b);
	vt = counselor_signin(dir_b, conf_b);
	visit_counselor_open(vt, code, WAIT);
	counselor_leave(vt);
	audited(code);
}

static void
server_lost(void)
{
	char conf[500], desk_conf[500], code[HANDOFF_CODE_LEN + 1] = "";
	char shown[16], lost_en[128];
	const char *dir = site("site-a", true, conf, sizeof conf);
	const char *desk_dir = site("desk", true, desk_conf, sizeof desk_conf);
	const char *lost = tr("fr", msgid[ORIENTATION_STATE_UNAVAILABLE]);
	struct vt *vt, *desk;
	int tries;

	snprintf(lost_en, sizeof lost_en, "%s", head_of(tr("en",
	    msgid[ORIENTATION_STATE_UNAVAILABLE]), 40));
	add_counselor();
	desk = counselor_signin(desk_dir, desk_conf);
	vt = kiosk_visit(dir, conf);

	server("stop");
	keep(vt);
	VT_CHECK(vt, vt_wait_text(vt, head_of(lost, 40), WAIT),
	    "keeping is refused with the server's message");
	VT_CHECK(vt, vt_has_text(vt, head_of(tr("fr", "Your results could not be "
	    "kept. Please ask at the desk."), 40)), "and what to do");
	VT_CHECK(vt, !vt_has_text(vt, tr("fr", "Your code for the counsellor:")),
	    "no code shown");
	/* The kiosk goes on without the server: back to the profile, the
	 * search, the main menu. */
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Keep my results for a counsellor"),
	    WAIT), "back on the profile, answers still there");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "CePAS");
	VT_CHECK(vt, vt_wait_text(vt, "> CePAS", WAIT), "search works");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "How to reach them"), WAIT),
	    "a service opens");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_type(vt, "\x15" "qqxqqxqq");
	VT_CHECK(vt, vt_sync(vt) && !vt_has_text(vt, "> CePAS"),
	    "a search that finds nothing");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Keep my results for a counsellor"),
	    WAIT), "profile again");
	/* The counselor signed in at the desk is told, and the code is not
	 * taken for a wrong one. */
	vt_type(desk, "1");
	VT_CHECK(desk, vt_wait_text(desk, "Code:", WAIT), "code prompt");
	vt_type(desk, "ABCD-1234\r");
	VT_CHECK(desk, vt_wait_text(desk, lost_en, WAIT),
	    "the counselor sees that the server is away");
	VT_CHECK(desk, !vt_has_text(desk, "No results are kept"),
	    "not a wrong code");

	/* The server is back: the same visit keeps its results.  The store
	 * tries the server again at most every few seconds, so a first try
	 * right after the restart may still be refused. */
	server("start");
	for (tries = 0; tries < 20; tries++) {
		keep(vt);
		if (vt_wait_text(vt, tr("fr", "Your code for the counsellor:"),
		    3000))
			break;
		VT_CHECK(vt, vt_has_text(vt, head_of(lost, 40)),
		    "only the server's message while it comes back");
		vt_type(vt, "2");
		VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Keep my results for a "
		    "counsellor"), WAIT), "back on the profile");
	}
	VT_CHECK(vt, tries < 20, "kept after the restart");
	visit_read_code(vt, code);
	scenario_quit(vt, WAIT);
	figures_kept();

	/* The counselor who stayed signed in opens it: the desk's program
	 * found the server again by itself. */
	snprintf(shown, sizeof shown, "%.4s-%s", code, code + 4);
	for (tries = 0; tries < 20; tries++) {
		vt_type(desk, "\x15");
		vt_type(desk, code);
		vt_type(desk, "\r");
		if (vt_wait_text(desk, "Interest code: S", 3000))
			break;
		VT_CHECK(desk, vt_has_text(desk, lost_en),
		    "only the server's message while it comes back");
	}
	VT_CHECK(desk, tries < 20 && vt_has_text(desk, shown),
	    "the desk opens the code after the restart");
	counselor_leave(desk);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "site-a-b", site_a_b },
		{ "server-lost", server_lost },
	};

	if (!scenario_pg() || getenv("ORIENTATION_TEST_PG_CTL") == NULL) {
		fprintf(stderr, "SKIP: run through tests/pg/with-postgres\n");
		return VT_SKIP;
	}
	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
