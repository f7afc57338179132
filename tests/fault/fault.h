/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the fault tests share (test-fault.c runs them, test-fault-*.c hold
 * them): the messages they expect, as msgids; scratch files; the child
 * started and how it ended; the checks that the program refused with one
 * clear line and drew nothing; a state database made by the program; and
 * running the child as nobody when the test runs as root.  The helpers
 * keep the short names they had in the one file the tests were in
 * (sql_exec became exec_sql: the store has one).
 */
#ifndef TESTS_FAULT_FAULT_H
#define TESTS_FAULT_FAULT_H

#include <stdbool.h>
#include <stddef.h>

#include "child.h"
#include "scenario.h"   /* tr() */

#define WAIT 20000         /* ms before giving up on what should come */
#define BUSY_MS 5000       /* the program's busy timeout (store/db.h) */
#define NOBODY 65534

/* The messages of src/util/status.h and src/ui/app.c, as msgids. */
#define MSG_CATALOG_OPEN "The catalogue cannot be opened."
#define MSG_CATALOG_NOT_DB "The catalogue file is damaged or is not a catalogue."
#define MSG_CATALOG_VERSION \
	"The catalogue was made for a newer version of this program."
#define MSG_CATALOG_UNFINISHED "A change to the catalogue was interrupted; " \
	"start orientation once with write access to the catalogue to repair it."
#define MSG_STATE_OPEN "The results database cannot be opened or created."
#define MSG_STATE_NOT_DB "The results file is damaged or is not a database; " \
	"it was left untouched."
#define MSG_STATE_VERSION \
	"The results database was made by a newer version of this program."
#define MSG_STATE_READONLY "The results database is read-only."
#define MSG_STATE_BUSY "The results database is busy; please try again."
#define MSG_STATE_DAMAGED "The results database is damaged: results cannot " \
	"be kept or opened now."
#define MSG_STATE_IN_USE "The results database is in use: stop every kiosk " \
	"and counsellor program on this machine first."
#define MSG_COUNSELOR_DAMAGED "The results database is damaged: nothing new " \
	"can be kept. Ask an administrator to run 'orientation admin check'."
#define MSG_KIOSK_DAMAGED "Results cannot be kept at this kiosk now. Please " \
	"ask at the desk."
#define MSG_CODE_DAMAGED "Damaged results database: the results under this " \
	"code cannot be read (not counted as a wrong code). Ask an administrator."
#define MSG_CODE_NOT_FOUND "No results are kept under this code. Check it, " \
	"or ask at the desk."
#define MSG_NOT_KEPT "Your results could not be kept. Please ask at the desk."
#define MSG_STATE_FULL "The disk is full; nothing could be saved."
#define MSG_NO_TTY "This program needs a terminal: run it in a terminal window."
#define MSG_TERM "The terminal type is not set or cannot draw screens (TERM). " \
	"Try TERM=xterm-256color or TERM=linux."
#define MSG_TERM_UNKNOWN "This terminal type is unknown (TERM). " \
	"Try TERM=xterm-256color or TERM=linux."
#define MSG_TOO_SMALL "This window is too small. Please make it at least " \
	"80 columns wide and 24 rows high."

/* The arguments for catalog @cat and state @state. */
#define ARGS(cat, state) \
	((const char *const[]){ "--catalog", (cat), "--state", (state), NULL })

/** A path in the scratch folder; static buffer, one at a time per slot. */
const char *scratch_path(int slot, const char *name);

/** Write @len bytes of @data to a new file @path. */
void spit(const char *path, const void *data, size_t len);

/** Whether @path exists. */
bool exists(const char *path);

/** @n pseudo-random bytes, fixed seed: a failure can be replayed. */
void junk_bytes(unsigned char *p, size_t n, unsigned seed);

/** Run SQL @sql on the database @path from the test process. */
void exec_sql(const char *path, const char *sql);

/** Check that file @path still holds the @len bytes of @before. */
void check_same(const char *path, const void *before, size_t len,
    const char *what);

/**
 * Check that stderr is exactly one line "orientation: ...", holding
 * @want; anything else (a second line, a sanitizer report) fails.
 */
void check_one_line(struct vt *c, const char *want);

/** Start a child and note the time. */
struct vt *spawn(const struct child_opts *o);

/** Say how the program ended (the test log keeps it). */
void report(struct vt *c, int rc);

/** Check that nothing was drawn on the terminal: curses never started
 *  (called once the program has ended and all it wrote is read). */
void check_blank(struct vt *c);

/** Press F10: the program must end with 0 and print nothing on stderr.
 *  Frees @c. */
void quit_cleanly(struct vt *c);

/**
 * Run the program with @args on an 80x24 terminal, with @extra_env (one
 * "NAME=VALUE" or "NAME" to unset, or NULL) besides LANGUAGE=@lang, and
 * expect it to stop before the screen with exit code 3 and the one line
 * @want (in @lang).
 */
void expect_refusal_env(const char *const *args, const char *extra_env,
    const char *lang, const char *want, bool as_nobody, int ms);

/** The same with no other change to the environment. */
void expect_refusal(const char *const *args, const char *lang,
    const char *want, bool as_nobody, int ms);

/** Make a good state database at @path, of the program's own version:
 *  the program creates it, then stops for want of a terminal. */
void make_state(const char *path);

/** Whether the test may make files bind a child: as root, only by
 *  running the child as nobody. */
bool need_nobody(void);

/**
 * Before running the program as nobody: skip if this root cannot change
 * user (a restricted container), and when the build tree is closed to
 * nobody (say, under /root) run copies of the program, the catalog
 * and the translations from the scratch folder instead.
 */
void prepare_nobody(void);

/** Give @path to nobody when the child will run as nobody. */
void give_to_nobody(const char *path);

/** Answer the short form and ask for a hand-off code (English). */
void short_form_and_keep(struct vt *c);

/* The scenarios, in the files that hold them; test-fault.c names them. */

/* test-fault-state.c */
void state_random(void);
void state_corrupt(void);
void state_not_sqlite(void);
void state_newer(void);
void state_readonly_file_start(void);
void state_readonly_dir(void);
void state_readonly_dir_existing(void);
void state_locked(void);
void state_disk_full(void);
void state_disk_full_handoff(void);
void state_deleted(void);

/* test-fault-catalog.c */
void catalog_missing(void);
void catalog_truncated(void);
void catalog_half(void);
void catalog_newer(void);
void catalog_wrong_db(void);
void catalog_hot_journal(void);
void catalog_hot_journal_readonly(void);
void catalog_hot_journal_running(void);

/* test-fault-term.c */
void term_hangup(void);
void term_hangup_kiosk(void);
void term_hangup_nosignal(void);
void term_sighup(void);
void term_tiny(void);
void term_dumb(void);
void term_unset(void);
void term_unknown(void);
void term_none(void);

/* test-fault-damaged.c */
void state_damaged_handoff(void);
void state_damaged_answers(void);
void state_damaged_kiosk(void);
void admin_check(void);
void admin_backup_restore(void);

#endif
