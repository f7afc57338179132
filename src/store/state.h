/*
 * The state database: what the kiosk keeps between runs (hand-off
 * sessions, anonymous usage events).  Created on first run, migrated
 * forward by PRAGMA user_version, WAL mode, foreign keys on.
 */
#ifndef STORE_STATE_H
#define STORE_STATE_H

#include <stdbool.h>
#include <time.h>

#include "core/handoff.h"
#include "core/session.h"
#include "util/random.h"
#include "util/status.h"

#define STATE_CODE_TRIES 5      /* wrong codes allowed ... */
#define STATE_CODE_WINDOW 600   /* ... within this many seconds */

/* The schema version this program writes. */
#define STATE_SCHEMA_VERSION 3

struct state;

/**
 * Open or create the state database at @path and migrate it.  An existing
 * file that is not a SQLite database, or one of a newer schema, is left
 * untouched and reported (STATE_NOT_DB, STATE_VERSION).
 */
enum orientation_status state_open(const char *path, struct state **out);

/** Close @st.  NULL is allowed. */
void state_free(struct state *st);

/** The schema version the open database has after migration. */
int state_schema_version(struct state *st);

/**
 * Keep the visitor's session for a counselor: answers, scores, skills,
 * what they looked at and their language (no name, no free text) under a
 * new code from @random, until @now + @days days.  Everything is committed
 * before the function returns, so a code is only ever shown for a session
 * that is on disk.  Fills @code and *@expires.
 */
enum orientation_status state_handoff_save(struct state *st,
    const struct session *s, time_t now, int days, random_fn random,
    char code[HANDOFF_CODE_LEN + 1], time_t *expires);

/**
 * Load the session kept under @code (canonical form) into @out, unless it
 * has expired at @now.  *@created and *@expires may be NULL.
 * @return ORIENTATION_OK, NOT_FOUND, or a database error.
 */
enum orientation_status state_handoff_load(struct state *st, const char *code,
    time_t now, struct session *out, time_t *created, time_t *expires);

/**
 * Delete the session under @code now.  *@deleted tells whether there was
 * one.  @return ORIENTATION_OK or a database error.
 */
enum orientation_status state_handoff_delete(struct state *st, const char *code,
    bool *deleted);

/**
 * The counselor's note on the session under @code (NULL: none): a new
 * string in *@note, caller frees.  @return ORIENTATION_OK or NOT_FOUND.
 */
enum orientation_status state_handoff_note(struct state *st, const char *code,
    char **note);

/** Set the counselor's note on @code ("" removes it), kept with the
 *  session and deleted with it. */
enum orientation_status state_handoff_set_note(struct state *st,
    const char *code, const char *note);

/** Move the expiry of @code to @expires (the visitor agreed). */
enum orientation_status state_handoff_extend(struct state *st,
    const char *code, time_t expires);

/** Delete every session expired at @now; @return how many, or -1. */
int state_handoff_purge(struct state *st, time_t now);

/** Number of kept sessions (for tests and figures). */
int state_handoff_count(struct state *st);

/**
 * Whether code look-ups are refused at @now: STATE_CODE_TRIES wrong codes
 * within STATE_CODE_WINDOW seconds, so codes cannot be tried one by one.
 */
bool state_code_throttled(struct state *st, time_t now);

/** Count one wrong code at @now. */
void state_code_failed(struct state *st, time_t now);

/**
 * Record an anonymous usage event (@kind such as "session", "language",
 * @detail such as "fr" or a service id, may be NULL) on the day of @now.
 * Nothing ties it to a visitor or a code.  Callers in the kiosk ignore
 * the result: figures must never stop a visitor.
 */
enum orientation_status state_event(struct state *st, time_t now,
    const char *kind, const char *detail);

#endif
