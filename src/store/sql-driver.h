/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For the drivers of sql.h only: the ops table every driver fills, and
 * the parts of a connection and a statement that sql.c reads.  A driver's
 * own structs begin with these.
 */
#ifndef STORE_SQL_DRIVER_H
#define STORE_SQL_DRIVER_H

#include "sql.h"

struct sql_ops {
	void (*close)(struct sql *c);
	enum sql_rc (*reconnect)(struct sql *c);
	void (*set_wait)(struct sql *c, int ms);
	enum sql_rc (*exec)(struct sql *c, const char *sql);
	enum sql_rc (*begin)(struct sql *c, int wait_ms);
	bool (*in_transaction)(struct sql *c);
	/* NULL with *rc set when the statement cannot be prepared. */
	struct sql_stmt *(*prepare)(struct sql *c, const char *sql,
	    enum sql_rc *rc);
	/* @text NULL: SQL NULL; else the value (also for integers). */
	void (*bind)(struct sql_stmt *stmt, int i, const char *text,
	    const int64_t *v);
	enum sql_rc (*step)(struct sql_stmt *stmt);
	void (*reset)(struct sql_stmt *stmt);
	void (*finalize)(struct sql_stmt *stmt);
	const char *(*column_text)(struct sql_stmt *stmt, int col);
	bool (*column_null)(struct sql_stmt *stmt, int col);
	int (*changes)(struct sql *c);
};

struct sql {
	const struct sql_ops *ops;
	enum sql_backend backend;
	enum sql_rc last;       /* of the last failed call */
	int wait_ms;            /* see sql_set_wait */
	bool damaged;           /* SQL_DAMAGED was seen */
	enum sql_rc (*on_connect)(struct sql *c, void *arg);
	void *on_connect_arg;
};

struct sql_stmt {
	struct sql *c;
	enum sql_rc failed;     /* not SQL_OK: a stand-in for a failed prepare */
};

/**
 * Abort with a message: @sql is our own and did not prepare (@why).
 * Such a statement is a programming error, not a state of the database.
 */
_Noreturn void sql_bug(const char *why, const char *sql);

/*
 * The PostgreSQL driver is a module (orientation-pg.so, on libpq and the
 * libraries libpq needs): a process that keeps its state in a file never
 * maps them, and starts sooner.  sql_postgresql() loads it on first use;
 * its one entry point has the contract of sql_postgresql().
 */
#define SQL_PG_CONNECT "orientation_sql_pg_connect"
typedef enum sql_rc sql_pg_connect_fn(const char *url, int patience_ms,
    struct sql **out);
sql_pg_connect_fn orientation_sql_pg_connect;

#endif
