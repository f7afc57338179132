/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For privacy tests: what a file holds, read as bytes (a database page, a
 * WAL frame, a PDF) rather than as text, and one number from a database
 * read through a connection of its own.
 */
#ifndef TESTS_PROBE_H
#define TESTS_PROBE_H

#include <stdbool.h>

/** Whether the bytes of @needle occur in file @path (missing file: no). */
bool probe_file_has(const char *path, const char *needle);

/** The first column of the first row of @sql on the database @path,
 *  opened read-only; -1 when it cannot be read. */
long probe_sql_number(const char *path, const char *sql);

#endif
