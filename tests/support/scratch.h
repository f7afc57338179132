/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A test's scratch folder in /tmp, removed with everything in it when the
 * process that made it exits normally or is ended by SIGTERM (meson's
 * timeout), SIGINT or SIGHUP (a forked child's exit leaves it).
 * ORIENTATION_TEST_KEEP=1 keeps it and says where, for a look after a
 * failure.  Before this, every run of the suite left about 110 folders
 * behind, and they once filled the disk.
 *
 * Owner: tests (tests/unit, tests/cli, tests/screen, tests/concurrency,
 * tests/support).
 */
#ifndef TESTS_SCRATCH_H
#define TESTS_SCRATCH_H

#include <stddef.h>

/**
 * Make /tmp/orientation-@name-XXXXXX and write its path to @out (@size
 * bytes); it is removed at exit.  Up to eight per process.
 * @return 0, or -1 (errno set) when it cannot be made.
 */
int scratch_dir(char *out, size_t size, const char *name);

/** Remove this process's scratch folders now, as at exit (for a test
 *  that must end with _exit(), which runs no exit handler). */
void scratch_clean(void);

/** Keep this process's scratch folders after all (a failed check's files
 *  to look at); where they are is said at exit. */
void scratch_keep(void);

#endif
