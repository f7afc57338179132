/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dlopen() of libsqlite3 on first use and SQLite's routines table filled
 * by name (sqlite-load.h).
 */
#include "sqlite-load.h"

#include <stddef.h>

#include "util/module.h"

SQLITE_EXTENSION_INIT1

int (*sqlite_load_config)(int, ...);

/* The functions store/ and tools/ call: the field of sqlite3_api_routines
 * (its name is the function's without "sqlite3_"). */
#define SQLITE_LOAD_ROUTINES(X) \
	X(backup_finish) X(backup_init) X(backup_step) X(bind_int) \
	X(bind_int64) X(bind_null) X(bind_pointer) X(bind_text) \
	X(busy_timeout) X(changes) X(clear_bindings) X(close) \
	X(column_count) X(column_double) X(column_int) X(column_int64) \
	X(column_text) X(column_type) X(create_collation_v2) X(db_config) \
	X(db_readonly) X(errcode) X(errmsg) X(errstr) X(exec) \
	X(extended_errcode) X(extended_result_codes) X(finalize) X(free) \
	X(get_autocommit) X(mprintf) X(open) X(open_v2) X(prepare_v2) \
	X(reset) X(sleep) X(step) X(system_errno) X(table_column_metadata) \
	X(wal_checkpoint_v2)

static const struct routine {
	const char *name;
	size_t at;              /* offset of its field in the table */
} routines[] = {
#define SQLITE_LOAD_ROUTINE(field) \
	{ "sqlite3_" #field, offsetof(sqlite3_api_routines, field) },
	SQLITE_LOAD_ROUTINES(SQLITE_LOAD_ROUTINE)
#undef SQLITE_LOAD_ROUTINE
};

bool
sqlite_load(void)
{
	static sqlite3_api_routines table;
	void *lib;

	if (sqlite3_api != NULL)
		return true;
	if ((lib = module_open(SQLITE_LOAD_ENV, SQLITE_LOAD_LIBRARY,
	    NULL)) == NULL)
		return false;
	/* The fields are function pointers of each routine's own type. */
	for (size_t i = 0; i < sizeof routines / sizeof routines[0]; i++)
		if (!module_find_function(lib, routines[i].name,
		    (char *)&table + routines[i].at))
			return false;
	if (!module_find_function(lib, "sqlite3_config", &sqlite_load_config))
		return false;
	sqlite3_api = &table;
	return true;
}
