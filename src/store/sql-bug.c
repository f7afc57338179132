/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sql_bug (sql-driver.h): in the store and in the PostgreSQL module,
 * which is built apart.
 */
#include <stdio.h>
#include <stdlib.h>

#include "sql-driver.h"

void
sql_bug(const char *why, const char *sql)
{
	fprintf(stderr, "orientation: SQL error: %s\n  in: %s\n", why, sql);
	abort();
}
