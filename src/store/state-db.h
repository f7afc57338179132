/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For store modules only: the connection behind a struct state, so that
 * accounts, audit and figures share it.
 */
#ifndef STORE_STATE_DB_H
#define STORE_STATE_DB_H

#include <sqlite3.h>
#include <time.h>

#include "sql.h"
#include "util/status.h"

struct state;

/** The connection of @st; owned by @st, valid until state_free. */
struct sql *state_sql(struct state *st);

/** The SQLite handle of @st, or NULL when the state is on PostgreSQL. */
sqlite3 *state_db(struct state *st);

/**
 * Insert one audit row on @c now, in the open transaction if there is
 * one.  The code in the detail of "code opened", "note", "extended" and
 * "report" is written only while its results exist.  SQL_DONE when done.
 */
enum sql_rc state_audit_write(struct sql *c, time_t now, const char *who,
    const char *action, const char *detail);

/**
 * Add one audit row without waiting for another process's lock: inside an
 * open transaction it is written at once, else it is written now or kept
 * in memory and written later (see state.h).
 */
enum orientation_status state_audit(struct state *st, time_t now,
    const char *who, const char *action, const char *detail);

#endif
