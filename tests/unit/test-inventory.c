/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * docs/privacy.md says it is the one list of everything the program
 * writes, "every table, column and file".  This test holds its section
 * "Tables of `state.db` (schema version N)" to that for the state
 * database: N is the schema version the program writes, and the tables
 * and columns of a state file the program has just made are exactly those
 * the section names (each table as **`name`**, its columns either in
 * brackets after it or as the first cell of its table's rows).  Every
 * file the open state makes in its folder is named in the section
 * "Files" as well, and the kinds of usage counted are those of the
 * `kind` row of the usage table.
 *
 *   test-inventory docs/privacy.md
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "capture.h"
#include "scratch.h"
#include "store/state.h"

#define MAX_TABLES 32
#define MAX_COLUMNS 32
#define NAME_MAX_LEN 64

struct table {
	char name[NAME_MAX_LEN];
	char column[MAX_COLUMNS][NAME_MAX_LEN];
	int ncolumns;
};

static int failures;

/* Note a failed check. */
static void
fail(const char *what, const char *table, const char *column)
{
	fprintf(stderr, "FAIL: %s: %s%s%s\n", what, table,
	    column != NULL ? "." : "", column != NULL ? column : "");
	failures++;
}

/* Copy the name between @p and the next backquote into @out; the end of
 * the name, or NULL when there is none or it does not fit. */
static const char *
copy_name(const char *p, char out[NAME_MAX_LEN])
{
	const char *end = strchr(p, '`');

	if (end == NULL || end == p || end - p >= NAME_MAX_LEN)
		return NULL;
	memcpy(out, p, (size_t)(end - p));
	out[end - p] = '\0';
	return end;
}

/* Add column @name to @t. */
static void
add_column(struct table *t, const char *name)
{
	if (t->ncolumns < MAX_COLUMNS)
		snprintf(t->column[t->ncolumns++], NAME_MAX_LEN, "%s", name);
	else
		fail("too many columns", t->name, name);
}

/* The columns of the block @p .. @end of the document into @t: the
 * backquoted names in the brackets right after the table's name, else
 * the first cell of each row "| `column` | ...". */
static void
doc_columns(const char *p, const char *end, struct table *t)
{
	char name[NAME_MAX_LEN];

	if (strncmp(p, " (", 2) == 0) {
		const char *close = strchr(p, ')');

		for (p = strchr(p, '`'); p != NULL && p < close && p < end;
		    p = strchr(p + 1, '`')) {
			if ((p = copy_name(p + 1, name)) == NULL)
				break;
			add_column(t, name);
		}
		return;
	}
	for (p = strstr(p, "\n| `"); p != NULL && p < end;
	    p = strstr(p + 1, "\n| `")) {
		if (copy_name(p + 4, name) != NULL)
			add_column(t, name);
	}
}

/* The tables the document's section names; how many. */
static int
doc_tables(const char *doc, struct table *out)
{
	static const char head[] = "## Tables of `state.db` (schema version ";
	const char *start = strstr(doc, head), *end, *p;
	int n = 0;

	if (start == NULL) {
		fail("no section", head, NULL);
		return 0;
	}
	if (atoi(start + strlen(head)) != STATE_SCHEMA_VERSION)
		fail("the section's schema version is not the program's", head,
		    NULL);
	end = strstr(start + 1, "\n## ");
	if (end == NULL)
		end = start + strlen(start);
	for (p = strstr(start, "**`"); p != NULL && p < end && n < MAX_TABLES;
	    p = strstr(p, "**`")) {
		const char *after, *next;

		memset(&out[n], 0, sizeof out[n]);
		if ((after = copy_name(p + 3, out[n].name)) == NULL ||
		    strncmp(after, "`**", 3) != 0) {
			fail("a bold name that is not a table", p, NULL);
			break;
		}
		after += 3;
		next = strstr(after, "**`");
		doc_columns(after, next != NULL && next < end ? next : end,
		    &out[n]);
		n++;
		p = after;
	}
	return n;
}

/* The tables and columns of the state file at @path; how many. */
static int
file_tables(const char *path, struct table *out)
{
	sqlite3 *db;
	sqlite3_stmt *tables, *columns;
	int n = 0;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type "
	    "= 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", -1,
	    &tables, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?1)",
	    -1, &columns, NULL) != SQLITE_OK) {
		fail("cannot read the state file", path, NULL);
		sqlite3_close(db);
		return 0;
	}
	while (sqlite3_step(tables) == SQLITE_ROW && n < MAX_TABLES) {
		memset(&out[n], 0, sizeof out[n]);
		snprintf(out[n].name, NAME_MAX_LEN, "%s",
		    (const char *)sqlite3_column_text(tables, 0));
		sqlite3_bind_text(columns, 1, out[n].name, -1, SQLITE_STATIC);
		while (sqlite3_step(columns) == SQLITE_ROW)
			add_column(&out[n],
			    (const char *)sqlite3_column_text(columns, 0));
		sqlite3_reset(columns);
		n++;
	}
	sqlite3_finalize(tables);
	sqlite3_finalize(columns);
	sqlite3_close(db);
	return n;
}

/* Every entry of @dir (the open state's folder) is named in backquotes,
 * a folder with its slash, in the document's section "Files". */
static void
check_files(const char *doc, const char *dir)
{
	const char *start = strstr(doc, "\n## Files\n"), *end;
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (start == NULL || d == NULL) {
		fail("no section Files, or no folder", dir, NULL);
		if (d != NULL)
			closedir(d);
		return;
	}
	end = strstr(start + 1, "\n## ");
	while ((e = readdir(d)) != NULL) {
		char name[sizeof e->d_name + 4];
		const char *at;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		/* fits: the longest entry name, a slash, two quotes */
		snprintf(name, sizeof name, "`%s%s`", e->d_name,
		    e->d_type == DT_DIR ? "/" : "");
		at = strstr(start, name);
		if (at == NULL || (end != NULL && at > end))
			fail("a file of the state folder that the inventory does "
			    "not name", e->d_name, NULL);
		n++;
	}
	closedir(d);
	if (n < 2)
		fail("too few files in the state folder", dir, NULL);
}

/* The row "| `kind` | ..." of the usage table names every kind of
 * enum state_usage, and nothing else. */
static void
check_usage_kinds(const char *doc)
{
	const char *row = strstr(doc, "\n| `kind` |"), *end, *p;
	char name[NAME_MAX_LEN];
	int named = 0;

	if (row == NULL || (end = strchr(row + 1, '\n')) == NULL) {
		fail("no row", "usage.kind", NULL);
		return;
	}
	for (int k = 0; k < STATE_USAGE_COUNT; k++) {
		snprintf(name, sizeof name, "`%s`", state_usage_name(k));
		p = strstr(row, name);
		if (p == NULL || p > end)
			fail("a kind of usage the inventory does not name",
			    state_usage_name(k), NULL);
	}
	/* The backquoted names after the first cell: as many as kinds. */
	for (p = strchr(row + 4, '|'); (p = strchr(p + 1, '`')) != NULL &&
	    p < end; p = strchr(p + 1, '`'))
		named++;
	if (named != STATE_USAGE_COUNT)
		fail("the inventory names another number of kinds of usage",
		    "usage.kind", NULL);
}

/* The table called @name among the @n @tables, or NULL. */
static const struct table *
find_table(const struct table *tables, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(tables[i].name, name) == 0)
			return &tables[i];
	return NULL;
}

/* Whether @t has the column @name. */
static bool
has_column(const struct table *t, const char *name)
{
	for (int i = 0; i < t->ncolumns; i++)
		if (strcmp(t->column[i], name) == 0)
			return true;
	return false;
}

int
main(int argc, char **argv)
{
	static struct table doc[MAX_TABLES], file[MAX_TABLES];
	char dir[128], path[160];
	struct state *st;
	char *text;
	int ndoc, nfile;

	if (argc != 2 || (text = capture_file(argv[1], NULL)) == NULL) {
		fprintf(stderr, "usage: test-inventory docs/privacy.md\n");
		return 1;
	}
	if (scratch_dir(dir, sizeof dir, "inventory") != 0)
		return 1;
	snprintf(path, sizeof path, "%s/state.db", dir);
	if (state_open(path, &st) != ORIENTATION_OK) {
		fprintf(stderr, "FAIL: the state file cannot be made\n");
		return 1;
	}
	check_files(text, dir);
	state_free(st);
	check_usage_kinds(text);
	ndoc = doc_tables(text, doc);
	nfile = file_tables(path, file);
	free(text);
	if (nfile < 5 || ndoc < 5)
		fail("too few tables found", ndoc < 5 ? argv[1] : path, NULL);
	for (int i = 0; i < nfile; i++) {
		const struct table *d = find_table(doc, ndoc, file[i].name);

		if (d == NULL) {
			fail("a table the inventory does not name", file[i].name,
			    NULL);
			continue;
		}
		for (int j = 0; j < file[i].ncolumns; j++)
			if (!has_column(d, file[i].column[j]))
				fail("a column the inventory does not name",
				    file[i].name, file[i].column[j]);
		for (int j = 0; j < d->ncolumns; j++)
			if (!has_column(&file[i], d->column[j]))
				fail("a column the inventory names that the file "
				    "does not have", d->name, d->column[j]);
	}
	for (int i = 0; i < ndoc; i++)
		if (find_table(file, nfile, doc[i].name) == NULL)
			fail("a table the inventory names that the file does "
			    "not have", doc[i].name, NULL);
	if (failures == 0)
		printf("%d tables, every column named in %s\n", nfile, argv[1]);
	return failures == 0 ? 0 : 1;
}
