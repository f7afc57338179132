/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A counsellor's export into the output folder: the file is opened,
 * written by the caller's writer and closed, and the counsellor is told
 * where it went or why it failed.  Used by the CSV and figures screens.
 */
#ifndef UI_COUNSELOR_EXPORT_FILE_H
#define UI_COUNSELOR_EXPORT_FILE_H

#include <stdio.h>

#include "util/status.h"

struct app;

/* Writes the export to @out; ORIENTATION_OK or why not. */
typedef enum orientation_status (*export_file_writer)(FILE *out, void *ctx);

/*
 * Write a new file at @path with @write (given @ctx) and show "Saved:
 * PATH" or the message of what went wrong followed by PATH in brackets
 * (a file that cannot be created or closed is ORIENTATION_FILE_WRITE).
 * An existing file is never written over: when @path is taken, the file
 * is PATH-2.csv, PATH-3.csv, ... (the name shown is the one written).  A
 * file whose writing failed is removed.  @path stays the caller's.
 */
void export_file_save(struct app *app, const char *path,
    export_file_writer write, void *ctx);

#endif
