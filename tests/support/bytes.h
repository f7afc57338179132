/*
 * For privacy tests: whether a file holds a given run of bytes, read as
 * bytes (a database page, a WAL frame, a PDF), not as text.
 */
#ifndef TESTS_BYTES_H
#define TESTS_BYTES_H

#include <stdbool.h>

/** Whether the bytes of @needle occur in file @path (missing file: no). */
bool bytes_in_file(const char *path, const char *needle);

#endif
