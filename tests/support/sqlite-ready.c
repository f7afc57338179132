/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Compiled into every test program that uses the store (tests/meson.build):
 * SQLite's routines for the store before main(), as the program gets them
 * with its first database.
 */
#include <stdio.h>
#include <stdlib.h>

#include "store/sqlite-load.h"

__attribute__((constructor)) static void
sqlite_ready(void)
{
	if (!sqlite_load()) {
		fprintf(stderr, "%s cannot be loaded\n", SQLITE_LOAD_LIBRARY);
		exit(1);
	}
}
