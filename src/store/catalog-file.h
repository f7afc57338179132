/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The catalog as a file that travels: counselors edit one catalog, a
 * snapshot of it is published (VACUUM INTO a temporary file, checked,
 * synced, then renamed), and each site puts the published file in place
 * of its own by a rename, which a running kiosk notices between visits
 * (docs/catalog-publishing.md).  Nothing here writes to a catalog that
 * is in use: files are made beside their final name and renamed over it.
 */
#ifndef STORE_CATALOG_FILE_H
#define STORE_CATALOG_FILE_H

#include <stdbool.h>

#include "util/status.h"

struct catalog;

/* The name of a published catalog in its folder. */
#define CATALOG_FILE_NAME "catalog.db"

enum catalog_file_result {
	CATALOG_FILE_OK,
	CATALOG_FILE_SOURCE,     /* the catalog to copy does not open: .status */
	CATALOG_FILE_INVALID,    /* not a catalog this program reads: .status */
	CATALOG_FILE_DAMAGED,    /* quick_check found damage: .detail */
	CATALOG_FILE_NO_REVISION, /* no readable meta.revision */
	CATALOG_FILE_WRITE,      /* the folder or file cannot be written: .error */
	CATALOG_FILE_SAME_FILE,  /* the copy would replace its own source */
	CATALOG_FILE_OLDER,      /* older than the installed one: .installed */
	CATALOG_FILE_SAME,       /* that revision is installed already */
	CATALOG_FILE_BUSY,       /* a save of the installed one is under way */
	CATALOG_FILE_LOCKED,     /* a save kept the catalog locked too long */
};

/* What an operation found, for its messages. */
struct catalog_file_info {
	long revision;          /* of the file checked, written or installed */
	long installed;         /* of the catalog replaced; -1: none readable */
	int history_left_out;   /* edit-history rows not copied (they name
				   counselors) */
	enum orientation_status status; /* why a catalog did not open */
	int error;              /* errno of a failed write */
	char detail[160];       /* quick_check's first complaint */
	char path[4096];        /* the file written */
};

/* Where a file is on the disk and how it looks, to tell a replaced
 * file from the one opened. */
struct catalog_file_stamp {
	unsigned long long dev, ino;
	long long size, mtime_ns;
};

/**
 * Check an open catalog in full: PRAGMA quick_check, every table the
 * program reads (occupations included) and a readable revision.
 * @return CATALOG_FILE_OK with @info->revision, or DAMAGED, INVALID or
 * NO_REVISION.  @info may not be NULL.
 */
enum catalog_file_result catalog_file_verify(struct catalog *cat,
    struct catalog_file_info *info);

/**
 * Open @path read-only and catalog_file_verify it.  @return as that, or
 * CATALOG_FILE_INVALID with @info->status when it does not open.
 */
enum catalog_file_result catalog_file_check(const char *path,
    struct catalog_file_info *info);

/**
 * Publish the catalog at @source into folder @dir as CATALOG_FILE_NAME:
 * a consistent snapshot (VACUUM INTO, while others may edit @source),
 * without the edit history (it names counselors), checked, synced and
 * mode 0644, written under a temporary name and renamed, so that readers
 * of @dir see the old file or the new, never part of one.
 * @return CATALOG_FILE_OK with @info's revision, history_left_out and
 * path, or SOURCE, SAME_FILE, WRITE, LOCKED, DAMAGED, INVALID,
 * NO_REVISION.
 */
enum catalog_file_result catalog_file_publish(const char *source,
    const char *dir, struct catalog_file_info *info);

/**
 * Put the published catalog @file in place of the catalog at @target: it
 * is checked, copied beside @target under a temporary name, synced, 0644,
 * checked again and renamed over @target.  Refused when it is not a valid
 * catalog, when its revision is older than (OLDER) or the same as (SAME)
 * @target's, or when a save of @target is under way (BUSY: its rollback
 * journal would be applied to the new file).
 * @return CATALOG_FILE_OK with @info's revision and installed.
 */
enum catalog_file_result catalog_file_install(const char *file,
    const char *target, struct catalog_file_info *info);

/** Stamp the file at @path.  @return false if it cannot be read. */
bool catalog_file_stamp(const char *path, struct catalog_file_stamp *out);

/** Whether @a and @b stamp the same file, unchanged. */
bool catalog_file_stamp_equal(const struct catalog_file_stamp *a,
    const struct catalog_file_stamp *b);

#endif
