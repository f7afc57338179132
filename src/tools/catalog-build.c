/*
 * catalog-build: turn the reviewable text sources in data/ into the
 * catalog database, as one step of the build.
 *
 *   catalog-build OUT.db SCHEMA.sql NAME=FILE.csv ...
 *
 * Each CSV (RFC 4180, UTF-8, header row) is loaded as table raw_NAME with
 * one TEXT column per header field; SCHEMA.sql then builds the real tables
 * from them and drops them.  Last, the rows of the view search_source are
 * folded (core/fold.c, the same code the search box uses) into the FTS5
 * table search.  The output is written to OUT.db.tmp and renamed, so a
 * failed build never leaves a half catalog behind.
 */
#include <csv.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fold.h"
#include "util/xmalloc.h"

#define MAX_FIELDS 64

/* Loader state for one CSV file, fed by libcsv's callbacks. */
struct loader {
	sqlite3 *db;
	const char *name;      /* table suffix */
	const char *path;      /* for messages */
	char *fields[MAX_FIELDS];
	int nfields;
	int ncols;             /* from the header */
	long line;             /* record number, 1 = header */
	sqlite3_stmt *insert;
	bool failed;
};

/* Report a fatal problem with the database and exit. */
static void
die_db(sqlite3 *db, const char *what)
{
	fprintf(stderr, "catalog-build: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

/* libcsv: one field parsed. */
static void
on_field(void *data, size_t len, void *ctx)
{
	struct loader *l = ctx;

	if (l->nfields >= MAX_FIELDS) {
		l->failed = true;
		return;
	}
	l->fields[l->nfields] = xmalloc(len + 1);
	memcpy(l->fields[l->nfields], data, len);
	l->fields[l->nfields][len] = '\0';
	l->nfields++;
}

/* Create raw_NAME from the header row. */
static void
create_table(struct loader *l)
{
	char *sql = xasprintf("CREATE TABLE \"raw_%s\" (", l->name);
	char *ins = xasprintf("INSERT INTO \"raw_%s\" VALUES (", l->name);

	for (int i = 0; i < l->nfields; i++) {
		char *col = sqlite3_mprintf("%s\"%w\" TEXT", i ? ", " : "",
		    l->fields[i]);
		char *next = xasprintf("%s%s", sql, col);
		char *next_ins = xasprintf("%s%s?", ins, i ? ", " : "");

		sqlite3_free(col);
		free(sql);
		free(ins);
		sql = next;
		ins = next_ins;
	}
	{
		char *full = xasprintf("%s)", sql);
		char *full_ins = xasprintf("%s)", ins);

		if (sqlite3_exec(l->db, full, NULL, NULL, NULL) != SQLITE_OK)
			die_db(l->db, full);
		if (sqlite3_prepare_v2(l->db, full_ins, -1, &l->insert, NULL) !=
		    SQLITE_OK)
			die_db(l->db, full_ins);
		free(full);
		free(full_ins);
	}
	free(sql);
	free(ins);
	l->ncols = l->nfields;
}

/* libcsv: one record complete. */
static void
on_record(int c, void *ctx)
{
	struct loader *l = ctx;

	(void)c;
	l->line++;
	if (l->line == 1) {
		create_table(l);
	} else if (l->nfields != l->ncols) {
		fprintf(stderr, "%s: record %ld has %d fields, the header %d\n",
		    l->path, l->line, l->nfields, l->ncols);
		l->failed = true;
	} else if (!l->failed) {
		for (int i = 0; i < l->nfields; i++)
			sqlite3_bind_text(l->insert, i + 1, l->fields[i], -1,
			    SQLITE_TRANSIENT);
		if (sqlite3_step(l->insert) != SQLITE_DONE)
			die_db(l->db, l->path);
		sqlite3_reset(l->insert);
	}
	for (int i = 0; i < l->nfields; i++)
		free(l->fields[i]);
	l->nfields = 0;
}

/* Load one NAME=FILE argument. */
static void
load_csv(sqlite3 *db, const char *arg)
{
	struct loader l = { .db = db };
	struct csv_parser p;
	char *name = xstrdup(arg), *eq = strchr(name, '=');
	char buf[65536];
	size_t n;
	FILE *f;

	if (eq == NULL) {
		fprintf(stderr, "catalog-build: expected NAME=FILE, got %s\n", arg);
		exit(2);
	}
	*eq = '\0';
	l.name = name;
	l.path = eq + 1;
	if ((f = fopen(l.path, "rb")) == NULL) {
		fprintf(stderr, "catalog-build: %s: %s\n", l.path, strerror(errno));
		exit(1);
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		exit(1);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (csv_parse(&p, buf, n, on_field, on_record, &l) != n) {
			fprintf(stderr, "%s: after record %ld: %s\n", l.path,
			    l.line, csv_strerror(csv_error(&p)));
			exit(1);
		}
	}
	if (csv_fini(&p, on_field, on_record, &l) != 0) {
		fprintf(stderr, "%s: %s\n", l.path, csv_strerror(csv_error(&p)));
		exit(1);
	}
	csv_free(&p);
	fclose(f);
	if (l.failed || l.line < 1) {
		fprintf(stderr, "catalog-build: %s was not loaded\n", l.path);
		exit(1);
	}
	sqlite3_finalize(l.insert);
	free(name);
}

/* Read a whole file into a new string. */
static char *
read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL) {
		fprintf(stderr, "catalog-build: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	do {
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 65536;
			text = xreallocarray(text, cap, 1);
		}
		n = fread(text + len, 1, cap - len - 1, f);
		len += n;
	} while (n > 0);
	text[len] = '\0';
	fclose(f);
	return text;
}

/* Fill the FTS5 table from the view search_source, folded. */
static void
build_search(sqlite3 *db)
{
	sqlite3_stmt *src, *ins;

	if (sqlite3_prepare_v2(db, "SELECT kind, ref, lang, label, body "
	    "FROM search_source ORDER BY kind, ref, lang, label", -1, &src,
	    NULL) != SQLITE_OK)
		die_db(db, "search_source");
	if (sqlite3_prepare_v2(db, "INSERT INTO search "
	    "(kind, ref, lang, display, label, body) VALUES (?,?,?,?,?,?)", -1,
	    &ins, NULL) != SQLITE_OK)
		die_db(db, "search");
	while (sqlite3_step(src) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(src, 3);
		const char *body = (const char *)sqlite3_column_text(src, 4);
		char *flabel = fold_index_text(label ? label : "");
		char *fbody = fold_index_text(body ? body : "");

		for (int i = 0; i < 3; i++)
			sqlite3_bind_value(ins, i + 1, sqlite3_column_value(src, i));
		sqlite3_bind_text(ins, 4, label ? label : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 5, flabel, -1, free);
		sqlite3_bind_text(ins, 6, fbody, -1, free);
		if (sqlite3_step(ins) != SQLITE_DONE)
			die_db(db, "search insert");
		sqlite3_reset(ins);
	}
	sqlite3_finalize(src);
	sqlite3_finalize(ins);
	if (sqlite3_exec(db, "INSERT INTO search(search) VALUES ('optimize')",
	    NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, "optimize");
}

int
main(int argc, char **argv)
{
	char *tmp, *schema;
	sqlite3 *db;

	if (argc < 3) {
		fprintf(stderr,
		    "usage: catalog-build OUT.db SCHEMA.sql NAME=FILE.csv ...\n");
		return 2;
	}
	tmp = xasprintf("%s.tmp", argv[1]);
	unlink(tmp);
	if (sqlite3_open(tmp, &db) != SQLITE_OK)
		die_db(db, tmp);
	if (sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
	    "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, "begin");
	for (int i = 3; i < argc; i++)
		load_csv(db, argv[i]);
	schema = read_file(argv[2]);
	if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, argv[2]);
	free(schema);
	build_search(db);
	if (sqlite3_exec(db, "COMMIT; PRAGMA journal_mode = DELETE; VACUUM",
	    NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, "commit");
	if (sqlite3_close(db) != SQLITE_OK)
		return 1;
	if (rename(tmp, argv[1]) != 0) {
		fprintf(stderr, "catalog-build: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	free(tmp);
	return 0;
}
