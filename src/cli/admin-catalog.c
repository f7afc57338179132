/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `orientation admin publish-catalog DIR` and `install-catalog FILE`:
 * the catalog counselors edit goes out to the sites as one checked file
 * (store/catalog-file.h); these commands say what happened, in the
 * user's language, and leave an audit row.
 */
#include "admin-catalog.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "store/account.h"
#include "store/catalog-file.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* Write @fmt with its values to stderr, then a new line. */
static void __attribute__((format(printf, 1, 2)))
admin_catalog_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Report what went wrong with @path; the exit status that goes with it. */
static int
report_failure(enum catalog_file_result r, const char *path,
    const struct catalog_file_info *info)
{
	fprintf(stderr, "orientation: %s: ", path);
	switch (r) {
	case CATALOG_FILE_SOURCE:
	case CATALOG_FILE_INVALID:
		admin_catalog_warn("%s", status_message(info->status));
		break;
	case CATALOG_FILE_DAMAGED:
		/* TRANSLATORS: %s is SQLite's own words on the damage. */
		admin_catalog_warn(_("the catalogue is damaged (%s)."),
		    info->detail);
		break;
	case CATALOG_FILE_NO_REVISION:
		admin_catalog_warn("%s", _("the catalogue has no revision "
		    "number."));
		break;
	case CATALOG_FILE_WRITE:
		/* TRANSLATORS: %s is the system's reason for it. */
		admin_catalog_warn(_("cannot be written (%s)."),
		    strerror(info->error));
		break;
	case CATALOG_FILE_SAME_FILE:
		admin_catalog_warn("%s", _("this is the catalogue itself."));
		break;
	case CATALOG_FILE_OLDER:
		/* TRANSLATORS: revision numbers of the catalogue. */
		admin_catalog_warn(_("revision %ld is older than the installed "
		    "revision %ld."), info->revision, info->installed);
		break;
	case CATALOG_FILE_BUSY:
		admin_catalog_warn("%s", _("a change to the installed catalogue "
		    "is being saved, or its save was interrupted. Try again "
		    "later."));
		break;
	case CATALOG_FILE_LOCKED:
		admin_catalog_warn("%s", _("another program's change kept the "
		    "catalogue locked too long. Try again later."));
		break;
	case CATALOG_FILE_OK:
	case CATALOG_FILE_SAME:
		break;
	}
	admin_catalog_warn("%s", _("Nothing was changed."));
	return r == CATALOG_FILE_SAME_FILE ? ADMIN_EXIT_USAGE : ADMIN_EXIT_DATA;
}

/* Say @what is wrong with the command line; the usage exit status. */
static int
usage_error(const char *what)
{
	fprintf(stderr, "orientation: %s\n%s\n", what,
	    _("Try 'orientation admin help'."));
	return ADMIN_EXIT_USAGE;
}

/*
 * Leave an audit row for @event with the detail @fmt makes, then print
 * @said (a new string, freed here) on a line of its own.
 */
static void __attribute__((format(printf, 4, 5)))
audit_and_say(struct state *st, const char *event, char *said,
    const char *fmt, ...)
{
	char *detail;
	va_list ap;

	va_start(ap, fmt);
	detail = xvasprintf(fmt, ap);
	va_end(ap);
	audit_add(st, time(NULL), "admin", event, detail);
	free(detail);
	puts(said);
	free(said);
}

/* publish-catalog DIR */
static int
cmd_publish(const char *dir, const char *catalog, struct state *st)
{
	struct catalog_file_info info;
	enum catalog_file_result r = catalog_file_publish(catalog, dir, &info);

	if (r != CATALOG_FILE_OK)
		return report_failure(r, r == CATALOG_FILE_SOURCE ||
		    r == CATALOG_FILE_LOCKED ? catalog :
		    r == CATALOG_FILE_WRITE ? dir : info.path, &info);
	/* TRANSLATORS: %ld is the revision, %s the file written. */
	audit_and_say(st, "catalog published", xasprintf(_("Published "
	    "revision %ld of the catalogue as %s."), info.revision, info.path),
	    "revision %ld", info.revision);
	if (info.history_left_out > 0) {
		printf(ngettext("%d entry of the edit history was left out: it "
		    "names counsellors.", "%d entries of the edit history were "
		    "left out: they name counsellors.",
		    (unsigned long)info.history_left_out), info.history_left_out);
		putchar('\n');
	}
	return ADMIN_EXIT_OK;
}

/* install-catalog FILE */
static int
cmd_install(const char *file, const char *catalog, struct state *st)
{
	struct catalog_file_info info;
	enum catalog_file_result r = catalog_file_install(file, catalog, &info);

	if (r == CATALOG_FILE_SAME) {
		printf(_("Revision %ld of the catalogue is installed already; "
		    "nothing was changed."), info.revision);
		putchar('\n');
		return ADMIN_EXIT_OK;
	}
	if (r != CATALOG_FILE_OK)
		return report_failure(r, r == CATALOG_FILE_WRITE ||
		    r == CATALOG_FILE_BUSY ? catalog : file, &info);
	/* TRANSLATORS: %ld is the revision, %s the catalogue's file. */
	audit_and_say(st, "catalog installed", xasprintf(_("Installed "
	    "revision %ld of the catalogue as %s."), info.revision, catalog),
	    "revision %ld (was %ld)", info.revision, info.installed);
	printf("%s\n", _("Running kiosks take it up between two visitors."));
	return ADMIN_EXIT_OK;
}

void
admin_catalog_usage(FILE *out)
{
	fprintf(out, "%s\n", _("  publish-catalog DIR           write a checked "
	    "copy of the catalogue\n"
	    "                                (--catalog) to DIR/catalog.db for "
	    "the sites\n"
	    "  install-catalog FILE          put a published catalogue in place "
	    "of\n"
	    "                                this one (--catalog), if newer"));
}

int
admin_catalog_main(int argc, char **argv, const char *catalog,
    struct state *st)
{
	/* Each command takes one argument. */
	static const struct {
		const char *name;
		const char *missing;  /* msgid: said without one argument */
		int (*run)(const char *arg, const char *catalog,
		    struct state *st);
	} commands[] = {
		{ "publish-catalog", N_("publish-catalog needs one folder."),
		    cmd_publish },
		{ "install-catalog", N_("install-catalog needs one file."),
		    cmd_install },
	};

	if (argc < 2)
		return -1;
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return argc != 3 ? usage_error(_(commands[i].missing)) :
			    commands[i].run(argv[2], catalog, st);
	return -1;
}
