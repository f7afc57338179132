/*
 * Search.  Two FTS5 queries per keystroke, the visitor's language first,
 * then the others, each reading at most SEARCH_ROWS_PER_PASS rows and
 * stopping as soon as every kind has its hits, so a one-letter prefix
 * stays fast.  Short queries (under three letters) are not ranked.
 * Longer ones are ranked by bm25, the label weighted ten times the
 * description (data/catalog.sql), over the first SEARCH_RANK_POOL matches
 * only: bm25 costs per match, and ranking every match of a broad prefix
 * such as "comp" or "ver" took 3 to 7 ms.  Exact labels are put first
 * afterwards in any case.  Rows are indexed services first, then
 * occupations, then ISCO groups (catalog-build), so unranked passes meet
 * the few services before the many occupation labels.
 */
#include "search.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "core/fold.h"
#include "db.h"
#include "util/xmalloc.h"

#define SEARCH_ROWS_PER_PASS 120
#define SEARCH_RANK_POOL 160   /* matches ranked per pass */
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
#define SEARCH_RANK_FROM 3     /* letters typed before ranking */

static const char *const kind_names[SEARCH_KIND_COUNT] = {
	[SEARCH_SERVICE] = "service",
	[SEARCH_OCCUPATION] = "occupation",
	[SEARCH_ISCO] = "isco",
};

struct collect {
	struct search_hit *hits;
	size_t n, cap;
	size_t per_kind;
	size_t count[SEARCH_KIND_COUNT];
};

/* The kind named @name, or -1. */
static int
kind_from_name(const char *name)
{
	for (int k = 0; k < SEARCH_KIND_COUNT; k++)
		if (strcmp(kind_names[k], name) == 0)
			return k;
	return -1;
}

/* Whether (kind, ref) is already among the hits. */
static bool
seen(const struct collect *c, int kind, const char *ref)
{
	for (size_t i = 0; i < c->n; i++)
		if ((int)c->hits[i].kind == kind && strcmp(c->hits[i].ref, ref) == 0)
			return true;
	return false;
}

/* Whether every kind has all the hits it may show. */
static bool
full(const struct collect *c)
{
	for (int k = 0; k < SEARCH_KIND_COUNT; k++)
		if (c->count[k] < c->per_kind)
			return false;
	return true;
}

/* Run one pass and add its new hits; stop as soon as every kind is full. */
static void
run_pass(struct catalog *cat, enum catalog_stmt which, const char *sql,
    const char *query, const char *lang, struct collect *c)
{
	sqlite3_stmt *stmt = catalog_stmt(cat, which, sql);

	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, lang, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 3, SEARCH_ROWS_PER_PASS);
	while (!full(c) && sqlite3_step(stmt) == SQLITE_ROW) {
		const char *kname = (const char *)sqlite3_column_text(stmt, 0);
		const char *ref = (const char *)sqlite3_column_text(stmt, 1);
		int kind = kind_from_name(kname != NULL ? kname : "");
		struct search_hit *h;

		if (kind < 0 || ref == NULL || c->count[kind] >= c->per_kind ||
		    seen(c, kind, ref))
			continue;
		c->hits = xgrow(c->hits, c->n, &c->cap, 32, sizeof *c->hits);
		h = &c->hits[c->n++];
		h->kind = (enum search_kind)kind;
		snprintf(h->ref, sizeof h->ref, "%s", ref);
		snprintf(h->lang, sizeof h->lang, "%s",
		    (const char *)sqlite3_column_text(stmt, 2));
		h->label = db_column_strdup(stmt, 3);
		c->count[kind]++;
	}
	sqlite3_reset(stmt);
	/* The statement is cached: let go of the visitor's words now. */
	sqlite3_clear_bindings(stmt);
}

/* Lower-case ASCII copy of @s without surrounding blanks. */
static char *
exact_key(const char *s)
{
	char *k, *end;

	while (isspace((unsigned char)*s))
		s++;
	k = xstrdup(s);
	for (char *p = k; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	end = k + strlen(k);
	while (end > k && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return k;
}

/* Whether @label is exactly the typed @key, or its first gendered form
 * ("Bäcker" in "Bäcker/Bäckerin"). */
static bool
is_exact(const char *label, const char *key)
{
	char *l = exact_key(label);
	size_t n = strlen(key);
	bool yes = strcmp(l, key) == 0 ||
	    (n > 0 && strncmp(l, key, n) == 0 && l[n] == '/');

	free(l);
	return yes;
}

/* Order: by kind; exact labels first; then the passes' order. */
static void
order_hits(struct collect *c, const char *typed)
{
	char *key = exact_key(typed);
	struct search_hit *sorted;
	size_t n = 0;

	if (c->n == 0) {
		xfree_wiped(key);
		return;
	}
	sorted = xcalloc(c->n, sizeof *sorted);
	for (int k = 0; k < SEARCH_KIND_COUNT; k++)
		for (int exact = 1; exact >= 0; exact--)
			for (size_t i = 0; i < c->n; i++)
				if ((int)c->hits[i].kind == k &&
				    is_exact(c->hits[i].label, key) == (exact == 1))
					sorted[n++] = c->hits[i];
	free(c->hits);
	c->hits = sorted;
	xfree_wiped(key);
}

size_t
search_run(struct catalog *cat, const char *typed, const char *lang,
    size_t per_kind, struct search_hit **out)
{
	struct collect c = { .per_kind = per_kind };
	char *query = fold_query(typed);
	bool ranked;
	size_t letters = 0;

	*out = NULL;
	if (query == NULL)
		return 0;
	for (const char *p = typed; *p != '\0'; p++)
		if (((unsigned char)*p & 0xc0) != 0x80 && !isspace((unsigned char)*p))
			letters++;
	ranked = letters >= SEARCH_RANK_FROM;
	if (ranked) {
		run_pass(cat, CATALOG_STMT_SEARCH_LANG_RANKED,
		    "SELECT kind, ref, lang, display FROM (SELECT kind, ref, lang, "
		    "display, rank AS r FROM search WHERE search MATCH ?1 AND "
		    "lang = ?2 LIMIT " STRINGIFY(SEARCH_RANK_POOL) ") ORDER BY r "
		    "LIMIT ?3", query, lang, &c);
		run_pass(cat, CATALOG_STMT_SEARCH_OTHER_RANKED,
		    "SELECT kind, ref, lang, display FROM (SELECT kind, ref, lang, "
		    "display, rank AS r FROM search WHERE search MATCH ?1 AND "
		    "lang <> ?2 LIMIT " STRINGIFY(SEARCH_RANK_POOL) ") ORDER BY r "
		    "LIMIT ?3", query, lang, &c);
	} else {
		run_pass(cat, CATALOG_STMT_SEARCH_LANG,
		    "SELECT kind, ref, lang, display FROM search WHERE search "
		    "MATCH ?1 AND lang = ?2 LIMIT ?3", query, lang, &c);
		run_pass(cat, CATALOG_STMT_SEARCH_OTHER,
		    "SELECT kind, ref, lang, display FROM search WHERE search "
		    "MATCH ?1 AND lang <> ?2 LIMIT ?3", query, lang, &c);
	}
	xfree_wiped(query);
	order_hits(&c, typed);
	*out = c.hits;
	return c.n;
}

void
search_hits_free(struct search_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(hits[i].label);
	free(hits);
}

void
search_forget(struct catalog *cat)
{
	char filler[FOLD_QUERY_MAX_TERM + 1];
	struct search_hit *hits;
	size_t n;

	memset(filler, 'q', FOLD_QUERY_MAX_TERM);
	filler[FOLD_QUERY_MAX_TERM] = '\0';
	n = search_run(cat, filler, "en", 1, &hits);
	search_hits_free(hits, n);
}
