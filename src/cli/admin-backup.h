/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `orientation admin check | backup | restore`: the state database as a
 * file, for an administrator's shell and the daily backup timer.  These
 * commands never open the database the way the kiosk does (no migration,
 * no WAL switch), so they work on a damaged file too.
 */
#ifndef CLI_ADMIN_BACKUP_H
#define CLI_ADMIN_BACKUP_H

#include <stdbool.h>

/* Where the daily backups go and how many stay (from the settings). */
struct admin_backup_options {
	const char *state_path;   /* the state database */
	const char *folder;       /* NULL or "": "backups" beside it */
	int keep;                 /* daily backups kept */
};

/** Whether @command ("check", "backup", "restore") is one of these. */
bool admin_backup_command(const char *command);

/**
 * Run one of these commands; @argv[0] is "admin", @argv[1] the command:
 *
 *   check           integrity_check and foreign_key_check; exit 3 on damage
 *   backup FILE     a consistent copy in FILE (0600)
 *   backup --rotate the daily copy in the backup folder, keeping @o->keep
 *   restore FILE    replace the database by the backup FILE, refused
 *                   while it is in use
 *
 * @return ADMIN_EXIT_OK, ADMIN_EXIT_USAGE or ADMIN_EXIT_DATA.
 */
int admin_backup_main(int argc, char **argv,
    const struct admin_backup_options *o);

#endif
