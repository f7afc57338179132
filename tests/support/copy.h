/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A file copied by a test: the catalog to change or publish, the program
 * and its files for a child that runs as nobody, the first bytes of a
 * catalog to damage.  The kernel copies (sendfile(2), see copy.c), in a
 * loop until the end or an error, never a short copy taken for a whole.
 *
 * Owner: tests (tests/unit, tests/cli, tests/screen, tests/fault).
 */
#ifndef TESTS_COPY_H
#define TESTS_COPY_H

#include <stddef.h>

/**
 * Copy the file @from to @to, made (mode 0666 less the umask) or emptied
 * first.
 * @return 0, or -1 (errno set) when @from cannot be read or @to written
 * whole; @to may then hold part of @from.
 */
int copy_file(const char *from, const char *to);

/** As copy_file(), but only the first @bytes of @from (all of it when it
 *  is shorter). */
int copy_file_head(const char *from, const char *to, size_t bytes);

#endif
