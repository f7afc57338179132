/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of a published catalog reaching running kiosks
 * (docs/catalog-publishing.md).  A counselor renames a service in the
 * master catalog, `orientation admin publish-catalog` writes it out and
 * `orientation admin install-catalog` renames it over the site's file
 * while two kiosks run on that file: the one at the start screen takes
 * it up by itself (timer-driven, so waited for by its text), the one in
 * the middle of a visit keeps the old names until the visit ends.  A
 * file that is not a catalog, renamed over the site's, is refused with
 * an audit row and the kiosk goes on with the old one.
 *
 *   test-publish SCENARIO
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "capture.h"
#include "copy.h"
#include "scenario.h"
#include "store/account.h"
#include "store/state.h"
#include "store/upkeep.h"

/* Only a failing test waits this long; the screen is final after every
 * key (vt.h).  Taking up a new file is timer-driven: a longer wait. */
#define WAIT 30000
#define TIMER_WAIT 90000

/* The service renamed, and its English names before and after. */
#define SERVICE "info-handicap"
#define OLD_NAME "Info-Handicap – national disability information centre"
#define NEW_NAME "Info-Handicap – renamed for the publishing test"
/* The English prompt of the start screen, changed too so that the
 * start screen itself shows the new catalog. */
#define OLD_PROMPT "Choose your language"
#define NEW_PROMPT "Choose your language, please"

static char home[300], site[400], master[400], pub[400];

/* Fail the test outside a screen. */
static _Noreturn void
fail(const char *what)
{
	fprintf(stderr, "check failed: %s\n", what);
	exit(1);
}

/* The scratch folder, the site's catalog (the kiosks' --catalog) and the
 * counselors' master copy. */
static void
prepare(void)
{
	const char *state = scenario_state();

	snprintf(home, sizeof home, "%.*s", (int)(strrchr(state, '/') - state),
	    state);
	snprintf(site, sizeof site, "%s/site.db", home);
	snprintf(master, sizeof master, "%s/master.db", home);
	snprintf(pub, sizeof pub, "%s/published", home);
	if (copy_file(scenario_catalog(), site) != 0 ||
	    copy_file(scenario_catalog(), master) != 0)
		fail(strerror(errno));
	if (mkdir(pub, 0700) != 0)
		fail("mkdir");
}

/*
 * Run `orientation --catalog @catalog --state STATE admin @cmd @arg`;
 * its stdout in *@out (kept until the next call).  @return the exit status.
 */
static int
admin(const char *catalog, const char *cmd, const char *arg, const char **out)
{
	static char *text;
	const char *bin = getenv("ORIENTATION_BIN");
	char *argv[] = {
		(char *)(bin != NULL ? bin : "src/orientation"),
		(char *)"--catalog", (char *)catalog,
		(char *)"--state", (char *)scenario_state(),
		(char *)"admin", (char *)cmd, (char *)arg, NULL,
	};
	int code;

	free(text);
	code = capture_run(argv, NULL, &text, NULL);
	*out = text;
	return code;
}

/* A counselor renames the service in English in the master catalog (the
 * edit history names her); the English prompt changes too. */
static void
edit_master(void)
{
	struct upkeep *u;
	struct upkeep_service s;
	struct upkeep_text *t;
	sqlite3 *db;

	if (upkeep_open(master, &u) != ORIENTATION_OK ||
	    upkeep_service_load(u, SERVICE, &s) != ORIENTATION_OK ||
	    (t = upkeep_service_text(&s, "en")) == NULL)
		fail("load the service");
	upkeep_field_set(&t->name, NEW_NAME);
	if (upkeep_service_save(u, &s, "anna", time(NULL)) != ORIENTATION_OK)
		fail("save the service");
	upkeep_service_free(&s);
	upkeep_free(u);
	if (sqlite3_open(master, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "UPDATE language SET prompt = '" NEW_PROMPT "' "
	    "WHERE code = 'en'", NULL, NULL, NULL) != SQLITE_OK)
		fail("change the prompt");
	sqlite3_close(db);
}

/* Publish the master and install it over the site's catalog. */
static void
publish_and_install(void)
{
	char file[500];
	const char *out;

	if (admin(master, "publish-catalog", pub, &out) != 0 ||
	    strstr(out, "1") == NULL)
		fail("publish-catalog");
	snprintf(file, sizeof file, "%s/catalog.db", pub);
	if (admin(site, "install-catalog", file, &out) != 0)
		fail("install-catalog");
}

/* How many audit rows say @action, with @detail in their detail. */
static int
audit_count(const char *action, const char *detail)
{
	struct audit_entry *e;
	struct state *st;
	int n, found = 0;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK)
		fail("open the state");
	n = audit_list(st, 0, &e);
	for (int i = 0; i < n; i++)
		found += strcmp(e[i].action, action) == 0 &&
		    strstr(e[i].detail, detail) != NULL;
	audit_list_free(e, n);
	state_free(st);
	return found;
}

/* A kiosk on the site's catalog at the start screen. */
static struct vt *
start_screen(void)
{
	const char *args[] = { "--catalog", site, NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, OLD_PROMPT, WAIT), "start screen");
	return vt;
}

/* Search for the service from anywhere. */
static void
search(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "Info-Handicap");
	VT_CHECK(vt, vt_wait_text(vt, "> Info-Handicap", WAIT), "found");
}

/* Choose English at the start screen, search for the service and show
 * the list of what was found. */
static void
english_search(struct vt *vt)
{
	vt_click(vt, vt_find_row(vt, "English"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	search(vt);
}

/* The next visitor, in English, finds the service under its new name
 * only; then the kiosk is closed. */
static void
next_visitor_sees_new(struct vt *vt)
{
	english_search(vt);
	VT_CHECK(vt, vt_has_text(vt, NEW_NAME) && !vt_has_text(vt, OLD_NAME),
	    "the new name for the next visitor");
	scenario_quit(vt, WAIT);
}

/* The visitor is done: from the main menu, "I am done", no rating. */
static void
end_visit(struct vt *vt)
{
	vt_click(vt, vt_find_row(vt, "I am done: clear the screen"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "I'd rather not say", WAIT),
	    "finish screen");
	vt_click(vt, vt_find_row(vt, "I'd rather not say"), 10);
}

static void
two_kiosks(void)
{
	const char *mid_args[] = { "--catalog", site, "--lang", "en", NULL };
	struct vt *idle, *visit;

	prepare();
	idle = start_screen();
	/* A visit under way on the same file. */
	visit = scenario_start(24, 80, mid_args, NULL);
	VT_CHECK(visit, vt_wait_text(visit, "Main menu", WAIT), "menu");
	search(visit);
	VT_CHECK(visit, vt_has_text(visit, OLD_NAME), "the old name to start");

	edit_master();
	publish_and_install();

	/* The kiosk at the start screen takes the new file up by itself. */
	VT_CHECK(idle, vt_wait_text(idle, NEW_PROMPT, TIMER_WAIT),
	    "the start screen shows the new catalog");
	next_visitor_sees_new(idle);

	/* The visit under way still reads the file it started with. */
	vt_key(visit, VTERM_KEY_ESCAPE);
	search(visit);
	VT_CHECK(visit, vt_has_text(visit, OLD_NAME) && !vt_has_text(visit,
	    NEW_NAME), "mid-visit: the old name, unchanged");
	VT_CHECK(visit, audit_count("catalog taken up", "revision 1") == 1,
	    "only the idle kiosk took it up");
	/* The visitor is done: the screen is cleared, and the next visit
	 * reads the new catalog. */
	vt_key(visit, VTERM_KEY_ESCAPE);
	VT_CHECK(visit, vt_wait_text(visit, "Main menu", WAIT), "menu");
	end_visit(visit);
	VT_CHECK(visit, vt_wait_text(visit, NEW_PROMPT, WAIT),
	    "after the visit: the new catalog");
	next_visitor_sees_new(visit);
	if (audit_count("catalog taken up", "revision 1 (was 0)") != 2)
		fail("each kiosk audited taking it up");
}

/* Rename a file that is not a catalog over the site's, then a good one
 * (by hand, the way docs/catalog-publishing.md shows: mv). */
static void
refused(void)
{
	char junk[500], file[500];
	const char *out;
	struct vt *vt;
	FILE *f;

	prepare();
	vt = start_screen();
	snprintf(junk, sizeof junk, "%s/junk.db", home);
	if ((f = fopen(junk, "w")) == NULL)
		fail("junk");
	fputs("This is not a catalogue.\n", f);
	fclose(f);
	if (rename(junk, site) != 0)
		fail("rename");
	/* The refusal is timer-driven and shows only in the audit trail:
	 * wait for its row (polling, with a deadline). */
	for (int waited = 0; audit_count("catalog refused", "not a catalog") == 0;
	    waited += 100) {
		VT_CHECK(vt, waited < TIMER_WAIT, "the refusal is audited");
		usleep(100 * 1000);
	}
	VT_CHECK(vt, vt_has_text(vt, OLD_PROMPT), "still the old start screen");
	english_search(vt);
	VT_CHECK(vt, vt_has_text(vt, OLD_NAME), "the old catalog still works");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	end_visit(vt);
	VT_CHECK(vt, vt_wait_text(vt, OLD_PROMPT, WAIT), "start screen again");

	/* A valid file, renamed over the junk, is taken up. */
	edit_master();
	if (admin(master, "publish-catalog", pub, &out) != 0)
		fail("publish-catalog");
	snprintf(file, sizeof file, "%s/catalog.db", pub);
	if (rename(file, site) != 0)
		fail("rename the published file");
	VT_CHECK(vt, vt_wait_text(vt, NEW_PROMPT, TIMER_WAIT),
	    "the valid file is taken up");
	english_search(vt);
	VT_CHECK(vt, vt_has_text(vt, NEW_NAME), "the new name");
	scenario_quit(vt, WAIT);
	if (audit_count("catalog refused", "") != 1)
		fail("the junk was refused once, not at every tick or visit");
	if (audit_count("catalog taken up", "revision 1") != 1)
		fail("the valid file was audited");
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "two-kiosks", two_kiosks },
		{ "refused", refused },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
