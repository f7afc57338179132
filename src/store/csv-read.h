/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For the store only: a CSV file (RFC 4180, UTF-8, a byte-order mark
 * allowed; fields separated by commas, or by semicolons when the header
 * line has semicolons and no comma, as spreadsheets set to French or
 * German write it) read whole into rows that know the line they start on, with a
 * header row mapped onto the columns a reader expects.  Problems go to a
 * struct upkeep_errors (upkeep.h) as line, column and reason.
 *
 * Ownership: a struct csv_file filled by csv_read_file owns its rows and
 * their fields; free them with csv_read_free.  Values handed out by
 * csv_read_next are borrowed from it.
 */
#ifndef STORE_CSV_READ_H
#define STORE_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "upkeep.h"

#define MAX_KEPT_FIELDS 24    /* fields of one row kept; the rest only counted */

/* One row of a CSV file. */
struct csv_row {
	long line;      /* where it starts */
	int n;          /* fields in the row */
	char **f;       /* the first MAX_KEPT_FIELDS of them, NUL-terminated */
	size_t *len;    /* their lengths (a field may hold a NUL byte) */
};

/* A CSV file being read. */
struct csv_file {
	struct csv_row *rows;
	size_t n, cap;
	struct csv_row cur;    /* the row being parsed */
	long newlines;         /* line feeds read so far */
	bool between;          /* between rows: line breaks are skipped */
};

/**
 * Read @path into @cf.  Problems with the file as a whole (too large, not
 * CSV, empty) go to @errs.  @return ORIENTATION_OK, or FILE_OPEN if the file
 * cannot be read at all.  Free @cf with csv_read_free in either case.
 */
enum orientation_status csv_read_file(const char *path, struct csv_file *cf,
    struct upkeep_errors *errs);

/**
 * Read the @len bytes at @buf into @cf, as csv_read_file reads a file;
 * every problem goes to @errs.  Free @cf with csv_read_free.
 */
void csv_read_buffer(const char *buf, size_t len, struct csv_file *cf,
    struct upkeep_errors *errs);

/** Free what @cf holds. */
void csv_read_free(struct csv_file *cf);

/**
 * Check the header of @cf (its first row) against the @count column names
 * at @names: unknown, doubled and missing columns are errors in @errs.
 * @return whether every column could be mapped: then @map[k] is the
 * position of names[k] in the file.  False for a file without rows.
 */
bool csv_read_header(const struct csv_file *cf, const char *const *names,
    int count, int *map, struct upkeep_errors *errs);

/**
 * Read @path and check its header against the @count column names at
 * @names.  *@header_ok tells whether the columns could be mapped: then
 * @map[k] is the position of names[k] in the file.  @return as
 * csv_read_file.
 */
enum orientation_status csv_read_table(const char *path,
    const char *const *names, int count, int *map, struct csv_file *cf,
    bool *header_ok, struct upkeep_errors *errs);

/**
 * The next data row of @cf after row *@i that can be checked.  Blank rows
 * are skipped; the others are counted in @errs, and if their shape is
 * right and the header could be mapped (@header_ok, @map), their values
 * and 1-based columns go to @v and @col in the order of the expected
 * columns.  At the end, a file with no data rows at all gets that error;
 * @return NULL.
 */
const struct csv_row *csv_read_next(const struct csv_file *cf, size_t *i,
    const int *map, int count, bool header_ok, const char **v, int *col,
    struct upkeep_errors *errs);

/**
 * Add an error to @e (@detail, when not NULL, is copied and cut to a
 * length fit for a message); past UPKEEP_MAX_ERRORS, one
 * TOO_MANY_ERRORS and nothing more.
 */
void csv_read_error(struct upkeep_errors *e, long line, int column,
    enum upkeep_reason reason, const char *detail, long other_line);

/** Sort the errors of @e by line and column, keeping the order they were
 * found in among equals; TOO_MANY_ERRORS last. */
void csv_read_errors_sort(struct upkeep_errors *e);

#endif
