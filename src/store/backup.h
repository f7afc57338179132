/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Backups of the state database: a consistent copy taken while kiosks
 * write (SQLite's online backup API, one read transaction, so WAL writers
 * go on), the daily copy in a folder of its own that keeps the newest
 * few, and the restore of a copy, which waits for no one: it is refused
 * while any process has the database open (store/lock.h).
 *
 * A backup holds what the database holds, personal data included
 * (docs/privacy.md, docs/operations.md): files 0600, folders 0700, and a
 * copy is written under a temporary name and renamed, so a file with a
 * backup's name is always whole.
 */
#ifndef STORE_BACKUP_H
#define STORE_BACKUP_H

#include <time.h>

#include "util/status.h"

#define BACKUP_KEEP_DEFAULT 7    /* daily copies kept */
#define BACKUP_KEEP_MAX 3650

/**
 * Write a copy of the state database at @state_path to @dest (replaced if
 * it exists).  The copy is checked (quick_check) before it takes @dest's
 * name; it is a single file (not in WAL mode).
 * @return ORIENTATION_OK; STATE_OPEN when there is no database at
 * @state_path; STATE_DAMAGED when the copy fails its check (nothing is
 * written then); STATE_BUSY while a restore runs; STATE_FULL; or another
 * error of reading or writing (*@dest is then left as it was).
 */
enum orientation_status backup_write(const char *state_path, const char *dest);

/**
 * The daily backup: write @folder/state-YYYYMMDD-HHMMSS.db (the UTC time
 * of @now), creating @folder 0700 if needed, then delete the oldest such
 * files beyond the @keep newest (and leftovers of interrupted copies).
 * Other files in @folder are never touched.  *@written (may be NULL) gets
 * the new file's path (caller frees), *@removed how many were deleted.
 * @return as backup_write; on an error nothing is deleted.
 */
enum orientation_status backup_rotate(const char *state_path,
    const char *folder, int keep, time_t now, char **written, int *removed);

/**
 * Replace the state database at @state_path by the backup @src, after
 * checking @src: a SQLite file, integrity_check and foreign_key_check
 * clean, a known schema version (older ones are migrated at the next
 * open).  The old file's -wal, -shm and -journal go too (they belong to
 * it).  Afterwards the file at @state_path is byte for byte @src.
 * @return ORIENTATION_OK; BACKUP_BAD (not SQLite, damaged, or not a state
 * database); STATE_VERSION (made by a newer version); STATE_IN_USE while
 * any process has the database open; or an error of writing.
 */
enum orientation_status backup_restore(const char *state_path,
    const char *src);

#endif
