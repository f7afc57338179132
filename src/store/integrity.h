/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Integrity of the state database: the quick check every process runs
 * when it opens the file, the full check of `orientation admin check`,
 * and the one line an operator gets (standard error or the journal) when
 * something that must be kept, such as an audit row, cannot be written.
 *
 * Why a quick check at every open is cheap enough: PRAGMA quick_check
 * reads every page of the file once (it skips integrity_check's index
 * to table cross-check, which is what costs), so its time is a read of
 * the file.  The state file is small: a kept session is a few hundred
 * rows of a few bytes, sessions leave after 30 days, and usage figures
 * are counters per day.  With 10,000 kept sessions (far more than a
 * month of visits at one site) the file is 28.5 MB and the check took
 * 0.6 s (median of 5; worst 0.9 s) on a 2-core machine at load average
 * 13 (bench/state-integrity.c, docs/operations.md); a kiosk opens the
 * file once when it starts, and a site's usual file is a tenth of that.  The number in quick_check(N) bounds the error lines, not the
 * work: the first one is enough to know the file is damaged.
 */
#ifndef STORE_INTEGRITY_H
#define STORE_INTEGRITY_H

#include <sqlite3.h>
#include <stdbool.h>

#include "util/status.h"

/* Error lines quick_check reports before it stops. */
#define INTEGRITY_QUICK_LINES 1

/**
 * Run PRAGMA quick_check(INTEGRITY_QUICK_LINES) on @db.
 * @return SQLITE_OK when the file is sound, SQLITE_CORRUPT when the check
 * reports damage, or the error that stopped it (of the damaged kind when
 * the schema itself cannot be read; see db_damage).
 */
int integrity_quick(sqlite3 *db);

/* Called with each problem the full check finds (one line, no data). */
typedef void (*integrity_line_fn)(void *ctx, const char *line);

/**
 * The full check of the state database at @path: PRAGMA integrity_check
 * and PRAGMA foreign_key_check, without changing the file (it is not
 * created, migrated or put in WAL mode).  Each problem goes to @line.
 * @return ORIENTATION_OK (sound), STATE_DAMAGED (problems were found),
 * STATE_NOT_DB, STATE_OPEN, or another read error.
 */
enum orientation_status integrity_check_file(const char *path,
    integrity_line_fn line, void *ctx);

/**
 * Say on standard error (the journal, under systemd) that @what could
 * not be written to the state database and why (@rc).  @what must be a
 * fixed text such as an audit action, never a code or anything a visitor
 * gave.  When standard error is a terminal (the screen is in use) the
 * line goes to syslog instead, which systemd keeps in the journal too.
 */
void integrity_report_lost(const char *what, int rc);

#endif
