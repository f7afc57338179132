/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For the state*.c files only: struct state and what they share.
 * state.c opens and closes (files, pragmas, the server), state-schema.c
 * migrates, state-handoff.c keeps sessions, state-usage.c counts, throttles
 * and audits and holds the writes that wait in memory.
 */
#ifndef STORE_STATE_INTERNAL_H
#define STORE_STATE_INTERNAL_H

#include "sql.h"
#include "state.h"

/* A usage count or an audit row that waits for the write lock. */
struct state_pending {
	bool audit;                     /* an audit row, else a count */
	time_t at;
	enum state_usage kind;          /* count */
	char key[STATE_KEY_MAX + 1];    /* count; "" for none */
	char *who, *action, *detail;    /* audit; owned, detail may be NULL */
};

struct state {
	struct sql *sql;
	char *reports;                  /* reports and exports folder */
	struct state_pending pending[STATE_PENDING_MAX];
	int npending;
	bool checkpoint_due;            /* deleted pages may still be in the WAL */
	int patience_ms;                /* see state_set_patience */
};

/**
 * Bring the schema of @st up to STATE_SCHEMA_VERSION (SQLite: migrations
 * by user_version; PostgreSQL: a schema_version table).  Sets
 * checkpoint_due when a SQLite migration ran.
 */
enum sql_rc state_schema_migrate(struct state *st);

/** Start a write transaction waiting at most @ms for another's lock. */
enum sql_rc state_begin_within(struct state *st, int ms);

/** Run @sql with ?1 = @code (unbound when NULL); the result of its step. */
enum sql_rc state_exec_code(struct state *st, const char *sql,
    const char *code);

/** Try to empty SQLite's WAL without waiting (deleted rows go with it);
 *  nothing for PostgreSQL. */
void state_checkpoint(struct state *st);

/** Write what waits in memory, waiting for the lock when @wait. */
enum sql_rc state_pending_commit(struct state *st, bool wait);

/** Free the strings of @p and clear it. */
void state_pending_clear(struct state_pending *p);

/** Remove the report files of @code, or of every code no longer kept
 *  when @code is NULL. */
void state_remove_reports(struct state *st, const char *code);

#endif
