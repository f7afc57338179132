/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmocka's skip() made visible.  cmocka counts a skipped test as run and
 * its runner returns 0, which meson would report as OK; here a program in
 * which any test skipped exits 77, which meson reports as SKIP (and a
 * failure still wins).  Include after <cmocka.h>, and end main with
 *   return skip_status(cmocka_run_group_tests(tests, setup, teardown));
 */
#ifndef TESTS_SKIP_H
#define TESTS_SKIP_H

#include <stdbool.h>

/* Exit code meson counts as "skipped". */
#define SKIP_EXIT 77

static bool skip_seen;   /* a test of this program skipped */

#undef skip
#define skip()                                                              \
	do {                                                                \
		skip_seen = true;                                           \
		_skip(__FILE__, __LINE__);                                  \
	} while (0)

/* The exit status for @failed failed tests. */
static inline int
skip_status(int failed)
{
	return failed != 0 ? 1 : skip_seen ? SKIP_EXIT : 0;
}

#endif
