/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files written to last: a copy into a new file, the new file given its
 * mode and written to the disk, and then, after a rename, the entry in
 * its folder.  Used wherever a file replaces another whole (the catalog's
 * publish and install in store/catalog-file.c, the state's backup and
 * restore in store/backup.c).  Each function returns 0 or an errno value.
 */
#ifndef UTIL_DURABLE_H
#define UTIL_DURABLE_H

#include <sys/types.h>

/** Copy the file @from into the existing file @to (emptied first). */
int durable_copy(const char *from, const char *to);

/** Give the file @path the mode @mode and write it to the disk. */
int durable_seal(const char *path, mode_t mode);

/** The folder that holds @path ("." for a bare name); a new string. */
char *durable_folder_of(const char *path);

/** Write the entries of the folder that holds @path (a rename) to the disk. */
int durable_sync_folder(const char *path);

#endif
