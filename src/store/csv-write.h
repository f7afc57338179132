/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The one CSV writer of the program (RFC 4180, CRLF line ends), for the
 * catalog exports a counselor edits in a spreadsheet (upkeep-import.c)
 * and the figures export (figures.c).  What it writes, csv-read.h reads
 * back field for field.
 */
#ifndef STORE_CSV_WRITE_H
#define STORE_CSV_WRITE_H

#include <stddef.h>
#include <stdio.h>

/**
 * Write the @n fields at @fields to @out as one row, then CRLF.  NULL is
 * an empty field.  A field is quoted (quotes doubled) only when it must
 * be: it holds a comma, a quote, a CR or an LF, or it begins or ends with
 * a space or a tab (which many readers would trim), or it is the only
 * field of the row and empty (a bare line break is a blank line).
 * @return 0, or -1 if @out could not be written.
 */
int csv_write_row(FILE *out, const char *const *fields, size_t n);

#endif
