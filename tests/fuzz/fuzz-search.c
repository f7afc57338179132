/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: the search box end to end.  Arbitrary bytes go through
 * search_run() (src/store/search.h) against the real built catalog, in any
 * of the languages or none.  SQLite's error log is watched: an FTS5 syntax
 * error or any other statement failure aborts, since search_run() itself
 * would only return fewer hits.  The hits must be grouped by kind, at most
 * per_kind of each, each item once, no two that read the same, with a
 * label.
 *
 * Input: byte 0 picks the language, byte 1 the per-kind cap, the rest is
 * what was typed.  The catalog is $ORIENTATION_CATALOG, else the one built
 * with the fuzz target (FUZZ_CATALOG).
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/catalog.h"
#include "store/search.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct catalog *cat;
static const char *current;    /* the query being run, for the log */

/* SQLite's error log: anything worse than a notice is a finding. */
static void
on_log(void *user, int code, const char *msg)
{
	(void)user;
	if ((code & 0xff) == SQLITE_NOTICE || (code & 0xff) == SQLITE_WARNING)
		return;
	fprintf(stderr, "fuzz-search: SQLite error %d: %s\n  typed: \"%s\"\n",
	    code, msg, current != NULL ? current : "");
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *path = getenv("ORIENTATION_CATALOG");

	(void)argc;
	(void)argv;
	if (path == NULL)
		path = FUZZ_CATALOG;
	sqlite3_config(SQLITE_CONFIG_LOG, on_log, NULL);
	if (catalog_open(path, &cat) != ORIENTATION_OK) {
		fprintf(stderr, "fuzz-search: %s: cannot open the catalog\n", path);
		abort();
	}
	return 0;
}

/* @s, or "" for NULL. */
static const char *
or_empty(const char *s)
{
	return s != NULL ? s : "";
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct catalog_language *langs;
	size_t nlangs = catalog_languages(cat, &langs);
	struct search_hit *hits;
	size_t per_kind, n, count[SEARCH_KIND_COUNT] = { 0 };
	const char *lang;
	char *typed;

	if (size < 2)
		return 0;
	/* Every language of the catalog, then "" and an unknown code. */
	n = data[0] % (nlangs + 2);
	lang = n < nlangs ? langs[n].code : n == nlangs ? "" : "xx";
	per_kind = 1 + data[1] % 40;
	typed = malloc(size - 1);
	memcpy(typed, data + 2, size - 2);
	typed[size - 2] = '\0';
	current = typed;
	n = search_run(cat, typed, lang, per_kind, &hits);
	if ((n == 0) != (hits == NULL)) {
		fprintf(stderr, "fuzz-search: %zu hits but array %p\n", n,
		    (void *)hits);
		abort();
	}
	for (size_t i = 0; i < n; i++) {
		const struct search_hit *h = &hits[i];

		if ((int)h->kind < 0 || h->kind >= SEARCH_KIND_COUNT ||
		    h->label == NULL || h->ref[0] == '\0' ||
		    (i > 0 && h->kind < hits[i - 1].kind) ||
		    ++count[h->kind] > per_kind) {
			fprintf(stderr, "fuzz-search: bad hit %zu of %zu\n", i, n);
			abort();
		}
		for (size_t j = 0; j < i; j++) {
			if (hits[j].kind == h->kind &&
			    strcmp(hits[j].ref, h->ref) == 0) {
				fprintf(stderr, "fuzz-search: %s twice\n", h->ref);
				abort();
			}
			if (hits[j].kind == h->kind &&
			    strcmp(hits[j].lang, h->lang) == 0 &&
			    strcmp(hits[j].label, h->label) == 0 &&
			    strcmp(or_empty(hits[j].preferred),
			    or_empty(h->preferred)) == 0 &&
			    strcmp(or_empty(hits[j].detail),
			    or_empty(h->detail)) == 0) {
				fprintf(stderr, "fuzz-search: %s and %s look "
				    "alike\n", hits[j].ref, h->ref);
				abort();
			}
		}
	}
	rows_free(hits);
	current = NULL;
	free(typed);
	return 0;
}
