/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The PostgreSQL driver of sql.h, on libpq: the module orientation-pg.so
 * (sql-driver.h), which sql_postgresql() loads.  Values go as text and come
 * back as text; ?N placeholders become $N.  Locks are the server's: a
 * wait is lock_timeout, and a lock that is not granted in time comes back
 * as SQL_BUSY, as SQLite's busy timeout does.
 *
 * A server that goes away must not hang the kiosk: queries are sent
 * without blocking and waited for at most the lock wait plus a second;
 * then, or when the server closed the connection, the connection is
 * dropped and the call answers SQL_UNAVAILABLE.  The next call connects
 * again (at most every PG_RETRY_MS, doubling up to PG_RETRY_MAX_MS while
 * the server stays away, each attempt waiting at most PG_CONNECT_MS), and a
 * statement that finds a stale connection outside a transaction is sent
 * once more on a fresh one, so a restarted server is used at once.
 */
#include <libpq-fe.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "sql-driver.h"
#include "util/xmalloc.h"

#define PG_RETRY_MS 2000    /* between attempts to reach a lost server, */
#define PG_RETRY_MAX_MS 8000 /* doubling up to this */
#define PG_CONNECT_MS 1000  /* a reconnect waits at most this long */
#define PG_MARGIN_MS 1000   /* a query waits its lock wait plus this */

struct pg {
	struct sql base;
	PGconn *conn;           /* NULL while the server cannot be reached */
	char *url;
	int changes;
	int txn_wait;           /* lock wait of the open transaction, or -1 */
	bool lost_txn;          /* the connection went in a transaction: every
	                         * statement fails until ROLLBACK */
	long long last_try;     /* ms, monotonic: the last connect attempt */
	int retry_ms;           /* the wait before the next attempt */
};

struct pg_stmt {
	struct sql_stmt base;
	char *sql;              /* with $N placeholders */
	int nparams;
	char **params;          /* nparams values; NULL is SQL NULL */
	PGresult *res;
	int row;                /* the current row; -1 before the first step */
};

static struct pg *
pg_of(struct sql *c)
{
	return (struct pg *)c;
}

static struct pg_stmt *
pg_stmt_of(struct sql_stmt *s)
{
	return (struct pg_stmt *)s;
}

/* Milliseconds on the monotonic clock. */
static long long
pg_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Wait until @conn's socket is ready for @events or @deadline (ms). */
static bool
pg_wait(PGconn *conn, short events, long long deadline)
{
	struct pollfd p = { .fd = PQsocket(conn), .events = events };
	long long left = deadline - pg_now_ms();

	if (p.fd < 0 || left <= 0)
		return false;
	return poll(&p, 1, (int)left) > 0;
}

/* NOTICEs (e.g. "relation already exists, skipping") must not reach a
 * curses screen. */
static void
pg_quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* Connect to @url without blocking longer than @ms; NULL on failure. */
static PGconn *
pg_connect(const char *url, int ms)
{
	char timeout[16];
	/* Defaults before dbname, so the URL's own settings win. */
	const char *keys[] = { "connect_timeout", "application_name",
	    "keepalives_idle", "keepalives_interval", "keepalives_count",
	    "dbname", NULL };
	const char *values[] = { timeout, "orientation", "10", "5", "3", url,
	    NULL };
	long long deadline = pg_now_ms() + ms;
	PGconn *conn;
	PostgresPollingStatusType st = PGRES_POLLING_WRITING;

	snprintf(timeout, sizeof timeout, "%d", ms / 1000 > 2 ? ms / 1000 : 2);
	conn = PQconnectStartParams(keys, values, 1);
	if (conn == NULL || PQstatus(conn) == CONNECTION_BAD)
		goto fail;
	while (st != PGRES_POLLING_OK) {
		if (st == PGRES_POLLING_FAILED ||
		    !pg_wait(conn, st == PGRES_POLLING_READING ? POLLIN : POLLOUT,
		    deadline))
			goto fail;
		st = PQconnectPoll(conn);
	}
	PQsetNoticeProcessor(conn, pg_quiet, NULL);
	return conn;
fail:
	PQfinish(conn);
	return NULL;
}

/* The sql_rc of a failed result @res on @conn (@res may be NULL). */
static enum sql_rc
pg_error_rc(PGconn *conn, const PGresult *res, const char *sql)
{
	const char *state = res != NULL ?
	    PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;

	if (conn == NULL || PQstatus(conn) == CONNECTION_BAD || state == NULL)
		return SQL_UNAVAILABLE;
	if (strncmp(state, "23", 2) == 0)
		return SQL_CONSTRAINT;
	if (strcmp(state, "55P03") == 0 || strcmp(state, "40001") == 0 ||
	    strcmp(state, "40P01") == 0 || strcmp(state, "57014") == 0)
		return SQL_BUSY;
	if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P0", 4) == 0)
		return SQL_UNAVAILABLE;
	if (strcmp(state, "53100") == 0)
		return SQL_FULL;
	if (strcmp(state, "25006") == 0 || strcmp(state, "42501") == 0)
		return SQL_READONLY;
	if (strncmp(state, "XX00", 4) == 0)
		return SQL_DAMAGED;
	/* Our own SQL does not parse: a programming error, as in
	 * db_prepare (a missing table or column may be the server's). */
	if (strcmp(state, "42601") == 0 || strcmp(state, "42P18") == 0)
		sql_bug(PQresultErrorMessage(res), sql);
	return SQL_ERROR;
}

/* Drop the connection of @c: the server is gone or does not answer. */
static void
pg_drop(struct pg *c)
{
	PQfinish(c->conn);
	c->conn = NULL;
}

/* Tell the server how long to wait for a lock (never 0: that is "for
 * ever" to PostgreSQL). */
static bool
pg_send_wait(struct pg *c)
{
	char sql[64];
	PGresult *res;
	bool ok;

	snprintf(sql, sizeof sql, "SET lock_timeout = %d",
	    c->base.wait_ms > 10 ? c->base.wait_ms : 10);
	res = PQexec(c->conn, sql);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	return ok;
}

/* Connect @c now, without the rate limit; SQL_OK or SQL_UNAVAILABLE. */
static enum sql_rc
pg_connect_now(struct pg *c, int ms)
{
	pg_drop(c);
	c->txn_wait = -1;
	c->last_try = pg_now_ms();
	c->conn = pg_connect(c->url, ms);
	if (c->conn != NULL && pg_send_wait(c) && (c->base.on_connect == NULL ||
	    c->base.on_connect(&c->base, c->base.on_connect_arg) !=
	    SQL_UNAVAILABLE))
		return SQL_OK;
	pg_drop(c);
	return SQL_UNAVAILABLE;
}

/*
 * Whether idle @conn is still open.  A server that ended the session
 * (stopped, restarted, the session terminated) has sent a last message and
 * closed the socket; libpq only notices when it reads, so read what is
 * there without waiting: otherwise a dead connection passes for a live one
 * until a query fails.
 */
static bool
pg_alive(PGconn *conn)
{
	for (int i = 0; i < 4 && PQstatus(conn) == CONNECTION_OK; i++) {
		struct pollfd p = { .fd = PQsocket(conn), .events = POLLIN };

		if (poll(&p, 1, 0) <= 0)
			return true;    /* nothing to read: still open */
		if (!PQconsumeInput(conn))
			return false;   /* the end of the stream */
	}
	return PQstatus(conn) == CONNECTION_OK;
}

static enum sql_rc
pg_reconnect(struct sql *base)
{
	struct pg *c = pg_of(base);

	if (c->conn != NULL && PQstatus(c->conn) == CONNECTION_OK) {
		PGTransactionStatusType t = PQtransactionStatus(c->conn);

		if (pg_alive(c->conn))
			return SQL_OK;
		/* Ended inside a transaction: what it did is gone, and nothing
		 * after it may run outside it (as in pg_run). */
		if (t == PQTRANS_INTRANS || t == PQTRANS_INERROR) {
			c->lost_txn = true;
			return SQL_UNAVAILABLE;
		}
	}
	/* A session the server ended is tried again at once on a new one, as
	 * a statement on it would be (pg_run). */
	if (c->conn != NULL) {
		pg_drop(c);
		c->last_try = 0;
	}
	if (c->conn == NULL && pg_now_ms() - c->last_try < c->retry_ms)
		return SQL_UNAVAILABLE;
	if (pg_connect_now(c, PG_CONNECT_MS) == SQL_OK) {
		c->retry_ms = PG_RETRY_MS;
		return SQL_OK;
	}
	/* A server away for long is asked less often: each attempt to a
	 * host that does not answer costs up to PG_CONNECT_MS. */
	c->retry_ms = c->retry_ms * 2 < PG_RETRY_MAX_MS ? c->retry_ms * 2 :
	    PG_RETRY_MAX_MS;
	return SQL_UNAVAILABLE;
}

/*
 * Send @sql (with @n text parameters; -1: a script without any) and
 * wait for its last result, at most the lock wait plus PG_MARGIN_MS.
 * NULL when the connection failed or timed out (then it is dropped).
 */
static PGresult *
pg_send(struct pg *c, const char *sql, int n, char *const *params)
{
	int wait = c->txn_wait >= 0 ? c->txn_wait : c->base.wait_ms;
	long long deadline = pg_now_ms() + (wait > 0 ? wait : 0) + PG_MARGIN_MS;
	PGresult *res, *last = NULL;
	int sent = n < 0 ? PQsendQuery(c->conn, sql) :
	    PQsendQueryParams(c->conn, sql, n, NULL,
	    (const char *const *)params, NULL, NULL, 0);

	if (!sent)
		return NULL;
	for (;;) {
		while (PQisBusy(c->conn)) {
			if (!pg_wait(c->conn, POLLIN, deadline)) {
				/* No answer in time: give the connection up. */
				PQclear(last);
				pg_drop(c);
				return NULL;
			}
			/* Closed by the server: the connection is now bad. */
			if (!PQconsumeInput(c->conn)) {
				PQclear(last);
				return NULL;
			}
		}
		if ((res = PQgetResult(c->conn)) == NULL) {
			if (PQtransactionStatus(c->conn) == PQTRANS_IDLE)
				c->txn_wait = -1;
			return last;
		}
		/* Keep the first error, else the last result. */
		if (last != NULL && PQresultStatus(last) == PGRES_FATAL_ERROR) {
			PQclear(res);
			continue;
		}
		PQclear(last);
		last = res;
	}
}

/*
 * Run @sql and return its result (NULL: the server is gone).  A failure
 * of the connection outside a transaction is tried once more on a new
 * connection: after a server restart the old one is stale, not the
 * server.
 */
static PGresult *
pg_run(struct pg *c, const char *sql, int n, char *const *params)
{
	PGTransactionStatusType t = PQtransactionStatus(c->conn);
	bool in_txn = t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
	PGresult *res = pg_send(c, sql, n, params);
	bool lost = c->conn == NULL || ((res == NULL ||
	    PQresultStatus(res) == PGRES_FATAL_ERROR) &&
	    pg_error_rc(c->conn, res, sql) == SQL_UNAVAILABLE);

	if (!lost)
		return res;
	/* What the transaction did is gone: nothing after it may run
	 * outside it. */
	if (in_txn)
		c->lost_txn = true;
	/* In a transaction, or timed out (dropped: no second wait). */
	if (in_txn || c->conn == NULL)
		return res;
	PQclear(res);
	if (pg_connect_now(c, PG_CONNECT_MS) != SQL_OK)
		return NULL;
	return pg_send(c, sql, n, params);
}

/* The sql_rc of @res, remembering the rows it changed; frees nothing. */
static enum sql_rc
pg_result_rc(struct pg *c, const PGresult *res, const char *sql)
{
	ExecStatusType st = res != NULL ? PQresultStatus(res) :
	    PGRES_FATAL_ERROR;

	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		c->changes = atoi(PQcmdTuples((PGresult *)res));
		return SQL_OK;
	}
	return pg_error_rc(c->conn, res, sql);
}

static void
pg_close(struct sql *base)
{
	struct pg *c = pg_of(base);

	pg_drop(c);
	free(c->url);
	free(c);
}

static void
pg_set_wait(struct sql *base, int ms)
{
	struct pg *c = pg_of(base);

	(void)ms;
	if (c->conn != NULL && !pg_send_wait(c) &&
	    PQstatus(c->conn) == CONNECTION_BAD)
		pg_drop(c);
}

static enum sql_rc
pg_exec(struct sql *base, const char *sql)
{
	struct pg *c = pg_of(base);
	PGresult *res;
	enum sql_rc rc;

	if (c->lost_txn) {
		/* Only the end of the lost transaction, or a new one. */
		if (strncmp(sql, "ROLLBACK", 8) != 0 &&
		    strncmp(sql, "BEGIN", 5) != 0)
			return SQL_UNAVAILABLE;
		c->lost_txn = false;
		if (sql[0] == 'R' && (c->conn == NULL ||
		    PQstatus(c->conn) != CONNECTION_OK))
			return SQL_OK;
	}
	res = pg_run(c, sql, -1, NULL);
	rc = pg_result_rc(c, res, sql);

	PQclear(res);
	return rc;
}

static enum sql_rc
pg_begin(struct sql *base, int wait_ms)
{
	char sql[64];

	snprintf(sql, sizeof sql, "BEGIN; SET LOCAL lock_timeout = %d",
	    wait_ms > 10 ? wait_ms : 10);
	pg_of(base)->txn_wait = wait_ms;
	return pg_exec(base, sql);
}

static bool
pg_in_transaction(struct sql *base)
{
	struct pg *c = pg_of(base);

	return c->lost_txn || (c->conn != NULL &&
	    PQtransactionStatus(c->conn) != PQTRANS_IDLE &&
	    PQtransactionStatus(c->conn) != PQTRANS_UNKNOWN);
}

/* @sql with ?N (or a bare ?, numbered in order) as $N, outside quotes;
 * *@n is the highest parameter number. */
static char *
pg_translate(const char *sql, int *n)
{
	char *out = xmalloc(strlen(sql) * 2 + 1), *o = out;
	bool quoted = false;
	int next = 1;

	*n = 0;
	for (const char *p = sql; *p != '\0'; p++) {
		int k;

		if (*p == '\'')
			quoted = !quoted;
		if (*p != '?' || quoted) {
			*o++ = *p;
			continue;
		}
		k = p[1] >= '0' && p[1] <= '9' ? (int)strtol(p + 1, NULL, 10) :
		    next;
		next = k + 1;
		while (p[1] >= '0' && p[1] <= '9')
			p++;
		o += sprintf(o, "$%d", k);
		if (k > *n)
			*n = k;
	}
	*o = '\0';
	return out;
}

static struct sql_stmt *
pg_prepare(struct sql *c, const char *sql, enum sql_rc *rc)
{
	struct pg_stmt *s = xcalloc(1, sizeof *s);

	(void)rc;
	s->base.c = c;
	s->sql = pg_translate(sql, &s->nparams);
	s->params = xcalloc(s->nparams > 0 ? (size_t)s->nparams : 1,
	    sizeof *s->params);
	s->row = -1;
	return &s->base;
}

static void
pg_bind(struct sql_stmt *base, int i, const char *text, const int64_t *v)
{
	struct pg_stmt *s = pg_stmt_of(base);

	(void)v;
	if (i < 1 || i > s->nparams)
		return;
	free(s->params[i - 1]);
	s->params[i - 1] = text != NULL ? xstrdup(text) : NULL;
}

static enum sql_rc
pg_step(struct sql_stmt *base)
{
	struct pg_stmt *s = pg_stmt_of(base);
	struct pg *c = pg_of(base->c);
	enum sql_rc rc;

	if (s->res == NULL) {
		if (c->lost_txn || (c->conn == NULL &&
		    pg_reconnect(base->c) != SQL_OK))
			return SQL_UNAVAILABLE;
		s->res = pg_run(c, s->sql, s->nparams, s->params);
		rc = pg_result_rc(c, s->res, s->sql);
		if (rc != SQL_OK) {
			PQclear(s->res);
			s->res = NULL;
			return rc;
		}
	}
	if (PQresultStatus(s->res) != PGRES_TUPLES_OK)
		return SQL_DONE;
	return ++s->row < PQntuples(s->res) ? SQL_ROW : SQL_DONE;
}

static void
pg_reset(struct sql_stmt *base)
{
	struct pg_stmt *s = pg_stmt_of(base);

	PQclear(s->res);
	s->res = NULL;
	s->row = -1;
}

static void
pg_finalize(struct sql_stmt *base)
{
	struct pg_stmt *s = pg_stmt_of(base);

	pg_reset(base);
	for (int i = 0; i < s->nparams; i++)
		free(s->params[i]);
	free(s->params);
	free(s->sql);
	free(s);
}

/* Whether @col of the current row can be read. */
static bool
pg_cell(struct pg_stmt *s, int col)
{
	return s->res != NULL && s->row >= 0 && s->row < PQntuples(s->res) &&
	    col >= 0 && col < PQnfields(s->res);
}

static const char *
pg_column_text(struct sql_stmt *base, int col)
{
	struct pg_stmt *s = pg_stmt_of(base);

	if (!pg_cell(s, col) || PQgetisnull(s->res, s->row, col))
		return NULL;
	return PQgetvalue(s->res, s->row, col);
}

static bool
pg_column_null(struct sql_stmt *base, int col)
{
	return pg_column_text(base, col) == NULL;
}

static int
pg_changes(struct sql *base)
{
	return pg_of(base)->changes;
}

static const struct sql_ops pg_ops = {
	.close = pg_close,
	.reconnect = pg_reconnect,
	.set_wait = pg_set_wait,
	.exec = pg_exec,
	.begin = pg_begin,
	.in_transaction = pg_in_transaction,
	.prepare = pg_prepare,
	.bind = pg_bind,
	.step = pg_step,
	.reset = pg_reset,
	.finalize = pg_finalize,
	.column_text = pg_column_text,
	.column_null = pg_column_null,
	.changes = pg_changes,
};

enum sql_rc
orientation_sql_pg_connect(const char *url, int patience_ms, struct sql **out)
{
	struct pg *c = xcalloc(1, sizeof *c);

	c->base.ops = &pg_ops;
	c->base.backend = SQL_POSTGRESQL;
	c->base.wait_ms = DB_BUSY_TIMEOUT_MS;
	c->txn_wait = -1;
	c->retry_ms = PG_RETRY_MS;
	c->url = xstrdup(url);
	*out = &c->base;
	return pg_connect_now(c, patience_ms);
}
