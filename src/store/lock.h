/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Who has the state database open: every process that opens it holds a
 * shared flock(2) on a lock file beside it (the database path with
 * ".lock" added), and `orientation admin restore` replaces the file only
 * under an exclusive one, so never under a running kiosk.  flock is apart
 * from the POSIX locks SQLite takes on the database itself (on Linux the
 * two kinds do not see each other), and the lock file is never replaced,
 * so a process that starts during a restore waits for the new file.  The
 * lock file is empty and 0600.
 */
#ifndef STORE_LOCK_H
#define STORE_LOCK_H

#include <stdbool.h>

#define LOCK_WAIT_MS 5000 /* a shared lock waits this long for a restore */

/**
 * Take the shared lock for the database at @db_path, waiting up to
 * LOCK_WAIT_MS while a restore holds the exclusive one.
 * @return the lock's file descriptor (close it, after the database, to
 * let go), -1 when a restore holds it all that time, or -2 when there
 * can be no lock file (a read-only folder: nothing can be restored there
 * either, so the caller goes on without one).
 */
int lock_shared(const char *db_path);

/**
 * Take the exclusive lock without waiting.  @return its file descriptor,
 * or -1 when another process holds a lock (the database is in use) or
 * the lock file cannot be made (errno tells which: EWOULDBLOCK for in use).
 */
int lock_exclusive(const char *db_path);

/** Let go of the lock @fd (-1 and -2 are allowed). */
void lock_release(int fd);

#endif
