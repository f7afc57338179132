/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The state database's anonymous side: the wrong-code throttle per
 * station, usage counters per day, audit rows, and the queue in memory
 * of counts and audit rows that could not be written at once (another
 * process held the lock, or the server could not be reached).  Counters
 * are upserts, so processes on several hosts add to the same row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "integrity.h"
#include "state-db.h"
#include "state-internal.h"
#include "util/fits.h"
#include "util/settings.h"
#include "util/xmalloc.h"

static const char *const usage_names[STATE_USAGE_COUNT] = {
	[STATE_USAGE_SESSION] = "session",
	[STATE_USAGE_LANGUAGE] = "language",
	[STATE_USAGE_FORM] = "form",
	[STATE_USAGE_COMPLETED] = "completed",
	[STATE_USAGE_SERVICE] = "service",
	[STATE_USAGE_OCCUPATION] = "occupation",
	[STATE_USAGE_SEARCH_EMPTY] = "search-empty",
	[STATE_USAGE_HANDOFF] = "handoff",
	[STATE_USAGE_RATING] = "rating",
};

/* ------------------------------------------------------------ throttle */

_Static_assert(sizeof "kiosk:/?" + SETTINGS_SITE_MAX <= STATE_STATION_MAX,
    "a station name without its tty fits");

void
state_station_kiosk(const char *site, const char *tty,
    char out[STATE_STATION_MAX])
{
	const char *slash = site != NULL ? "/" : "";

	if (site == NULL)
		site = "";
	if (tty != NULL && strncmp(tty, "/dev/", 5) == 0)
		tty += 5;
	if (tty == NULL ||
	    (size_t)snprintf(out, STATE_STATION_MAX, "kiosk:%s%s%s", site,
	    slash, tty) >= STATE_STATION_MAX)
		/* fits: asserted above, the site checked when read */
		snprintf(out, STATE_STATION_MAX, "kiosk:%s%s?", site, slash);
}

bool
state_code_throttled(struct state *st, const char *station, time_t now)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, "SELECT count(*) FROM "
	    "code_attempt WHERE station = ?1 AND at > ?2");
	bool throttled = true;

	/* A database that cannot answer refuses look-ups. */
	sql_bind_text(stmt, 1, station);
	sql_bind_int64(stmt, 2, now - STATE_CODE_WINDOW);
	if (sql_step(stmt) == SQL_ROW)
		throttled = sql_column_int(stmt, 0) >= STATE_CODE_TRIES;
	sql_finalize(stmt);
	return throttled;
}

enum orientation_status
state_code_failed(struct state *st, const char *station, time_t now)
{
	struct sql_stmt *stmt;
	enum sql_rc rc;

	/* Damage is not a wrong code: the caller says damaged instead. */
	if (state_seen_damage(st))
		return ORIENTATION_STATE_DAMAGED;
	sql_set_wait(st->sql, st->patience_ms);
	stmt = sql_prepare(st->sql, "INSERT INTO code_attempt (station, at) "
	    "VALUES (?1, ?2)");
	sql_bind_text(stmt, 1, station);
	sql_bind_int64(stmt, 2, now);
	rc = sql_step_finalize(stmt);
	sql_set_wait(st->sql, DB_BUSY_TIMEOUT_MS);
	if (rc != SQL_DONE)
		return sql_status(rc);
	stmt = sql_prepare(st->sql, "DELETE FROM code_attempt WHERE at <= ?1");
	sql_bind_int64(stmt, 1, now - STATE_CODE_WINDOW);
	return sql_status(sql_step_finalize(stmt));
}

int
state_code_unblock(struct state *st, const char *station)
{
	enum sql_rc rc = state_exec_code(st, station != NULL ?
	    "DELETE FROM code_attempt WHERE station = ?1" :
	    "DELETE FROM code_attempt", station);

	return sql_ok(rc) ? sql_changes(st->sql) : -1;
}

/* ------------------------------------------------------------ counts */

const char *
state_usage_name(enum state_usage kind)
{
	return kind < STATE_USAGE_COUNT ? usage_names[kind] : "";
}

/* Whether @key (NULL for none) is a key that fits @kind. */
static bool
key_fits(enum state_usage kind, const char *key)
{
	size_t n = key != NULL ? strlen(key) : 0;

	switch (kind) {
	case STATE_USAGE_SESSION:
	case STATE_USAGE_SEARCH_EMPTY:
	case STATE_USAGE_HANDOFF:
		return n == 0;
	case STATE_USAGE_FORM:
	case STATE_USAGE_COMPLETED:
		return n > 0 && (strcmp(key, "short") == 0 ||
		    strcmp(key, "full") == 0);
	case STATE_USAGE_RATING:
		return n == 1 && key[0] >= '1' && key[0] <= '5';
	case STATE_USAGE_LANGUAGE:
	case STATE_USAGE_SERVICE:
	case STATE_USAGE_OCCUPATION:
		return n > 0 && n <= STATE_KEY_MAX && strspn(key,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789._-") == n;
	default:
		return false;
	}
}

/* The UTC day of @t as YYYY-MM-DD, as SQLite's date(t, 'unixepoch'). */
static void
utc_day(time_t t, char day[11])
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL || strftime(day, 11, "%Y-%m-%d", &tm) == 0)
		memcpy(day, "0000-00-00", 11);
}

/* Write pending item @p in the open transaction; SQL_DONE when done. */
static enum sql_rc
pending_write(struct state *st, const struct state_pending *p)
{
	struct sql_stmt *stmt;
	char day[11];

	if (p->audit)
		return state_audit_write(st->sql, p->at, p->who, p->action,
		    p->detail);
	utc_day(p->at, day);
	stmt = sql_prepare(st->sql, "INSERT INTO usage (day, kind, key, n) "
	    "VALUES (?1, ?2, ?3, 1) "
	    "ON CONFLICT (day, kind, key) DO UPDATE SET n = usage.n + 1");
	sql_bind_text(stmt, 1, day);
	sql_bind_text(stmt, 2, usage_names[p->kind]);
	sql_bind_text(stmt, 3, p->key);
	return sql_step_finalize(stmt);
}

void
state_pending_clear(struct state_pending *p)
{
	xfree_members((char **[]){ &p->who, &p->action, &p->detail, NULL });
	memset(p, 0, sizeof *p);
}

enum sql_rc
state_pending_commit(struct state *st, bool wait)
{
	int n = st->npending;
	enum sql_rc rc = state_begin_within(st, wait ? DB_BUSY_TIMEOUT_MS : 0);

	if (rc != SQL_OK)
		return rc;
	for (int i = 0; i < n && sql_ok(rc); i++)
		rc = pending_write(st, &st->pending[i]);
	if (!sql_ok(rc)) {
		sql_rollback(st->sql);
		return rc;
	}
	if ((rc = sql_commit(st->sql)) != SQL_OK)
		return rc;
	for (int i = 0; i < n; i++)
		state_pending_clear(&st->pending[i]);
	st->npending = 0;
	return SQL_OK;
}

/*
 * Queue @p (moved in) and write the queue without waiting.  When the
 * queue is full an audit row is written waiting for the lock (the trail
 * must not lose it) and a count is dropped.  The status for the caller.
 */
static enum orientation_status
pending_add(struct state *st, struct state_pending *p)
{
	enum sql_rc rc;

	if (st->npending == STATE_PENDING_MAX) {
		if (!p->audit) {
			state_pending_clear(p);
			return ORIENTATION_STATE_BUSY;
		}
		state_pending_commit(st, true);
		if (st->npending == STATE_PENDING_MAX) {
			state_pending_clear(p);
			return ORIENTATION_STATE_BUSY;
		}
	}
	st->pending[st->npending++] = *p;
	rc = state_pending_commit(st, false);
	/* Locked, or the server away: it waits and is written later. */
	if (rc == SQL_OK || rc == SQL_BUSY || rc == SQL_UNAVAILABLE)
		return ORIENTATION_OK;
	/* Not a lock but a real error: the last item would fail forever. */
	if (st->pending[st->npending - 1].audit)
		integrity_report_lost(st->pending[st->npending - 1].action,
		    rc == SQL_DAMAGED ? SQLITE_CORRUPT : SQLITE_ERROR);
	state_pending_clear(&st->pending[--st->npending]);
	return sql_status(rc);
}

enum orientation_status
state_count(struct state *st, time_t now, enum state_usage kind,
    const char *key)
{
	struct state_pending p = { .at = now, .kind = kind };

	if (!key_fits(kind, key))
		return ORIENTATION_NOT_FOUND;
	/* Anonymous figures are not worth writing into a damaged file. */
	if (state_seen_damage(st))
		return ORIENTATION_STATE_DAMAGED;
	/* key_fits() let through no more than STATE_KEY_MAX bytes. */
	if (!fits_copy(p.key, sizeof p.key, key))
		return ORIENTATION_NOT_FOUND;
	return pending_add(st, &p);
}

/*
 * An audit row; the detail of an action on a visitor's results (the
 * code) is left out when the code is gone: deleted or purged after the
 * action, by another process or while the row waited in memory, the code
 * must not stay in the audit (docs/privacy.md).  On PostgreSQL the code's
 * row is locked until the commit, so a delete running at the same time
 * either waits and then clears this row's code, or has deleted the row.
 */
#define STATE_AUDIT_INSERT(lock)                                              \
	"INSERT INTO audit (at, who, action, detail) VALUES (?1, ?2, ?3, "    \
	"CASE WHEN ?3 IN ('code opened', 'note', 'extended', 'report') AND "  \
	"NOT EXISTS (SELECT 1 FROM handoff WHERE code = ?4" lock ") "       \
	"THEN NULL ELSE ?4 END)"

enum sql_rc
state_audit_write(struct sql *c, time_t now, const char *who,
    const char *action, const char *detail)
{
	struct sql_stmt *stmt = sql_prepare(c, sql_backend(c) == SQL_POSTGRESQL ?
	    STATE_AUDIT_INSERT(" FOR SHARE") : STATE_AUDIT_INSERT(""));

	sql_bind_int64(stmt, 1, now);
	sql_bind_text(stmt, 2, who);
	sql_bind_text(stmt, 3, action);
	sql_bind_text(stmt, 4, detail);
	return sql_step_finalize(stmt);
}

enum orientation_status
state_audit(struct state *st, time_t now, const char *who, const char *action,
    const char *detail)
{
	struct state_pending p = { .audit = true, .at = now };

	/* Inside the caller's transaction the lock is already held. */
	if (sql_in_transaction(st->sql))
		return sql_status(state_audit_write(st->sql, now, who, action,
		    detail));
	p.who = xstrdup(who);
	p.action = xstrdup(action);
	p.detail = detail != NULL ? xstrdup(detail) : NULL;
	return pending_add(st, &p);
}
