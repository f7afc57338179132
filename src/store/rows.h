/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Arrays of rows the store hands out (services, topics, skills, ISCO
 * groups, search hits, questionnaire items...).  Each array knows its
 * length, the size of a row and which members of a row are texts it owns,
 * so one function frees any of them: rows_free.  The look-up that makes
 * one says so ("free with rows_free"); such an array is never given to
 * free() or realloc(), and a struct filled from a row by other code is
 * not one.  This header holds no SQL: every layer above the store may
 * include it.
 */
#ifndef STORE_ROWS_H
#define STORE_ROWS_H

#include <stddef.h>

struct db_column;

/**
 * For the store's readers: add a zeroed row to the end of the array that
 * *@rowsp points to (a pointer of any row type; NULL starts a new array
 * of rows of @size bytes whose texts @texts names, store/db.h), which
 * may move.  Every row of one array has the same @size and @texts.
 * @return the new row, valid until the next rows_add on that array.
 */
void *rows_add(void *rowsp, size_t size, const struct db_column *texts);

/**
 * Free the array @rows (NULL is fine) that a look-up of the store made
 * with rows_add: the texts every row owns, then the array.
 */
void rows_free(void *rows);

#endif
