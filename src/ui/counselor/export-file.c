/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/counselor/export-file.h"

#include <stdlib.h>

#include "ui/app.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

void
export_file_save(struct app *app, const char *path, export_file_writer write,
    void *ctx)
{
	FILE *f = fopen(path, "w");
	enum orientation_status st = ORIENTATION_FILE_WRITE;
	char *msg;

	if (f != NULL) {
		st = write(f, ctx);
		if (fclose(f) != 0 && st == ORIENTATION_OK)
			st = ORIENTATION_FILE_WRITE;
	}
	/* A failure names the file, so that the folder can be put right. */
	msg = st != ORIENTATION_OK ? xasprintf("%s (%s)", status_message(st),
	    path) : xasprintf(_("Saved: %s"), path);
	app_message_text(app, msg);
	free(msg);
}
