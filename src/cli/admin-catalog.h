/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The admin commands that move the catalog between hosts:
 *
 *   publish-catalog DIR    a checked snapshot of the catalog as
 *                          DIR/catalog.db, without the edit history
 *   install-catalog FILE   a published catalog in place of this host's,
 *                          refused if it is not newer or not valid
 *
 * See docs/catalog-publishing.md.
 */
#ifndef CLI_ADMIN_CATALOG_H
#define CLI_ADMIN_CATALOG_H

#include <stdio.h>

struct state;

/**
 * Run @argv[1] if it is one of the commands above, on the catalog at
 * @catalog; the audit row goes to @st (borrowed).  @argv[0] is "admin".
 * @return an ADMIN_EXIT_* status (admin.h), or -1 if @argv[1] is not
 * one of these commands.
 */
int admin_catalog_main(int argc, char **argv, const char *catalog,
    struct state *st);

/** Print the lines of these commands for `orientation admin help`. */
void admin_catalog_usage(FILE *out);

#endif
