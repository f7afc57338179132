/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/counselor/export-file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/app.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define EXPORT_FILE_TRIES 1000  /* names tried: PATH, then PATH-2 ... */

/*
 * Create a new file at @path or, when that name is taken, at the first
 * free one of @path with "-2", "-3", ... before its extension: a file
 * exported earlier, perhaps changed in a spreadsheet since, is never
 * written over.  *@used gets the name created or, on failure, the one
 * that failed (the caller frees it).  @return the file, or NULL.
 */
static FILE *
export_file_create(const char *path, char **used)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	int stem = (int)(dot != NULL && (slash == NULL || dot > slash) ?
	    (size_t)(dot - path) : strlen(path));
	FILE *f;
	int fd;

	for (int n = 1; n <= EXPORT_FILE_TRIES; n++) {
		*used = n == 1 ? xstrdup(path) :
		    xasprintf("%.*s-%d%s", stem, path, n, path + stem);
		fd = open(*used, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd >= 0) {
			if ((f = fdopen(fd, "w")) != NULL)
				return f;
			close(fd);
			remove(*used);
			return NULL;
		}
		if (errno != EEXIST || n == EXPORT_FILE_TRIES)
			return NULL;
		free(*used);
	}
	return NULL;
}

void
export_file_save(struct app *app, const char *path, export_file_writer write,
    void *ctx)
{
	char *used = NULL, *msg;
	FILE *f = export_file_create(path, &used);
	enum orientation_status st = ORIENTATION_FILE_WRITE;

	if (f != NULL) {
		st = write(f, ctx);
		if (fclose(f) != 0 && st == ORIENTATION_OK)
			st = ORIENTATION_FILE_WRITE;
		/* Half a file must not pass for an export. */
		if (st != ORIENTATION_OK)
			remove(used);
	}
	/* A failure names the file, so that the folder can be put right. */
	msg = st != ORIENTATION_OK ? xasprintf("%s (%s)", status_message(st),
	    used) : xasprintf(_("Saved: %s"), used);
	app_message_text(app, msg);
	free(msg);
	free(used);
}
