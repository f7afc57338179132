/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Publishing and installing catalog files (catalog-file.h).  A file is
 * always written beside its final name under a temporary one, checked,
 * made durable (fsync of the file, then of its folder after the rename)
 * and renamed: a reader of the folder opens either the old file or the
 * new one, whole.  A reader that had the old file open keeps reading it
 * until it closes it, which is what lets a kiosk finish a visit on the
 * catalog it started with.
 */
#include "catalog-file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "catalog-db.h"
#include "db.h"
#include "occupation.h"
#include "sqlite-load.h"
#include "util/durable.h"
#include "util/fits.h"
#include "util/xmalloc.h"

/* Mode of a published or installed catalog: it holds no personal data
 * (the edit history, which names counselors, is left out). */
#define CATALOG_FILE_MODE 0644

/* Tables besides those catalog_open and occupation_store_open ask for. */
static const char *const other_tables[] = {
	"meta", "catalog_history", "provider", "provider_text", "service",
	"service_text", "search", "search_block",
};

/* ---------------------------------------------------------------- checks */

/* Run PRAGMA quick_check on @db; its first complaint into @detail. */
static bool
quick_check_ok(sqlite3 *db, char *detail, size_t size)
{
	sqlite3_stmt *stmt;
	bool ok = false;
	int rc;

	if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, NULL) !=
	    SQLITE_OK) {
		fits_format(detail, size, "%s", sqlite3_errmsg(db));
		return false;
	}
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(stmt, 0);

		ok = t != NULL && strcmp((const char *)t, "ok") == 0;
		fits_format(detail, size, "%s", t != NULL ? (const char *)t : "");
	} else {
		fits_format(detail, size, "%s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(stmt);
	return ok;
}

enum catalog_file_result
catalog_file_verify(struct catalog *cat, struct catalog_file_info *info)
{
	struct occupation_store *occ;
	sqlite3 *db = catalog_db(cat);

	info->revision = -1;
	if (!quick_check_ok(db, info->detail, sizeof info->detail))
		return CATALOG_FILE_DAMAGED;
	info->detail[0] = '\0';
	if ((info->status = occupation_store_open(cat, &occ)) != ORIENTATION_OK)
		return CATALOG_FILE_INVALID;
	occupation_store_free(occ);
	if (!db_has_tables(db, other_tables,
	    sizeof other_tables / sizeof other_tables[0])) {
		info->status = ORIENTATION_CATALOG_NOT_DB;
		return CATALOG_FILE_INVALID;
	}
	if ((info->revision = catalog_revision(cat)) < 0)
		return CATALOG_FILE_NO_REVISION;
	return CATALOG_FILE_OK;
}

enum catalog_file_result
catalog_file_check(const char *path, struct catalog_file_info *info)
{
	struct catalog *cat;
	enum catalog_file_result r;

	info->revision = -1;
	if ((info->status = catalog_open(path, &cat)) != ORIENTATION_OK)
		return CATALOG_FILE_INVALID;
	r = catalog_file_verify(cat, info);
	catalog_free(cat);
	return r;
}

/* ---------------------------------------------------------------- files */

/* Make a new empty file "DIR/.NAME.XXXXXX" in @tmp.  @return false with
 * errno. */
static bool
make_temporary(const char *dir, const char *name, char *tmp, size_t size)
{
	int fd;

	if ((size_t)snprintf(tmp, size, "%s/.%s.XXXXXX", dir, name) >= size) {
		errno = ENAMETOOLONG;
		return false;
	}
	if ((fd = mkstemp(tmp)) < 0)
		return false;
	close(fd);
	return true;
}

/* Remove the temporary @tmp and whatever SQLite left beside it. */
static void
remove_temporary(const char *tmp)
{
	char *journal = xasprintf("%s-journal", tmp);

	unlink(tmp);
	unlink(journal);
	free(journal);
}

/* Rename @tmp over @path and make it last.  @return 0 or an errno. */
static int
put_in_place(const char *tmp, const char *path)
{
	if (rename(tmp, path) != 0)
		return errno;
	return durable_sync_folder(path);
}

/* Whether @a and @b name the same file (both existing). */
static bool
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* ---------------------------------------------------------------- publish */

/* VACUUM the catalog @source INTO the empty file @tmp. */
static enum catalog_file_result
snapshot(const char *source, const char *tmp, struct catalog_file_info *info)
{
	struct catalog *cat;
	sqlite3_stmt *stmt;
	int rc;

	if ((info->status = catalog_open(source, &cat)) != ORIENTATION_OK)
		return CATALOG_FILE_SOURCE;
	/* One statement, one read transaction: a consistent copy of the
	 * catalog as it was when it began, whatever counselors save
	 * meanwhile (their commit waits for it, up to the busy timeout). */
	rc = sqlite3_prepare_v2(catalog_db(cat), "VACUUM INTO ?1", -1, &stmt,
	    NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(stmt, 1, tmp, -1, SQLITE_STATIC);
		rc = sqlite3_step(stmt);
		sqlite3_finalize(stmt);
	}
	if (rc != SQLITE_DONE) {
		enum catalog_file_result r = CATALOG_FILE_DAMAGED;

		switch (sqlite3_errcode(catalog_db(cat))) {
		case SQLITE_BUSY:
		case SQLITE_LOCKED:
			r = CATALOG_FILE_LOCKED;
			break;
		case SQLITE_CANTOPEN:
		case SQLITE_FULL:
		case SQLITE_IOERR:
		case SQLITE_READONLY:
			r = CATALOG_FILE_WRITE;
			info->error = sqlite3_system_errno(catalog_db(cat));
			if (info->error == 0)
				info->error = EIO;
			break;
		default:
			fits_format(info->detail, sizeof info->detail, "%s",
			    sqlite3_errmsg(catalog_db(cat)));
		}
		catalog_free(cat);
		return r;
	}
	catalog_free(cat);
	return CATALOG_FILE_OK;
}

/*
 * Leave the edit history out of the snapshot @tmp: its rows name the
 * counselors who made each change, and a published catalog is readable
 * by anyone at a site.  secure_delete overwrites the freed pages, and
 * the journal stays in memory, so no name is left in the file or beside
 * it.
 */
static enum catalog_file_result
strip_history(const char *tmp, struct catalog_file_info *info)
{
	sqlite3 *db = NULL;
	int rc;

	rc = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = MEMORY; "
		    "PRAGMA secure_delete = ON; DELETE FROM catalog_history",
		    NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		info->history_left_out = sqlite3_changes(db);
	sqlite3_close(db);
	if (rc == SQLITE_OK)
		return CATALOG_FILE_OK;
	info->status = ORIENTATION_CATALOG_NOT_DB;
	return CATALOG_FILE_INVALID;
}

enum catalog_file_result
catalog_file_publish(const char *source, const char *dir,
    struct catalog_file_info *info)
{
	enum catalog_file_result r;
	char tmp[4096];
	long revision;

	memset(info, 0, sizeof *info);
	info->revision = info->installed = -1;
	if ((size_t)snprintf(info->path, sizeof info->path, "%s/%s", dir,
	    CATALOG_FILE_NAME) >= sizeof info->path) {
		info->error = ENAMETOOLONG;
		return CATALOG_FILE_WRITE;
	}
	if (same_file(source, info->path))
		return CATALOG_FILE_SAME_FILE;
	if (!make_temporary(dir, CATALOG_FILE_NAME, tmp, sizeof tmp)) {
		info->error = errno;
		return CATALOG_FILE_WRITE;
	}
	if ((r = snapshot(source, tmp, info)) == CATALOG_FILE_OK &&
	    (r = strip_history(tmp, info)) == CATALOG_FILE_OK &&
	    (r = catalog_file_check(tmp, info)) == CATALOG_FILE_OK) {
		revision = info->revision;
		if ((info->error = durable_seal(tmp, CATALOG_FILE_MODE)) != 0 ||
		    (info->error = put_in_place(tmp, info->path)) != 0)
			r = CATALOG_FILE_WRITE;
		info->revision = revision;
	}
	if (r != CATALOG_FILE_OK)
		remove_temporary(tmp);
	return r;
}

/* ---------------------------------------------------------------- install */

/* Whether a save of the catalog at @path is under way or died half-way
 * (its rollback journal is there and not empty). */
static bool
save_under_way(const char *path)
{
	char *journal = xasprintf("%s-journal", path);
	struct stat st;
	bool busy = stat(journal, &st) == 0 && st.st_size > 0;

	free(journal);
	return busy;
}

/* The revision of the catalog at @path, or -1 if none can be read. */
static long
installed_revision(const char *path)
{
	struct catalog *cat;
	long rev;

	if (catalog_open(path, &cat) != ORIENTATION_OK)
		return -1;
	rev = catalog_revision(cat);
	catalog_free(cat);
	return rev;
}

enum catalog_file_result
catalog_file_install(const char *file, const char *target,
    struct catalog_file_info *info)
{
	enum catalog_file_result r;
	char *dir, tmp[4096];
	const char *base = strrchr(target, '/');
	long revision;
	bool made;
	int err;

	memset(info, 0, sizeof *info);
	info->installed = -1;
	/* The path is said back: a path too long to say whole is refused. */
	if (!fits_copy(info->path, sizeof info->path, target)) {
		info->error = ENAMETOOLONG;
		return CATALOG_FILE_WRITE;
	}
	if ((r = catalog_file_check(file, info)) != CATALOG_FILE_OK)
		return r;
	revision = info->revision;
	if (same_file(file, target))
		return CATALOG_FILE_SAME_FILE;
	if (save_under_way(target))
		return CATALOG_FILE_BUSY;
	info->installed = installed_revision(target);
	if (info->installed >= 0 && revision < info->installed)
		return CATALOG_FILE_OLDER;
	if (info->installed >= 0 && revision == info->installed)
		return CATALOG_FILE_SAME;
	dir = durable_folder_of(target);
	made = make_temporary(dir, base != NULL ? base + 1 : target, tmp,
	    sizeof tmp);
	err = errno;
	free(dir);
	if (!made) {
		info->error = err;
		return CATALOG_FILE_WRITE;
	}
	if ((info->error = durable_copy(file, tmp)) != 0 ||
	    (info->error = durable_seal(tmp, CATALOG_FILE_MODE)) != 0) {
		remove_temporary(tmp);
		return CATALOG_FILE_WRITE;
	}
	/* What is renamed is the copy: check it, not only its source. */
	if ((r = catalog_file_check(tmp, info)) != CATALOG_FILE_OK ||
	    info->revision != revision) {
		remove_temporary(tmp);
		return r != CATALOG_FILE_OK ? r : CATALOG_FILE_DAMAGED;
	}
	if (save_under_way(target)) {
		remove_temporary(tmp);
		return CATALOG_FILE_BUSY;
	}
	if ((info->error = put_in_place(tmp, target)) != 0) {
		remove_temporary(tmp);
		return CATALOG_FILE_WRITE;
	}
	return CATALOG_FILE_OK;
}

/* ---------------------------------------------------------------- stamps */

bool
catalog_file_stamp(const char *path, struct catalog_file_stamp *out)
{
	struct stat st;

	memset(out, 0, sizeof *out);
	if (stat(path, &st) != 0)
		return false;
	out->dev = (unsigned long long)st.st_dev;
	out->ino = (unsigned long long)st.st_ino;
	out->size = (long long)st.st_size;
	out->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL +
	    st.st_mtim.tv_nsec;
	return true;
}

bool
catalog_file_stamp_equal(const struct catalog_file_stamp *a,
    const struct catalog_file_stamp *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	    a->mtime_ns == b->mtime_ns;
}
