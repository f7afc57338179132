/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Row arrays with their length and texts in front (see rows.h): the
 * rows follow a small head, aligned as malloc aligns, in one block.
 */
#include "rows.h"

#include <assert.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "util/xmalloc.h"

/* What stands in front of the rows of an array. */
struct rows_head {
	size_t n;                       /* rows in use */
	size_t cap;                     /* rows there is room for */
	size_t size;                    /* bytes in a row */
	const struct db_column *texts;  /* the texts a row owns */
	alignas(max_align_t) unsigned char rows[]; /* what callers see */
};

/* The head in front of the rows at @rows. */
static struct rows_head *
rows_head(void *rows)
{
	return (struct rows_head *)(void *)((unsigned char *)rows -
	    offsetof(struct rows_head, rows));
}

void *
rows_add(void *rowsp, size_t size, const struct db_column *texts)
{
	/* The head takes the room of this many rows. */
	size_t head_rows = (offsetof(struct rows_head, rows) + size - 1) / size;
	struct rows_head *h = NULL;
	unsigned char *rows, *row;

	memcpy(&rows, rowsp, sizeof rows);
	if (rows != NULL) {
		h = rows_head(rows);
		assert(h->size == size && h->texts == texts);
	}
	if (h == NULL || h->n == h->cap) {
		size_t cap = h != NULL ? h->cap * 2 : 16;

		h = xreallocarray(h, cap + head_rows, size);
		if (rows == NULL)
			*h = (struct rows_head){ .size = size, .texts = texts };
		h->cap = cap;
	}
	row = h->rows + h->n++ * size;
	memset(row, 0, size);
	rows = h->rows;
	memcpy(rowsp, &rows, sizeof rows);
	return row;
}

void
rows_free(void *rows)
{
	struct rows_head *h;

	if (rows == NULL)
		return;
	h = rows_head(rows);
	for (size_t r = 0; r < h->n; r++)
		db_row_free(h->rows + r * h->size, h->texts);
	free(h);
}
