/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For store modules only: turn the (id, name, line) rows of a statement
 * into service items, so that every list of that shape (services,
 * counters, guides) is read the same way.  Not for the UI.
 */
#ifndef STORE_SERVICE_DB_H
#define STORE_SERVICE_DB_H

#include <sqlite3.h>
#include <stddef.h>

struct service_item;

/**
 * Step @stmt to the end, copying columns 0, 1 and 2 of each row into a new
 * item; finalizes @stmt.  *@out is a new array (NULL when empty); free it
 * with rows_free.  @return the number of items.
 */
size_t service_items_collect(sqlite3_stmt *stmt, struct service_item **out);

#endif
