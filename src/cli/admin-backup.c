/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The state database as a file: the full check, backups and restore
 * (see admin-backup.h).  Output and errors in the current UI language;
 * what SQLite reports about damage is printed as SQLite says it (page
 * numbers and table names, never a row's contents).
 */
#include "admin-backup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "admin.h"
#include "store/backup.h"
#include "store/integrity.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* Report @status about @path on stderr; ADMIN_EXIT_DATA. */
static int
admin_backup_fail(const char *path, enum orientation_status status)
{
	fprintf(stderr, "orientation: %s: %s\n", path, status_message(status));
	return ADMIN_EXIT_DATA;
}

/* Print one problem of the full check. */
static void
admin_backup_line(void *ctx, const char *line)
{
	(void)ctx;
	printf("  %s\n", line);
}

/* check */
static int
admin_backup_check(const struct admin_backup_options *o)
{
	enum orientation_status status;

	status = integrity_check_file(o->state_path, admin_backup_line, NULL);
	if (status == ORIENTATION_OK) {
		printf("%s: %s\n", o->state_path,
		    _("the results database is sound."));
		return ADMIN_EXIT_OK;
	}
	if (status == ORIENTATION_STATE_DAMAGED)
		printf("%s: %s\n", o->state_path, _("the results database is "
		    "damaged (the lines above say where). Restore the newest sound "
		    "backup with 'orientation admin restore FILE'."));
	return admin_backup_fail(o->state_path, status);
}

/* The backup folder of @o; a new string. */
static char *
admin_backup_folder(const struct admin_backup_options *o)
{
	const char *slash;

	if (o->folder != NULL && o->folder[0] != '\0')
		return xstrdup(o->folder);
	slash = strrchr(o->state_path, '/');
	if (slash == NULL)
		return xstrdup("backups");
	return xasprintf("%.*s/backups", (int)(slash - o->state_path),
	    o->state_path);
}

/* backup FILE | backup --rotate */
static int
admin_backup_write(const char *arg, const struct admin_backup_options *o)
{
	enum orientation_status status;
	struct timespec t0, t1;
	char *folder, *written = NULL;
	int removed = 0;
	double seconds;

	if (strcmp(arg, "--rotate") == 0 && access(o->state_path, F_OK) != 0) {
		/* The timer on a machine where no kiosk has run yet. */
		printf("%s: %s\n", o->state_path, _("there is no results database "
		    "yet: nothing to back up."));
		return ADMIN_EXIT_OK;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (strcmp(arg, "--rotate") == 0) {
		folder = admin_backup_folder(o);
		status = backup_rotate(o->state_path, folder, o->keep, time(NULL),
		    &written, &removed);
		if (status != ORIENTATION_OK) {
			admin_backup_fail(folder, status);
			free(folder);
			return ADMIN_EXIT_DATA;
		}
		free(folder);
	} else {
		if ((status = backup_write(o->state_path, arg)) != ORIENTATION_OK)
			return admin_backup_fail(status == ORIENTATION_STATE_OPEN ||
			    status == ORIENTATION_STATE_DAMAGED ? o->state_path : arg,
			    status);
		written = xstrdup(arg);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	seconds = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf(_("Backup written to %s (%.1f s)."), written, seconds);
	putchar('\n');
	if (removed > 0) {
		printf(ngettext("%d older backup deleted.",
		    "%d older backups deleted.", (unsigned long)removed), removed);
		putchar('\n');
	}
	free(written);
	return ADMIN_EXIT_OK;
}

/* restore FILE */
static int
admin_backup_restore(const char *file, const struct admin_backup_options *o)
{
	enum orientation_status status = backup_restore(o->state_path, file);

	if (status == ORIENTATION_BACKUP_BAD || status == ORIENTATION_STATE_VERSION)
		return admin_backup_fail(file, status);
	if (status != ORIENTATION_OK)
		return admin_backup_fail(o->state_path, status);
	printf(_("%s was restored from %s."), o->state_path, file);
	putchar('\n');
	return ADMIN_EXIT_OK;
}

bool
admin_backup_command(const char *command)
{
	return strcmp(command, "check") == 0 || strcmp(command, "backup") == 0 ||
	    strcmp(command, "restore") == 0;
}

int
admin_backup_main(int argc, char **argv, const struct admin_backup_options *o)
{
	const char *command = argv[1];

	if (strcmp(command, "check") == 0 && argc == 2)
		return admin_backup_check(o);
	if (strcmp(command, "backup") == 0 && argc == 3)
		return admin_backup_write(argv[2], o);
	if (strcmp(command, "restore") == 0 && argc == 3)
		return admin_backup_restore(argv[2], o);
	fprintf(stderr, "orientation: %s: %s\n", _("wrong arguments"), command);
	fprintf(stderr, "%s\n", _("Try 'orientation admin help'."));
	return ADMIN_EXIT_USAGE;
}
