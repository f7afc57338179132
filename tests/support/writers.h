/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Many kiosks and counselors writing to one state database at once, each
 * a process of its own: the concurrency test checks what they did, the
 * hand-off benchmark (bench/handoff.c) times it.  The state is a SQLite
 * file or a PostgreSQL URL (state_open takes either).
 *
 * Each child, once all have been started, for the given seconds: saves a
 * made-up visitor's session for a counselor (writers_session) and counts
 * an event; with .signin, every other child also signs a counselor in
 * (WRITERS_SIGNER, the right password), tries the wrong password on
 * WRITERS_TARGET and adds an audit row.  Each child writes what it got to
 * its own log in the folder; writers_read() adds the logs up and checks
 * that every code logged opens the session it was saved with.
 *
 * Owner: tests (tests/concurrency, bench).
 */
#ifndef TESTS_WRITERS_H
#define TESTS_WRITERS_H

#include <stdbool.h>
#include <stddef.h>

struct state;

#define WRITERS_MAX 256          /* children */
#define WRITERS_SIGNER "kiosk"   /* always given the right password */
#define WRITERS_SIGNER_PW "kiosk-pass-2026"
#define WRITERS_TARGET "target"  /* always given a wrong one */
#define WRITERS_TARGET_PW "target-pass-2026"
#define WRITERS_EVENT_KEY "concurrency" /* the language counted */

/* What the children did, as read back from their logs. */
struct writers_tally {
	long opens, saves, events, signins, audits; /* successes */
	long wrong, locked;       /* the target's answers: WRONG, LOCKED */
	long busy;                /* ORIENTATION_STATE_BUSY, any operation */
	long errors;              /* every other answer that is not OK */
};

struct writers_opts {
	const char *dir;    /* the logs: DIR/roundROUND-CHILD.log */
	const char *path;   /* the state: a file or a postgresql:// URL */
	int round;          /* tells the logs of several runs apart */
	int nproc;          /* children, at most WRITERS_MAX */
	int secs;           /* how long each child writes */
	bool fresh;         /* only open the state, once (a new database) */
	bool reopen;        /* open the state again for every visit */
	bool signin;        /* every other child signs in and audits */
	bool timings;       /* log how long each hand-off save took */
};

/**
 * Start the children of @o at the same moment and wait for them.
 * @return the number of children that could not be started or did not
 * end well (each is printed as a FAIL line).
 */
int writers_run(const struct writers_opts *o);

/**
 * Add up the logs of @o into *@sum, print each failure a child logged,
 * and, when @st is not NULL, load every code logged through @st and check
 * it holds its child's session; *@codes is how many were checked.  With
 * .timings, *@save_ms is a new array (caller frees) of every save's time
 * in milliseconds, *@nsave long; else both may be NULL.
 * @return the number of failed checks (each printed as a FAIL line).
 */
int writers_read(const struct writers_opts *o, struct state *st,
    struct writers_tally *sum, long *codes, double **save_ms, size_t *nsave);

/** Seconds of the monotonic clock. */
double writers_seconds(void);

#endif
