/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The state database: what the kiosk keeps between runs (hand-off
 * sessions, counters of anonymous usage, wrong-code attempts, accounts and
 * the audit trail; docs/privacy.md lists every column).  Either a SQLite
 * file on this host or a PostgreSQL server that several sites share, with
 * the same tables.
 *
 * SQLite: created on first run, migrated forward by PRAGMA user_version,
 * WAL mode, foreign keys on, secure_delete on.  The file, its WAL and SHM
 * are private to the user the program runs as (0600 in a 0700 directory),
 * and anything deleted is overwritten and checkpointed out of the WAL.
 * PostgreSQL: the tables are created on first use (schema_version); the
 * server's locks take the place of SQLite's write lock; when the server
 * cannot be reached, calls answer ORIENTATION_STATE_UNAVAILABLE quickly
 * and a later call connects again by itself.
 *
 * Usage counters and audit rows that cannot be written at once, because
 * another process holds the write lock or the server is away, wait in
 * memory (bounded) and are written by a later call or state_flush(): a
 * visitor never waits for them.
 */
#ifndef STORE_STATE_H
#define STORE_STATE_H

#include <stdbool.h>
#include <time.h>

#include "core/handoff.h"
#include "core/session.h"
#include "util/random.h"
#include "util/status.h"

#define STATE_CODE_TRIES 5      /* wrong codes allowed per station ... */
#define STATE_CODE_WINDOW 600   /* ... within this many seconds */
#define STATE_STATION_MAX 64    /* bytes of a station name */
#define STATE_KEY_MAX 64        /* bytes of a usage counter's key */
#define STATE_PENDING_MAX 512   /* counters and audit rows held in memory */
#define STATE_KIOSK_PATIENCE_MS 1000 /* a kiosk visitor's write waits this long */

/* The schema version this program writes. */
#define STATE_SCHEMA_VERSION 4

/*
 * The closed list of what is counted per day.  The key says which one
 * (a language code, a service or occupation id, "short" or "full", a
 * rating "1" .. "5") or is empty; it is never anything a visitor typed.
 */
enum state_usage {
	STATE_USAGE_SESSION,      /* a visitor began; no key */
	STATE_USAGE_LANGUAGE,     /* a language was chosen; its code */
	STATE_USAGE_FORM,         /* a questionnaire was begun; short|full */
	STATE_USAGE_COMPLETED,    /* a questionnaire was finished; short|full */
	STATE_USAGE_SERVICE,      /* a service was opened; its id */
	STATE_USAGE_OCCUPATION,   /* an occupation was opened; its id */
	STATE_USAGE_SEARCH_EMPTY, /* a search found nothing; no key */
	STATE_USAGE_HANDOFF,      /* results were kept for a counselor; no key */
	STATE_USAGE_RATING,       /* "Was this helpful?"; 1 .. 5 */
	STATE_USAGE_COUNT
};

struct state;

/**
 * Before any database is opened: make SQLite overwrite the memory it
 * frees, so nothing a visitor typed stays in the process after a wipe.
 */
void state_init_memory(void);

/**
 * Open the state database: a PostgreSQL server when @path is a URL
 * (postgresql://... or postgres://...; reports then go to the local
 * folder $XDG_STATE_HOME/orientation/reports), else a SQLite file.
 * A server that cannot be reached answers ORIENTATION_STATE_UNAVAILABLE
 * and still sets *@out: a kiosk may start without it (it connects and
 * creates the tables by itself later); free it or use it.
 *
 * A file is created or opened and migrated.  An existing
 * file that is not a SQLite database, or one of a newer schema, is left
 * untouched and reported (STATE_NOT_DB, STATE_VERSION).  A new file is
 * created 0600 whatever the umask; an existing file (and its -wal, -shm)
 * that others may read is made 0600 when this user owns it, else refused
 * (STATE_PRIVATE); the directory is made 0700 when this user owns it
 * and it is not a shared (sticky) one such as /tmp.
 */
enum orientation_status state_open(const char *path, struct state **out);

/**
 * Open the state database at @path as state_open does, but keep a file
 * found damaged open in damaged mode (for a kiosk, which goes on without
 * keeping results, and a counselor, who may still open what can be
 * read).  The quick check (store/integrity.h) runs first, and a damaged
 * file is left as it is: not migrated, not put in WAL mode.  Returns:
 * ORIENTATION_OK (a sound file); STATE_DAMAGED with *@out set when the
 * check found damage and the current schema can be read; STATE_NOT_DB
 * with *@out set when not even that can be read (every call then
 * answers STATE_DAMAGED, or false or -1); any other status without *@out.
 */
enum orientation_status state_open_damaged(const char *path,
    struct state **out);

/**
 * Whether @st has seen damage: at open, or since on any read or write
 * of the damaged kind (a damaged page, a failing disk).  Then nothing
 * new is kept: saving, deleting, notes, extending, purging and counting
 * answer STATE_DAMAGED (or -1), a code that is not found is answered
 * STATE_DAMAGED (its row may be the damaged one), and only audit rows
 * are still written (when they cannot be, one line on standard error or
 * the journal says so, see integrity_report_lost).
 */
bool state_damaged(struct state *st);

/** Whether @target (NULL allowed) names a PostgreSQL server. */
bool state_is_server(const char *target);

/**
 * This user's local state folder: $XDG_STATE_HOME/orientation, else
 * ~/.local/state/orientation, made (with its parents) 0700 when missing.
 * A new string, or NULL when neither variable is set or it cannot be
 * made.  The default state file and, for a state on a server, the
 * reports folder are in it.
 */
char *state_local_dir(void);

/**
 * @target as it may be shown (a URL's password replaced by ***); a new
 * string, caller frees.
 */
char *state_masked(const char *target);

/** Close @st.  NULL is allowed. */
void state_free(struct state *st);

/**
 * Whether the state database can be used now.  Always for SQLite; for
 * PostgreSQL, a lost connection is made again first (at most every two
 * seconds, waiting at most one).
 */
bool state_available(struct state *st);

/** The schema version the open database has after migration. */
int state_schema_version(struct state *st);

/**
 * The folder for reports and exports beside the state file ("reports" in
 * the same directory), created 0700 if missing.  Owned by @st.
 */
const char *state_reports_dir(struct state *st);

/**
 * How long a write the visitor asked for (keep, delete, counting a wrong
 * code) waits for another process's write lock before it is answered with
 * ORIENTATION_STATE_BUSY ("please try again"): 5 s by default, less at a
 * kiosk so that no key press hangs.
 */
void state_set_patience(struct state *st, int ms);

/**
 * Write what waits in memory (usage counters, audit rows) and a pending
 * WAL checkpoint, without waiting for another process's lock.
 * @return how many items still wait.
 */
int state_flush(struct state *st);

/**
 * Keep the visitor's session for a counselor: answers, scores, skills,
 * what they looked at and their language (no name, no free text), until
 * @now + @seconds.  One code per visit: when @code already holds a code
 * that is still kept, what is kept under it is replaced by @s (the
 * counselor's note stays); otherwise a new code from @random is written
 * into @code.  Everything is committed before the function returns, so a
 * code is only ever shown for a session that is on disk.  Fills *@expires.
 * On an error @code is left as it was.
 */
enum orientation_status state_handoff_save(struct state *st,
    const struct session *s, time_t now, long seconds, random_fn random,
    char code[HANDOFF_CODE_LEN + 1], time_t *expires);

/**
 * Load the session kept under @code (canonical form) into @out, unless it
 * has expired at @now.  *@created and *@expires may be NULL.  A session
 * that cannot be read whole (a damaged page, answers that do not give
 * the scores kept with them) is STATE_DAMAGED and @out is left empty,
 * never a part of it.
 * @return ORIENTATION_OK, NOT_FOUND, STATE_DAMAGED, or a database error.
 */
enum orientation_status state_handoff_load(struct state *st, const char *code,
    time_t now, struct session *out, time_t *created, time_t *expires);

/**
 * Delete the session under @code now, with everything that belongs to
 * it: its rows, its reports (state_reports_dir: files named CODE-*), and
 * the code in audit details.  The freed pages are overwritten and the WAL
 * checkpointed.  *@deleted tells whether there was one.
 * @return ORIENTATION_OK or a database error.
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

/**
 * Delete every session expired at @now, as state_handoff_delete does,
 * and the wrong codes older than STATE_CODE_WINDOW, without waiting for
 * another process's lock (a busy database is purged next time).
 * @return how many sessions, or -1 (busy or an error).
 */
int state_handoff_purge(struct state *st, time_t now);

/** Number of kept sessions (for tests and figures). */
int state_handoff_count(struct state *st);

/**
 * The station name of a kiosk terminal: "kiosk:", the site and a slash
 * when there is one (@site NULL for none; at most SETTINGS_SITE_MAX
 * bytes, as settings.c checks), and the terminal @tty without "/dev/"
 * ("kiosk:centre/pts/3"), so that each kiosk has its own wrong-code
 * count.  "?" stands for a terminal that is unknown (@tty NULL) or whose
 * name is too long to tell it apart.
 */
void state_station_kiosk(const char *site, const char *tty,
    char out[STATE_STATION_MAX]);

/**
 * Whether code look-ups from @station ("kiosk:tty2", "counselor:anna")
 * are refused at @now: STATE_CODE_TRIES wrong codes from that station
 * within STATE_CODE_WINDOW seconds, so codes cannot be tried one by one.
 * Each station has its own count: a kiosk cannot block the counselors.
 * True also when the count cannot be read (fails closed).
 */
bool state_code_throttled(struct state *st, const char *station, time_t now);

/**
 * Count one wrong code from @station at @now.  @return ORIENTATION_OK, or
 * a database error (the caller then refuses the look-up).
 */
enum orientation_status state_code_failed(struct state *st,
    const char *station, time_t now);

/**
 * Lift the wrong-code block of @station, or of every station when
 * @station is NULL.  @return how many wrong codes were forgotten, or -1.
 */
int state_code_unblock(struct state *st, const char *station);

/**
 * Add one to today's counter (the UTC day of @now) of @kind with @key
 * (NULL for kinds without a key).  A key that does not fit its kind (see
 * enum state_usage; at most STATE_KEY_MAX bytes of [A-Za-z0-9._-]) is
 * refused with ORIENTATION_NOT_FOUND, so free text can never be counted.
 * When the database is busy the count waits in memory and
 * ORIENTATION_OK is returned.  Nothing ties a counter to a visitor.
 */
enum orientation_status state_count(struct state *st, time_t now,
    enum state_usage kind, const char *key);

/** The name of @kind as stored ("session", "search-empty", ...). */
const char *state_usage_name(enum state_usage kind);

#endif
