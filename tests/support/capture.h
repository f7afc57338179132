/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The program under test run from a test as a shell would run it: fork,
 * exec, some text on its standard input, and all it writes to standard
 * output and standard error read back as strings; and a whole file read
 * into memory.  The captured output goes through anonymous temporary
 * files (tmpfile), so a program that writes a lot never blocks on a pipe.
 *
 * Owner: tests (tests/cli, tests/screen, tests/unit, tests/fault).
 */
#ifndef TESTS_CAPTURE_H
#define TESTS_CAPTURE_H

#include <stddef.h>

/**
 * Run the program @argv[0] with the arguments @argv (NULL-terminated).
 * Its standard input is @input when not NULL, else the test's own; what
 * it writes to standard output goes to *@out and to standard error to
 * *@err, each a new NUL-terminated string (the caller frees it); a NULL
 * @out or @err leaves that stream to the test's own.  Exits the test when
 * it cannot fork or keep the output.
 * @return the program's exit status, or -1 when it did not exit (a
 * signal ended it).
 */
int capture_run(char *const argv[], const char *input, char **out,
    char **err);

/**
 * The whole file @path in a new buffer (the caller frees it) with a NUL
 * after its *@len bytes (@len may be NULL); NULL when it cannot be read.
 */
char *capture_file(const char *path, size_t *len);

#endif
