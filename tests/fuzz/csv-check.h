/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The promise of the CSV reader (src/store/csv-read.h) on any bytes a
 * counselor's file could hold: rows know their lines, errors point inside
 * the file and come sorted, a mapped row has the header's width and
 * UTF-8 values, and a file read without error, written again by the CSV
 * writer (src/store/csv-write.h), reads back field for field.  Shared by
 * the fuzz target fuzz-csv and the unit test over its corpus (unit-csv).
 */
#ifndef CSV_CHECK_H
#define CSV_CHECK_H

#include <stddef.h>

/**
 * Check the @len bytes at @data.  @return NULL when every promise holds,
 * else a static sentence that says which one broke.
 */
const char *csv_check(const char *data, size_t len);

#endif
