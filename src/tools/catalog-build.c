/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * catalog-build: turn the reviewable text sources in data/ into the
 * catalog database, as one step of the build.
 *
 *   catalog-build OUT.db NAME=FILE.csv ... SCRIPT.sql ...
 *   catalog-build --languages-c OUT.c languages.csv
 *
 * Each CSV (RFC 4180, UTF-8, header row) is loaded as table raw_NAME with
 * one TEXT column per header field.  A file with columns label_XX (one
 * per language, XX its code) is also loaded "long", as rows (key, lang,
 * label) of raw_NAME_label, key being the first column: the scripts can
 * then take every language the language table lists without naming
 * any.  The SQL scripts, in the order given,
 * then build the real tables from them and drop them.  Last, the rows of
 * every view named search_source_* fill the FTS5 table search, cut by the
 * tokenizer the search box uses (src/store/tokenizer.h).  The output is
 * written to OUT.db.tmp and renamed, so a failed build never leaves a half
 * catalog behind.
 *
 * With --languages-c it writes the language list that the catalog will
 * have, as catalog_languages reads it, as C source
 * (src/ui/builtin-languages.h): the kiosk draws its first frame from it
 * before it opens the catalog.
 */
#include <csv.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/catalog-db.h"
#include "store/search-source.h"
#include "store/sqlite-load.h"
#include "store/tokenizer.h"
#include "util/xmalloc.h"

#define MAX_FIELDS 64
#define MAX_SEARCH_VIEWS 64

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
	sqlite3_stmt *insert_label;  /* raw_NAME_label, or NULL */
	char *label_lang[MAX_FIELDS]; /* XX of a label_XX column, or NULL */
	bool failed;
};

#define LABEL_PREFIX "label_"


/* Report a fatal problem with the database and exit. */
static void
die_db(sqlite3 *db, const char *what)
{
	fprintf(stderr, "catalog-build: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

/* Exit if @rc, a SQLite result, is an error (@what says where). */
static void
check_db(sqlite3 *db, int rc, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
		die_db(db, what);
}

/* sqlite3_mprintf's result, or exit when it is out of memory. */
static char *
need(sqlite3 *db, char *sql)
{
	if (sql == NULL)
		die_db(db, "out of memory");
	return sql;
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

/* Create raw_NAME_label if the header has label_XX columns. */
static void
create_label_table(struct loader *l)
{
	size_t plen = strlen(LABEL_PREFIX);
	bool any = false;
	char *sql;

	for (int i = 1; i < l->nfields; i++) {
		if (strncmp(l->fields[i], LABEL_PREFIX, plen) == 0 &&
		    l->fields[i][plen] != '\0') {
			l->label_lang[i] = xstrdup(l->fields[i] + plen);
			any = true;
		}
	}
	if (!any)
		return;
	sql = need(l->db, sqlite3_mprintf("CREATE TABLE \"raw_%w_label\" "
	    "(key TEXT, lang TEXT, label TEXT)", l->name));
	if (sqlite3_exec(l->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		die_db(l->db, sql);
	sqlite3_free(sql);
	sql = need(l->db, sqlite3_mprintf(
	    "INSERT INTO \"raw_%w_label\" VALUES (?, ?, ?)", l->name));
	if (sqlite3_prepare_v2(l->db, sql, -1, &l->insert_label, NULL) !=
	    SQLITE_OK)
		die_db(l->db, sql);
	sqlite3_free(sql);
}

/* Insert the label_XX fields of the current record into raw_NAME_label. */
static void
insert_labels(struct loader *l)
{
	for (int i = 1; i < l->nfields && l->insert_label != NULL; i++) {
		if (l->label_lang[i] == NULL)
			continue;
		check_db(l->db, sqlite3_bind_text(l->insert_label, 1,
		    l->fields[0], -1, SQLITE_TRANSIENT), l->path);
		check_db(l->db, sqlite3_bind_text(l->insert_label, 2,
		    l->label_lang[i], -1, SQLITE_TRANSIENT), l->path);
		check_db(l->db, sqlite3_bind_text(l->insert_label, 3,
		    l->fields[i], -1, SQLITE_TRANSIENT), l->path);
		if (sqlite3_step(l->insert_label) != SQLITE_DONE)
			die_db(l->db, l->path);
		check_db(l->db, sqlite3_reset(l->insert_label), l->path);
	}
}

/* Create raw_NAME from the header row. */
static void
create_table(struct loader *l)
{
	char *sql = xasprintf("CREATE TABLE \"raw_%s\" (", l->name);
	char *ins = xasprintf("INSERT INTO \"raw_%s\" VALUES (", l->name);

	for (int i = 0; i < l->nfields; i++) {
		char *col = need(l->db, sqlite3_mprintf("%s\"%w\" TEXT",
		    i ? ", " : "", l->fields[i]));
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
	create_label_table(l);
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
			check_db(l->db, sqlite3_bind_text(l->insert, i + 1,
			    l->fields[i], -1, SQLITE_TRANSIENT), l->path);
		if (sqlite3_step(l->insert) != SQLITE_DONE)
			die_db(l->db, l->path);
		check_db(l->db, sqlite3_reset(l->insert), l->path);
		insert_labels(l);
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
	sqlite3_finalize(l.insert_label);
	for (int i = 0; i < MAX_FIELDS; i++)
		free(l.label_lang[i]);
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

/* Whether the table or view @table has a column @column. */
static bool
has_column(sqlite3 *db, const char *table, const char *column)
{
	sqlite3_stmt *stmt;
	bool yes;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1) "
	    "WHERE name = ?2", -1, &stmt, NULL) != SQLITE_OK)
		die_db(db, "table_info");
	check_db(db, sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC),
	    "table_info");
	check_db(db, sqlite3_bind_text(stmt, 2, column, -1, SQLITE_STATIC),
	    "table_info");
	rc = sqlite3_step(stmt);
	check_db(db, rc, "table_info");
	yes = rc == SQLITE_ROW;
	sqlite3_finalize(stmt);
	return yes;
}

/*
 * The rows of every search source as one SELECT (kind, ref, lang, label,
 * body, preferred): the documents the store defines (store/search-source.h),
 * then every view search_source_* of the scripts, whose names go to
 * @views (*@n of them, to be dropped).
 */
static char *
search_sources(sqlite3 *db, char **views, int *n)
{
	sqlite3_stmt *stmt;
	char *all = xasprintf("SELECT kind, ref, lang, label, body, preferred "
	    "FROM (%s)", search_source_service());
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE "
	    "type = 'view' AND name LIKE 'search\\_source\\_%' ESCAPE '\\' "
	    "ORDER BY name", -1, &stmt, NULL) != SQLITE_OK)
		die_db(db, "views");
	for (*n = 0; (rc = sqlite3_step(stmt)) == SQLITE_ROW; ) {
		const char *name = (const char *)sqlite3_column_text(stmt, 0);
		/* A view without a preferred column has only preferred labels. */
		char *part = need(db, sqlite3_mprintf("%s UNION ALL SELECT "
		    "kind, ref, lang, label, body, %s FROM \"%w\"", all,
		    has_column(db, name, "preferred") ? "preferred" : "1", name));

		if (*n == MAX_SEARCH_VIEWS) {
			fprintf(stderr, "catalog-build: more than %d search views\n",
			    MAX_SEARCH_VIEWS);
			exit(1);
		}
		views[(*n)++] = xstrdup(name);
		free(all);
		all = xstrdup(part);
		sqlite3_free(part);
	}
	if (rc != SQLITE_DONE)
		die_db(db, "views");
	sqlite3_finalize(stmt);
	return all;
}

/* Fail if the items of one kind in @all (search_sources) outnumber what
 * the low bits of a rowid can tell apart. */
static void
check_search_items(sqlite3 *db, const char *all)
{
	char *sql = xasprintf("SELECT max(n) FROM (SELECT count(DISTINCT "
	    "ref) AS n FROM (%s) GROUP BY kind)", all);
	sqlite3_stmt *items;

	if (sqlite3_prepare_v2(db, sql, -1, &items, NULL) != SQLITE_OK ||
	    sqlite3_step(items) != SQLITE_ROW)
		die_db(db, "search items");
	if (sqlite3_column_int64(items, 0) > SEARCH_ITEM_MASK) {
		fprintf(stderr, "catalog-build: more than %lld items of one "
		    "kind: widen SEARCH_SEQ_SHIFT in "
		    "src/store/catalog-db.h\n", (long long)SEARCH_ITEM_MASK);
		exit(1);
	}
	sqlite3_finalize(items);
	free(sql);
}

/*
 * Fill the search index from every search source, then drop the views.
 * Rows are numbered in blocks, one per kind and language (table
 * search_block; the rowid layout is in src/store/catalog-db.h); inside a
 * block preferred labels come first, then shorter ones, then by label,
 * which is the order the search reads them in (src/store/search.c).
 */
static void
build_search(sqlite3 *db)
{
	char *views[MAX_SEARCH_VIEWS];
	int n;
	char *all = search_sources(db, views, &n);
	char *sql;

	check_search_items(db, all);
	sql = xasprintf(
	    "CREATE TEMP TABLE search_row AS %s;"
	    "INSERT INTO search_block (kind, lang, lo, npref) "
	    "  SELECT r.kind, r.lang, row_number() OVER "
	    "    (ORDER BY r.kind DESC, l.sort, l.code) << %d, r.npref "
	    "  FROM (SELECT kind, lang, sum(preferred) AS npref "
	    "        FROM temp.search_row GROUP BY kind, lang) r "
	    "  JOIN language l ON l.code = r.lang;"
	    "WITH item AS (SELECT kind, ref, row_number() OVER "
	    "    (PARTITION BY kind ORDER BY ref) AS n "
	    "  FROM (SELECT DISTINCT kind, ref FROM temp.search_row)) "
	    "INSERT INTO search (rowid, kind, ref, lang, label, body) "
	    "  SELECT b.lo + ((row_number() OVER (PARTITION BY r.kind, "
	    "    r.lang ORDER BY r.preferred DESC, length(r.label), r.label, "
	    "    r.ref) - 1) << %d) + i.n, "
	    "    r.kind, r.ref, r.lang, r.label, coalesce(r.body, '') "
	    "  FROM temp.search_row r "
	    "  JOIN search_block b ON b.kind = r.kind AND b.lang = r.lang "
	    "  JOIN item i ON i.kind = r.kind AND i.ref = r.ref;"
	    "DROP TABLE temp.search_row;"
	    "INSERT INTO search(search) VALUES ('optimize');", all,
	    SEARCH_BLOCK_SHIFT, SEARCH_SEQ_SHIFT);
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, "search index");
	free(sql);
	free(all);
	for (int i = 0; i < n; i++) {
		char *drop = need(db, sqlite3_mprintf("DROP VIEW \"%w\"",
		    views[i]));

		if (sqlite3_exec(db, drop, NULL, NULL, NULL) != SQLITE_OK)
			die_db(db, "drop view");
		sqlite3_free(drop);
		free(views[i]);
	}
}

/* Fail if a reference does not resolve or a raw_ table was left over. */
static void
check_catalog(sqlite3 *db)
{
	sqlite3_stmt *stmt;
	bool bad = false;
	int rc;

	if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &stmt,
	    NULL) != SQLITE_OK)
		die_db(db, "foreign_key_check");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fprintf(stderr, "catalog-build: %s row %lld: no %s for it\n",
		    sqlite3_column_text(stmt, 0), sqlite3_column_int64(stmt, 1),
		    sqlite3_column_text(stmt, 2));
		bad = true;
	}
	check_db(db, rc, "foreign_key_check");
	sqlite3_finalize(stmt);
	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE "
	    "name LIKE 'raw\\_%' ESCAPE '\\'", -1, &stmt, NULL) != SQLITE_OK)
		die_db(db, "raw tables");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fprintf(stderr, "catalog-build: %s was loaded but never used\n",
		    sqlite3_column_text(stmt, 0));
		bad = true;
	}
	check_db(db, rc, "raw tables");
	sqlite3_finalize(stmt);
	if (bad)
		exit(1);
}

/* Whether @arg names an SQL script. */
static bool
is_script(const char *arg)
{
	size_t n = strlen(arg);

	return n > 4 && strcmp(arg + n - 4, ".sql") == 0;
}

/* @s as a C string literal, quotes included, on @f. */
static void
write_c_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\%03o", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/*
 * The language list that a catalog built from @csv (data/languages.csv)
 * gives catalog_languages, as C source, to @out (written to @out.tmp and
 * renamed): the fields as data/catalog.sql keeps them, each language's
 * chain itself then its fallbacks, in the catalog's order.  The unit test
 * "builtin-languages" compares it with the bundled catalog's list.
 */
static int
write_languages_c(const char *csv, const char *out)
{
	static const char *const fields[] = { "code", "native_name", "prompt",
	    "plural", "chain", "date", "months", "decimal" };
	char *tmp = xasprintf("%s.tmp", out), *arg;
	sqlite3 *db;
	sqlite3_stmt *stmt;
	FILE *f;
	int n = 0, rc;

	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		die_db(db, "memory");
	arg = xasprintf("languages=%s", csv);
	load_csv(db, arg);
	free(arg);
	if (sqlite3_prepare_v2(db, "SELECT code, native_name, prompt, plural, "
	    "code || CASE WHEN trim(fallback) = '' THEN '' "
	    "  ELSE ':' || replace(trim(fallback), ' ', ':') END, "
	    "date, trim(months), decimal FROM raw_languages "
	    "ORDER BY CAST(sort AS INTEGER), code", -1, &stmt, NULL) !=
	    SQLITE_OK)
		die_db(db, csv);
	if ((f = fopen(tmp, "w")) == NULL) {
		fprintf(stderr, "catalog-build: %s: %s\n", tmp, strerror(errno));
		return 1;
	}
	fprintf(f, "/* Made by catalog-build --languages-c from "
	    "data/languages.csv: do not edit. */\n"
	    "#include \"store/catalog.h\"\n"
	    "#include \"ui/builtin-languages.h\"\n\n");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (int k = 0; k < (int)(sizeof fields / sizeof fields[0]); k++) {
			const unsigned char *v = sqlite3_column_text(stmt, k);

			fprintf(f, "static char l%d_%s[] = ", n, fields[k]);
			write_c_string(f, v != NULL ? (const char *)v : "");
			fprintf(f, ";\n");
		}
		n++;
	}
	check_db(db, rc, csv);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	fprintf(f, "\nconst struct catalog_language builtin_languages[] = {\n");
	for (int i = 0; i < n; i++) {
		fprintf(f, "\t{");
		for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
			fprintf(f, " .%s = l%d_%s,", fields[k], i, fields[k]);
		fprintf(f, " },\n");
	}
	fprintf(f, "};\n\nconst size_t builtin_language_count = %d;\n", n);
	if (fclose(f) != 0 || rename(tmp, out) != 0) {
		fprintf(stderr, "catalog-build: %s: %s\n", out, strerror(errno));
		return 1;
	}
	free(tmp);
	return 0;
}

int
main(int argc, char **argv)
{
	char *tmp;
	sqlite3 *db;

	/* The same SQLite as the program's, loaded the same way. */
	if (!sqlite_load()) {
		fprintf(stderr, "catalog-build: %s cannot be loaded\n",
		    SQLITE_LOAD_LIBRARY);
		return 1;
	}
	if (argc == 4 && strcmp(argv[1], "--languages-c") == 0)
		return write_languages_c(argv[3], argv[2]);
	if (argc < 3) {
		fprintf(stderr,
		    "usage: catalog-build OUT.db NAME=FILE.csv ... SCRIPT.sql ...\n"
		    "       catalog-build --languages-c OUT.c languages.csv\n");
		return 2;
	}
	tmp = xasprintf("%s.tmp", argv[1]);
	unlink(tmp);
	if (sqlite3_open(tmp, &db) != SQLITE_OK)
		die_db(db, tmp);
	if (tokenizer_register(db) != SQLITE_OK)
		die_db(db, "tokenizer");
	if (sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
	    "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		die_db(db, "begin");
	for (int i = 2; i < argc; i++)
		if (!is_script(argv[i]))
			load_csv(db, argv[i]);
	for (int i = 2; i < argc; i++) {
		char *script;

		if (!is_script(argv[i]))
			continue;
		script = read_file(argv[i]);
		if (sqlite3_exec(db, script, NULL, NULL, NULL) != SQLITE_OK)
			die_db(db, argv[i]);
		free(script);
	}
	check_catalog(db);
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
