/*
 * For store modules only: the SQLite handle behind a struct state, so that
 * accounts, audit and figures share the state connection.
 */
#ifndef STORE_STATE_DB_H
#define STORE_STATE_DB_H

#include <sqlite3.h>

struct state;

/** The connection of @st; owned by @st, valid until state_free. */
sqlite3 *state_db(struct state *st);

#endif
