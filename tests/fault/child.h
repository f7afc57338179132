/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Set-up for fault tests: the program and catalog under test, a scratch
 * folder per test, and a start that pins the environment (HOME and the
 * XDG folders in the scratch folder, English, no NO_COLOR).  The child
 * runs under the shared harness (tests/screen/vt.h) with its stderr kept
 * apart, so a test can check that exactly one clear line was printed
 * and no sanitizer report.
 */
#ifndef TESTS_FAULT_CHILD_H
#define TESTS_FAULT_CHILD_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "vt.h"

/* Exit code meson counts as "skipped". */
#define CHILD_SKIP VT_SKIP

struct child_opts {
	const char *const *args; /* after the program name, NULL-terminated */
	const char *const *env;  /* "NAME=VALUE" sets, "NAME" unsets; NULL-terminated */
	int rows, cols;          /* terminal size; 0: no terminal at all */
	bool as_nobody;          /* run as uid/gid 65534 (the test must be root) */
	bool block_sighup;       /* start with SIGHUP blocked (inherited mask) */
};

/** The program under test ($ORIENTATION_BIN). */
const char *child_program(void);

/** The catalog under test ($ORIENTATION_CATALOG). */
const char *child_catalog(void);

/**
 * A new scratch folder for this test, created once; the child's HOME and
 * XDG_*_HOME point there.  Static string.
 */
const char *child_scratch(void);

/** Start the program as @o describes.  Aborts the test on failure. */
struct vt *child_spawn(const struct child_opts *o);

/* Assertion: report, dump and fail the test (@c may be NULL). */
#define CHILD_CHECK(c, cond, ...) VT_CHECK(c, cond, __VA_ARGS__)

#endif
