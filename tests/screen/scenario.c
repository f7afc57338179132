/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scenario set-up (see scenario.h).
 */
#include "scenario.h"
#include "scratch.h"

#include <dirent.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Exit status of a program valgrind found an error in (scenario_spawn). */
#define SCENARIO_VALGRIND_ERROR 99

static char home[256];
static char state[600];
static bool on_server;   /* state is the test server's URL */
static pid_t owner;      /* the test process, which made home */

/* At exit, before the scratch home goes: what valgrind found in the
 * programs this test ran.  Its reports go to files in the home, since on
 * the terminal the program would draw over them; with --quiet a file
 * has text only when there was an error.  A report fails the test, also
 * one from a program the test ended itself (vt_free kills it, so no exit
 * status 99 tells of its invalid accesses): the scratch home goes, then
 * the process ends with status 1. */
static void
scenario_valgrind_reports(void)
{
	bool found = false;
	DIR *d;
	struct dirent *e;

	if (getpid() != owner || (d = opendir(home)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char path[600], line[512];
		bool head = false;
		FILE *f;

		if (strncmp(e->d_name, "valgrind-", 9) != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", home, e->d_name);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		while (fgets(line, sizeof line, f) != NULL) {
			if (!head)
				fprintf(stderr, "---- %s ----\n", path);
			head = found = true;
			fputs(line, stderr);
		}
		fclose(f);
	}
	closedir(d);
	if (found) {
		fprintf(stderr, "valgrind reported errors in a program this test "
		    "ran: failed\n");
		scratch_clean();
		_exit(1);
	}
}

/* Make the scratch home once per process; the state is a file in it, or
 * the PostgreSQL test server of tests/pg/with-postgres. */
static void
scenario_home(void)
{
	const char *url = getenv("ORIENTATION_TEST_PG_URL");

	if (home[0] != '\0')
		return;
	/* Removed when the test ends (scratch.h). */
	if (scratch_dir(home, sizeof home, "test") != 0) {
		perror("scratch folder");
		exit(1);
	}
	owner = getpid();
	/* Registered after the scratch folder's clean-up: runs before it. */
	if (getenv("ORIENTATION_VALGRIND") != NULL)
		atexit(scenario_valgrind_reports);
	on_server = url != NULL && url[0] != '\0';
	if (on_server)
		snprintf(state, sizeof state, "%s", url);
	else
		snprintf(state, sizeof state, "%s/state.db", home);
}

const char *
scenario_dir(void)
{
	scenario_home();
	return home;
}

bool
scenario_pg(void)
{
	scenario_home();
	return on_server;
}

const char *
scenario_reports(void)
{
	static char reports[320];

	/* Beside the state file; with a server, in the XDG state folder
	 * (store/state.h), which scenario_start sets to the home. */
	snprintf(reports, sizeof reports, scenario_pg() ? "%s/orientation/reports" :
	    "%s/reports", scenario_dir());
	return reports;
}

const char *
scenario_catalog(void)
{
	const char *c = getenv("ORIENTATION_CATALOG");

	return c != NULL ? c : "data/catalog.db";
}

const char *
scenario_state(void)
{
	scenario_home();
	return state;
}

/* Start the program with HOME and XDG_STATE_HOME @dir, given --state
 * scenario_state() when @state_arg, with the speech pipe if @speech. */
static struct vt *
scenario_spawn(int rows, int cols, const char *const *args, char *const *env,
    const char *dir, bool state_arg, bool speech)
{
	const char *bin = getenv("ORIENTATION_BIN");
	char *argv[40];
	const char *fullenv[32];
	static char homevar[300], xdgvar[300], vglog[300];
	int n = 0, e = 0;
	bool sync = true;

	scenario_home();
	/* The valgrind suite runs the program under memcheck: an error or a
	 * definite leak makes it exit 99, which the scenarios see, and its
	 * report is shown when the test ends (scenario_valgrind_reports). */
	if (getenv("ORIENTATION_VALGRIND") != NULL) {
		snprintf(vglog, sizeof vglog, "--log-file=%s/valgrind-%%p.log",
		    home);
		argv[n++] = (char *)"/usr/bin/valgrind";
		argv[n++] = (char *)"--quiet";
		argv[n++] = vglog;
		argv[n++] = (char *)"--error-exitcode=99";
		argv[n++] = (char *)"--leak-check=full";
		argv[n++] = (char *)"--show-leak-kinds=definite";
		argv[n++] = (char *)"--errors-for-leak-kinds=definite";
	}
	argv[n++] = (char *)(bin != NULL ? bin : "src/orientation");
	argv[n++] = (char *)"--catalog";
	argv[n++] = (char *)scenario_catalog();
	if (state_arg) {
		argv[n++] = (char *)"--state";
		argv[n++] = state;
	}
	for (int i = 0; args != NULL && args[i] != NULL && n < 38; i++) {
		argv[n++] = (char *)args[i];
		/* The line mode has no handshake: its output comes in order,
		 * line after line, and its tests wait for text. */
		if (strcmp(args[i], "--plain") == 0)
			sync = false;
	}
	argv[n] = NULL;

	snprintf(homevar, sizeof homevar, "HOME=%s", dir);
	snprintf(xdgvar, sizeof xdgvar, "XDG_STATE_HOME=%s", dir);
	fullenv[e++] = homevar;
	fullenv[e++] = xdgvar;
	fullenv[e++] = "LANGUAGE=";
	for (int i = 0; env != NULL && env[i] != NULL && e < 30; i++)
		fullenv[e++] = env[i];
	fullenv[e] = NULL;
	return vt_start(&(struct vt_opts){ .argv = argv, .env = fullenv,
	    .rows = rows, .cols = cols, .sync = sync, .speech = speech });
}

struct vt *
scenario_start_speech(int rows, int cols, const char *const *args,
    char *const *env)
{
	scenario_home();
	return scenario_spawn(rows, cols, args, env, home, true, true);
}

const char *
scenario_speech_settings(bool on, const char *more)
{
	static char path[320];
	FILE *f;

	scenario_home();
	snprintf(path, sizeof path, "%s/speech.conf", home);
	if ((f = fopen(path, "w")) == NULL) {
		perror(path);
		exit(1);
	}
	fprintf(f, "[speech]\nenabled = %s\nengine = record\noutput = %d\n%s",
	    on ? "true" : "false", VT_SPEECH_FD, more != NULL ? more : "");
	fclose(f);
	return path;
}

struct vt *
scenario_start(int rows, int cols, const char *const *args, char *const *env)
{
	scenario_home();
	return scenario_spawn(rows, cols, args, env, home, true, false);
}

struct vt *
scenario_start_at(const char *dir, int rows, int cols,
    const char *const *args)
{
	return scenario_spawn(rows, cols, args, NULL, dir, false, false);
}

void
scenario_quit(struct vt *vt, int ms)
{
	int status;

	vt_key(vt, VTERM_KEY_FUNCTION(10));
	status = vt_wait_exit(vt, ms);
	VT_CHECK(vt, status == 0, "F10 quits with status 0, not %d%s", status,
	    status == SCENARIO_VALGRIND_ERROR ? " (valgrind found an error: "
	    "its report follows)" : "");
	vt_free(vt);
}

const char *
tr(const char *lang, const char *msgid)
{
	static bool ready;

	if (!ready) {
		const char *dir = getenv("ORIENTATION_LOCALEDIR");

		setlocale(LC_ALL, "C.UTF-8");
		bindtextdomain("orientation", dir != NULL ? dir : "po");
		bind_textdomain_codeset("orientation", "UTF-8");
		textdomain("orientation");
		ready = true;
	}
	setenv("LANGUAGE", lang, 1);
	textdomain(textdomain(NULL));
	return gettext(msgid);
}

const char *
head_of(const char *text, size_t max)
{
	static char buf[128];
	size_t n = strlen(text);

	if (max >= sizeof buf)
		max = sizeof buf - 1;
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(buf, text, n);
	buf[n] = '\0';
	return buf;
}

int
scenario_main(int argc, char **argv, const struct scenario *list, size_t n)
{
	for (size_t i = 0; argc == 2 && i < n; i++) {
		if (strcmp(argv[1], list[i].name) == 0) {
			list[i].run();
			return 0;
		}
	}
	fprintf(stderr, "usage: %s SCENARIO\n", argc > 0 ? argv[0] : "test");
	return 2;
}
