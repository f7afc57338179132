/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Backup, daily rotation and restore of the state database (see
 * backup.h).
 */
#include "backup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "integrity.h"
#include "lock.h"
#include "sql.h"
#include "sqlite-load.h"
#include "state.h"
#include "util/durable.h"
#include "util/xmalloc.h"

/* A rotated backup's name: "state-" YYYYMMDD "-" HHMMSS ".db". */
#define BACKUP_PREFIX "state-"
#define BACKUP_SUFFIX ".db"
#define BACKUP_NAME_LEN (sizeof BACKUP_PREFIX - 1 + 15 + sizeof BACKUP_SUFFIX - 1)
/* A leftover temporary copy this old is an interrupted one. */
#define BACKUP_STALE_SECONDS 3600

/* The status for errno @err of writing a file. */
static enum orientation_status
backup_errno_status(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
		return ORIENTATION_STATE_FULL;
	case EROFS:
	case EACCES:
	case EPERM:
		return ORIENTATION_STATE_READONLY;
	default:
		return ORIENTATION_STATE_OPEN;
	}
}

/* Remove the half-made copy @path and what SQLite kept beside it. */
static void
backup_unlink(const char *path)
{
	static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };

	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *p = xasprintf("%s%s", path, suffixes[i]);

		unlink(p);
		free(p);
	}
}

/* A new empty file 0600 beside @path ("PATH.XXXXXX"); its name (caller
 * frees), or NULL with errno. */
static char *
backup_temp(const char *path)
{
	char *temp = xasprintf("%s.XXXXXX", path);
	int fd = mkostemp(temp, O_CLOEXEC), saved;

	if (fd < 0) {
		saved = errno;
		free(temp);
		errno = saved;
		return NULL;
	}
	fchmod(fd, 0600);
	close(fd);
	return temp;
}

/* Copy every page of @src into the database @to_path in one read
 * transaction, then make it one file (not WAL) and check it.  The SQLite
 * result code (SQLITE_CORRUPT when the copy fails its check). */
static int
backup_copy(sqlite3 *src, const char *to_path)
{
	sqlite3_backup *b;
	sqlite3 *to;
	int rc;

	if ((rc = sqlite3_open_v2(to_path, &to, SQLITE_OPEN_READWRITE, NULL)) !=
	    SQLITE_OK) {
		sqlite3_close(to);
		return rc;
	}
	sqlite3_extended_result_codes(to, 1);
	if ((b = sqlite3_backup_init(to, "main", src, "main")) == NULL) {
		rc = sqlite3_extended_errcode(to);
		sqlite3_close(to);
		return rc;
	}
	/* All pages in one step: a snapshot that writers in WAL mode do not
	 * restart (a step of some pages starts over after every commit). */
	do {
		rc = sqlite3_backup_step(b, -1);
		if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
			sqlite3_sleep(10);
	} while (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY ||
	    (rc & 0xff) == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc == SQLITE_DONE)
		rc = sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL,
		    NULL);
	if (rc == SQLITE_OK)
		rc = integrity_quick(to);
	sqlite3_close(to);
	return rc;
}

enum orientation_status
backup_write(const char *state_path, const char *dest)
{
	enum orientation_status status = ORIENTATION_OK;
	sqlite3 *src;
	char *temp;
	int lock, rc, err;

	if (access(state_path, F_OK) != 0)
		return ORIENTATION_STATE_OPEN;
	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	if ((temp = backup_temp(dest)) == NULL)
		return backup_errno_status(errno);
	if ((lock = lock_shared(state_path)) == -1) {
		backup_unlink(temp);
		free(temp);
		return ORIENTATION_STATE_BUSY;
	}
	rc = sqlite3_open_v2(state_path, &src, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_extended_result_codes(src, 1);
		sqlite3_busy_timeout(src, DB_BUSY_TIMEOUT_MS);
		rc = backup_copy(src, temp);
	}
	sqlite3_close(src);
	lock_release(lock);
	if (rc != SQLITE_OK)
		status = sql_status(sql_sqlite_rc(rc));
	else if ((err = durable_seal(temp, 0600)) != 0)
		status = backup_errno_status(err);
	else if (rename(temp, dest) != 0)
		status = backup_errno_status(errno);
	/* The backup is in place: a folder not written yet loses nothing. */
	if (status == ORIENTATION_OK)
		(void)durable_sync_folder(dest);
	else
		backup_unlink(temp);
	free(temp);
	return status;
}

/* Whether @name is a rotated backup's name. */
static bool
backup_rotated_name(const char *name)
{
	size_t plen = sizeof BACKUP_PREFIX - 1;

	return strlen(name) == BACKUP_NAME_LEN &&
	    strncmp(name, BACKUP_PREFIX, plen) == 0 &&
	    strspn(name + plen, "0123456789") == 8 && name[plen + 8] == '-' &&
	    strspn(name + plen + 9, "0123456789") == 6 &&
	    strcmp(name + plen + 15, BACKUP_SUFFIX) == 0;
}

/* Whether @name is the temporary copy of a rotated backup. */
static bool
backup_temp_name(const char *name)
{
	char base[BACKUP_NAME_LEN + 1];

	if (strlen(name) != BACKUP_NAME_LEN + 7 || name[BACKUP_NAME_LEN] != '.')
		return false;
	memcpy(base, name, BACKUP_NAME_LEN);
	base[BACKUP_NAME_LEN] = '\0';
	return backup_rotated_name(base);
}

/* Newest first. */
static int
backup_newest_first(const void *a, const void *b)
{
	return strcmp(*(char *const *)b, *(char *const *)a);
}

/* Delete the rotated backups in @folder beyond the @keep newest, and
 * stale temporary copies; how many backups were deleted. */
static int
backup_prune(const char *folder, int keep, time_t now)
{
	DIR *d = opendir(folder);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int removed = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		struct stat sb;
		char *path;

		if (backup_rotated_name(e->d_name)) {
			names = xgrow(names, n, &cap, 16, sizeof *names);
			names[n++] = xstrdup(e->d_name);
		} else if (backup_temp_name(e->d_name)) {
			path = xasprintf("%s/%s", folder, e->d_name);
			if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
			    now - sb.st_mtime > BACKUP_STALE_SECONDS)
				unlink(path);
			free(path);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, backup_newest_first);
	for (size_t i = 0; i < n; i++) {
		if (i >= (size_t)keep) {
			char *path = xasprintf("%s/%s", folder, names[i]);

			if (unlink(path) == 0)
				removed++;
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return removed;
}

enum orientation_status
backup_rotate(const char *state_path, const char *folder, int keep,
    time_t now, char **written, int *removed)
{
	enum orientation_status status;
	struct stat sb;
	struct tm tm;
	char name[BACKUP_NAME_LEN + 1], *dest;

	if (written != NULL)
		*written = NULL;
	*removed = 0;
	if (mkdir(folder, 0700) != 0 && errno != EEXIST)
		return backup_errno_status(errno);
	/* Only the backups' reader may list them; a folder of someone else
	 * is not made private behind their back, but used as it is. */
	if (stat(folder, &sb) == 0 && sb.st_uid == geteuid() &&
	    (sb.st_mode & 077) != 0)
		chmod(folder, sb.st_mode & 0700);
	gmtime_r(&now, &tm);
	strftime(name, sizeof name, BACKUP_PREFIX "%Y%m%d-%H%M%S" BACKUP_SUFFIX,
	    &tm);
	dest = xasprintf("%s/%s", folder, name);
	status = backup_write(state_path, dest);
	if (status == ORIENTATION_OK)
		*removed = backup_prune(folder, keep < 1 ? 1 : keep, now);
	if (status == ORIENTATION_OK && written != NULL)
		*written = dest;
	else
		free(dest);
	return status;
}

/* The status of checking the backup @src (see backup_restore). */
static enum orientation_status
backup_check(const char *src)
{
	static const char *const tables[] = { "handoff" };
	sqlite3 *db;
	int version = 0, problems = 0, rc;
	enum orientation_status status = ORIENTATION_BACKUP_BAD;
	sqlite3_stmt *stmt;

	if (access(src, R_OK) != 0)
		return ORIENTATION_BACKUP_BAD;
	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	if (sqlite3_open_v2(src, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return ORIENTATION_BACKUP_BAD;
	}
	rc = db_user_version(db, &version);
	if (rc == SQLITE_OK && version > STATE_SCHEMA_VERSION)
		status = ORIENTATION_STATE_VERSION;
	else if (rc == SQLITE_OK && version >= 1 && db_has_tables(db, tables, 1)) {
		for (int i = 0; i < 2 && problems == 0; i++) {
			rc = sqlite3_prepare_v2(db, i == 0 ? "PRAGMA integrity_check" :
			    "PRAGMA foreign_key_check", -1, &stmt, NULL);
			if (rc != SQLITE_OK) {
				problems++;
				break;
			}
			while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
				if (i == 1 || strcmp((const char *)
				    sqlite3_column_text(stmt, 0), "ok") != 0)
					problems++;
			problems += rc != SQLITE_DONE;
			sqlite3_finalize(stmt);
		}
		if (problems == 0)
			status = ORIENTATION_OK;
	}
	sqlite3_close(db);
	return status;
}

enum orientation_status
backup_restore(const char *state_path, const char *src)
{
	static const char *const old[] = { "-wal", "-shm", "-journal" };
	enum orientation_status status;
	char *temp;
	int lock, err;

	if ((status = backup_check(src)) != ORIENTATION_OK)
		return status;
	if ((lock = lock_exclusive(state_path)) < 0)
		return errno == EWOULDBLOCK ? ORIENTATION_STATE_IN_USE :
		    backup_errno_status(errno);
	if ((temp = backup_temp(state_path)) == NULL) {
		status = backup_errno_status(errno);
		lock_release(lock);
		return status;
	}
	if ((err = durable_copy(src, temp)) != 0 ||
	    (err = durable_seal(temp, 0600)) != 0) {
		status = backup_errno_status(err);
		unlink(temp);
		free(temp);
		lock_release(lock);
		return status;
	}
	/* What belonged to the old file must not be read into the new one:
	 * SQLite would apply an old WAL or roll back an old journal. */
	for (size_t i = 0; i < sizeof old / sizeof old[0]; i++) {
		char *p = xasprintf("%s%s", state_path, old[i]);

		unlink(p);
		free(p);
	}
	if (rename(temp, state_path) != 0) {
		status = backup_errno_status(errno);
		unlink(temp);
	} else {
		(void)durable_sync_folder(state_path);
	}
	free(temp);
	lock_release(lock);
	return status;
}
