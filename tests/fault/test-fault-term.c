/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests of the terminal: hung up (with and without a SIGHUP
 * reaching the program), SIGHUP, too small, and a TERM that is dumb,
 * unset, unknown or no terminal at all.  Run by test-fault.c (fault.h).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fault.h"

/* The kiosk at its main menu on an 80x24 terminal; @kiosk locks it (no
 * quit key, no staff PIN configured); @block_sighup as in child_opts. */
static struct vt *
start_menu(bool kiosk, bool block_sighup)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), "--lang", "en",
	    kiosk ? "--kiosk" : NULL, NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args,
	    .rows = 24, .cols = 80, .block_sighup = block_sighup });

	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "menu");
	return c;
}

/* The line hangs up (the terminal window is closed): the program ends
 * by itself, without a crash. */
void
term_hangup(void)
{
	struct vt *c = start_menu(false, false);
	int rc;

	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	vt_free(c);
}

/* The same for a locked kiosk, where no key quits. */
void
term_hangup_kiosk(void)
{
	struct vt *c = start_menu(true, false);
	int rc;

	CHILD_CHECK(c, !vt_has_text(c, "F10"), "locked: no quit key");
	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	vt_free(c);
}

/* CPU time of process @pid so far in ms (the scheduler's count), or -1. */
static double
cpu_ms(pid_t pid)
{
	char path[64];
	unsigned long long ns;
	FILE *f;
	double ms = -1;

	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	if ((f = fopen(path, "r")) != NULL) {
		if (fscanf(f, "%llu", &ns) == 1)
			ms = (double)ns / 1e6;
		fclose(f);
	}
	return ms;
}

/* A hang-up that brings no SIGHUP (the signal blocked from the start):
 * the terminal reads end of file or EIO, and the program must notice
 * that too, not spin on it. */
void
term_hangup_nosignal(void)
{
	struct vt *c = start_menu(false, true);
	double cpu0 = cpu_ms(vt_pid(c));
	int rc;

	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up, having used "
	    "%.0f ms of CPU in those %d ms", cpu_ms(vt_pid(c)) - cpu0, WAIT);
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	vt_free(c);
}

/* SIGHUP while the terminal is still there: ends and gives the terminal
 * back (the alternate screen is left). */
void
term_sighup(void)
{
	struct vt *c = start_menu(false, false);
	int rc;

	kill(vt_pid(c), SIGHUP);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after SIGHUP");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	CHILD_CHECK(c, !vt_has_text(c, "F10"), "the menu is gone");
	vt_free(c);
}

/* Collapse white space runs to single blanks, in place. */
static void
squeeze(char *s)
{
	char *w = s;
	bool blank = false;

	for (char *p = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\n') {
			blank = w > s;
			continue;
		}
		if (blank)
			*w++ = ' ';
		blank = false;
		*w++ = *p;
	}
	*w = '\0';
}

/* A 20x5 terminal: only the size message, in the visitor's language,
 * and nothing else; F10 still quits. */
void
term_tiny(void)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), "--lang", "de", NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args,
	    .rows = 5, .cols = 20 });
	char msg[512], word[64];
	int shown = 0;

	snprintf(msg, sizeof msg, "%s (20×5)", tr("de", MSG_TOO_SMALL));
	CHILD_CHECK(c, strcmp(tr("de", MSG_TOO_SMALL), MSG_TOO_SMALL) != 0,
	    "German message");
	sscanf(msg, "%63s", word);
	CHILD_CHECK(c, vt_wait_text(c, word, WAIT), "size message");
	squeeze(msg);
	for (int r = 0; r < 5; r++) {
		char row[512];

		snprintf(row, sizeof row, "%s", vt_row(c, r));
		squeeze(row);
		/* Every row is a piece of the message: no garbage. */
		CHILD_CHECK(c, row[0] == '\0' || strstr(msg, row) != NULL,
		    "row %d \"%s\" is not part of the message", r, row);
		shown += row[0] != '\0';
	}
	CHILD_CHECK(c, shown >= 3, "message on %d rows", shown);
	quit_cleanly(c);
}

/* TERM=dumb: a terminal that cannot draw screens; message in French. */
void
term_dumb(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM=dumb", "fr", MSG_TERM, false, WAIT);
	CHILD_CHECK(NULL, strcmp(tr("fr", MSG_TERM), MSG_TERM) != 0, "French");
}

/* No TERM at all. */
void
term_unset(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM", "en", MSG_TERM, false, WAIT);
}

/* A TERM the terminfo database does not know. */
void
term_unknown(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM=no-such-terminal-9000", "en", MSG_TERM_UNKNOWN, false, WAIT);
}

/* No terminal at all: stdin from /dev/null, stdout a pipe, no
 * controlling terminal.  Exit code 3, one line, no escape sequences. */
void
term_none(void)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args });
	int rc = vt_wait_exit(c, WAIT);

	report(c, rc);
	CHILD_CHECK(c, rc == 3, "exit code 3, got %d", rc);
	check_one_line(c, MSG_NO_TTY);
	CHILD_CHECK(c, vt_stdout(c)[0] == '\0', "nothing on stdout");
	vt_free(c);
}
