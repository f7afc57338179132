/*
 * The state database: what the kiosk keeps between runs (hand-off
 * sessions, anonymous usage events).  Created on first run, migrated
 * forward by PRAGMA user_version, WAL mode, foreign keys on.
 */
#ifndef STORE_STATE_H
#define STORE_STATE_H

#include "util/status.h"

/* The schema version this program writes. */
#define STATE_SCHEMA_VERSION 1

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

#endif
