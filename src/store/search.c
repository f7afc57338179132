/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Search.  What the visitor typed is cut into words by the index's own
 * tokenizer (store/tokenizer.h), and each word becomes a quoted FTS5
 * term, so quotes, operators and column names typed are only words.
 *
 * Ranking without ranking every row: catalog-build numbers the rows of
 * one kind in one language as a block (table search_block), preferred
 * labels first, then by length.  FTS5 returns matches in rowid order, so
 * a query over one block meets the better labels first and can stop as
 * soon as a kind has its hits.  The other criteria are tiers, one query
 * each, in order:
 *   1. the label starts with the first word, every word whole;
 *   2. the label starts with the first word, words as prefixes;
 *   3. every word whole in the label (a service named with the words
 *      before one whose description or keywords hold them);
 *   4. every word whole anywhere;
 *   5. words as prefixes anywhere;
 * first over the block of the visitor's language, then over the kind's
 * other blocks.  A row whose item (service, occupation, group) is a hit
 * already is skipped; the item is in the rowid, so that costs no read.
 * Together this is the order of every match, read only as far as the
 * hits shown.  A kind with few matches (SEARCH_FEW) is read whole once
 * and put in the same order in memory, in fewer queries.
 */
#include "search.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "db.h"
#include "sqlite-load.h"
#include "tokenizer.h"
#include "util/fits.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define SEARCH_TIERS 5
#define SEARCH_MAX_BLOCKS 64
#define SEARCH_FEW 256     /* matches of a kind ordered in memory */

static const char *const kind_names[SEARCH_KIND_COUNT] = {
	[SEARCH_SERVICE] = "service",
	[SEARCH_GUIDE] = "guide",
	[SEARCH_OCCUPATION] = "occupation",
	[SEARCH_ISCO] = "isco",
};

/* One block of rowids: one kind in one language. */
struct search_block {
	int kind;
	char lang[16];
	sqlite3_int64 lo, npref;
};

/* The words typed, cut as the index was. */
struct search_words {
	char word[SEARCH_MAX_WORDS][SEARCH_MAX_WORD + 1];
	int n;
};

/* The texts a hit owns. */
static const struct db_column hit_texts[] = {
	{ offsetof(struct search_hit, label), DB_TEXT },
	{ offsetof(struct search_hit, preferred), DB_TEXT },
	{ offsetof(struct search_hit, detail), DB_TEXT },
	{ 0, DB_END },
};

struct collect {
	struct search_hit *hits; /* rows_add's */
	size_t n;
	size_t per_kind;
	size_t count[SEARCH_KIND_COUNT];
	const struct search_block *blocks;
	int nblocks;
	const char *lang;       /* the visitor's */
	sqlite3_int64 *items;   /* the item number of each hit */
	size_t itemcap;
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

/* tokenizer_cut: keep a word, cut to SEARCH_MAX_WORD bytes on a
 * character boundary. */
static bool
add_word(void *ctx, const char *word, size_t len, bool synonym)
{
	struct search_words *w = ctx;

	if (synonym)
		return true;
	if (len > SEARCH_MAX_WORD) {
		len = SEARCH_MAX_WORD;
		while (len > 0 && ((unsigned char)word[len] & 0xc0) == 0x80)
			len--;
	}
	if (len == 0)
		return true;
	memcpy(w->word[w->n], word, len);
	w->word[w->n][len] = '\0';
	return ++w->n < SEARCH_MAX_WORDS;
}

/* The tiers (see the top of this file), from 0: where the words must
 * stand, and the two wider tiers each one's matches are part of (a tier
 * whose wider one matches nothing matches nothing). */
static const struct {
	bool start;   /* the first word starts the label */
	bool label;   /* every word in the label */
	bool whole;   /* whole words, not prefixes */
	int wider[2];
} tiers[SEARCH_TIERS] = {
	{ true, false, true, { 1, 3 } },
	{ true, false, false, { 4, 4 } },
	{ false, true, true, { 3, 3 } },
	{ false, false, true, { 4, 4 } },
	{ false, false, false, { 4, 4 } },
};

/*
 * The MATCH expression of @tier.  The words are tokenizer output: letters
 * and digits only, never a quote.
 */
static char *
tier_query(const struct search_words *w, int tier)
{
	size_t cap = 32 + (size_t)w->n * (SEARCH_MAX_WORD + 20);
	char *q = xmalloc(cap);
	size_t len = 0;

	q[0] = '\0';
	/* fits: a word has at most SEARCH_MAX_WORD bytes and 20 more around
	 * it (" AND ", "{label} : ^", quotes, "*"). */
	for (int i = 0; i < w->n; i++)
		len += (size_t)snprintf(q + len, cap - len, "%s%s\"%s\"%s",
		    i > 0 ? " AND " : "",
		    i == 0 && tiers[tier].start ? "{label} : ^" :
		    tiers[tier].label ? "{label} : " : "",
		    w->word[i], tiers[tier].whole ? "" : "*");
	return q;
}

/* Whether item @item of @kind is already among the hits. */
static bool
seen(const struct collect *c, int kind, sqlite3_int64 item)
{
	for (size_t i = 0; i < c->n; i++)
		if ((int)c->hits[i].kind == kind && c->items[i] == item)
			return true;
	return false;
}

/* Load the blocks; @return how many. */
static int
load_blocks(struct catalog *cat, struct search_block *blocks)
{
	sqlite3_stmt *stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_BLOCKS,
	    "SELECT kind, lang, lo, npref FROM search_block ORDER BY lo");
	int n = 0;

	while (n < SEARCH_MAX_BLOCKS && sqlite3_step(stmt) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(stmt, 0);
		const char *lang = (const char *)sqlite3_column_text(stmt, 1);
		struct search_block *b = &blocks[n];

		/* A block of an unknown kind or a language too long to be one
		 * is left out. */
		if ((b->kind = kind_from_name(kind != NULL ? kind : "")) < 0 ||
		    !fits_copy(b->lang, sizeof b->lang, lang))
			continue;
		b->lo = sqlite3_column_int64(stmt, 2);
		b->npref = sqlite3_column_int64(stmt, 3);
		n++;
	}
	sqlite3_reset(stmt);
	return n;
}

/* The block holding @rowid, or NULL. */
static const struct search_block *
block_of(const struct collect *c, sqlite3_int64 rowid)
{
	for (int i = 0; i < c->nblocks; i++)
		if (rowid >= c->blocks[i].lo &&
		    rowid <= c->blocks[i].lo + SEARCH_BLOCK_SPAN)
			return &c->blocks[i];
	return NULL;
}

/* Take the row @rowid of @kind as a hit, unless its item is a hit
 * already.  The row is read from the index's own content table
 * (search_content: c0 kind, c1 ref, c2 lang, c3 label), a third of the
 * cost of reading it through FTS5. */
static void
take(struct catalog *cat, sqlite3_int64 rowid, int kind, struct collect *c)
{
	sqlite3_stmt *stmt;
	sqlite3_int64 item = rowid & SEARCH_ITEM_MASK;
	const char *ref;
	struct search_hit *h, hit = { .kind = (enum search_kind)kind };

	if (seen(c, kind, item))
		return;
	stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_ROW,
	    "SELECT c1, c2, c3 FROM search_content WHERE id = ?1");
	sqlite3_bind_int64(stmt, 1, rowid);
	if (sqlite3_step(stmt) != SQLITE_ROW ||
	    (ref = (const char *)sqlite3_column_text(stmt, 0)) == NULL) {
		sqlite3_reset(stmt);
		return;
	}
	/* An id or a language too long for a hit is left out, never cut. */
	if (!fits_copy(hit.ref, sizeof hit.ref, ref) ||
	    !fits_copy(hit.lang, sizeof hit.lang,
	    (const char *)sqlite3_column_text(stmt, 1))) {
		sqlite3_reset(stmt);
		return;
	}
	c->items = xgrow(c->items, c->n, &c->itemcap, 32, sizeof *c->items);
	c->items[c->n++] = item;
	h = rows_add(&c->hits, sizeof *c->hits, hit_texts);
	*h = hit;
	h->label = db_column_strdup(stmt, 2);
	sqlite3_reset(stmt);
	/* An occupation's alternative label, or one in another language,
	 * gets the preferred label beside it; an ISCO group's name in
	 * another language, its name in the visitor's. */
	if (kind == SEARCH_OCCUPATION) {
		const struct search_block *b = block_of(c, rowid);

		if (b == NULL || rowid >= b->lo + (b->npref << SEARCH_SEQ_SHIFT) ||
		    strcmp(h->lang, c->lang) != 0)
			h->preferred = xstrdup("");   /* looked up later */
	} else if (kind == SEARCH_ISCO && strcmp(h->lang, c->lang) != 0) {
		h->preferred = xstrdup("");   /* looked up later */
	}
	c->count[kind]++;
}

/*
 * Add the matches of @query with rowids in @lo..@hi but outside
 * @skip_lo..@skip_hi, in rowid order, to the hits of @kind until it has
 * its share.  With @probe, only say whether there is any.
 */
static bool
run_range(struct catalog *cat, const char *query, int kind, sqlite3_int64 lo,
    sqlite3_int64 hi, sqlite3_int64 skip_lo, sqlite3_int64 skip_hi,
    bool probe, struct collect *c)
{
	sqlite3_stmt *stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_MATCH,
	    "SELECT rowid FROM search WHERE search MATCH ?1 "
	    "AND rowid BETWEEN ?2 AND ?3 AND rowid NOT BETWEEN ?4 AND ?5 "
	    "ORDER BY rowid");
	bool any = false;

	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, lo);
	sqlite3_bind_int64(stmt, 3, hi);
	sqlite3_bind_int64(stmt, 4, skip_lo);
	sqlite3_bind_int64(stmt, 5, skip_hi);
	while (c->count[kind] < c->per_kind && sqlite3_step(stmt) == SQLITE_ROW) {
		sqlite3_int64 rowid = sqlite3_column_int64(stmt, 0);

		any = true;
		if (probe)
			break;
		take(cat, rowid, kind, c);
	}
	sqlite3_reset(stmt);
	/* The statement is cached: let go of the visitor's words now. */
	sqlite3_clear_bindings(stmt);
	return any;
}

/* The rowids that @query matches in @lo..@hi, in order, into @out: at
 * most @cap; @return how many, or @cap + 1 when there are more. */
static size_t
read_rowids(struct catalog *cat, const char *query, sqlite3_int64 lo,
    sqlite3_int64 hi, sqlite3_int64 *out, size_t cap)
{
	sqlite3_stmt *stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_MATCH,
	    "SELECT rowid FROM search WHERE search MATCH ?1 "
	    "AND rowid BETWEEN ?2 AND ?3 AND rowid NOT BETWEEN ?4 AND ?5 "
	    "ORDER BY rowid");
	size_t n = 0;

	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, lo);
	sqlite3_bind_int64(stmt, 3, hi);
	sqlite3_bind_int64(stmt, 4, -1);
	sqlite3_bind_int64(stmt, 5, -1);
	while (n <= cap && sqlite3_step(stmt) == SQLITE_ROW)
		if (n++ < cap)
			out[n - 1] = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return n;
}

/* A match of a kind with few: its rowid and where it ranks. */
struct search_few {
	sqlite3_int64 rowid;
	int pass;      /* 0 in the visitor's language, 1 in another */
	int tier;
};

static int
few_cmp(const void *pa, const void *pb)
{
	const struct search_few *a = pa, *b = pb;

	if (a->pass != b->pass)
		return a->pass - b->pass;
	if (a->tier != b->tier)
		return a->tier - b->tier;
	return a->rowid < b->rowid ? -1 : a->rowid > b->rowid;
}

/*
 * The same order as run_kind's queries for a kind with at most
 * SEARCH_FEW matches in all languages, in fewer queries: every match
 * read once, each tier's matches marked, then sorted.  @return false
 * (nothing done) when there are more.
 */
static bool
run_kind_few(struct catalog *cat, char *const queries[SEARCH_TIERS], int kind,
    sqlite3_int64 own_lo, sqlite3_int64 own_hi, sqlite3_int64 all_lo,
    sqlite3_int64 all_hi, struct collect *c)
{
	sqlite3_int64 rowids[SEARCH_FEW], tier_rowids[SEARCH_FEW];
	struct search_few few[SEARCH_FEW];
	size_t n = read_rowids(cat, queries[SEARCH_TIERS - 1], all_lo, all_hi,
	    rowids, SEARCH_FEW);

	if (n > SEARCH_FEW)
		return false;
	for (size_t i = 0; i < n; i++) {
		few[i].rowid = rowids[i];
		few[i].pass = rowids[i] >= own_lo && rowids[i] <= own_hi ? 0 : 1;
		few[i].tier = SEARCH_TIERS - 1;
	}
	for (int t = SEARCH_TIERS - 2; n > 0 && t >= 0; t--) {
		size_t m, j = 0;

		if (queries[t] == NULL)
			continue;
		/* a tier's matches are some of the broadest tier's, in order */
		m = read_rowids(cat, queries[t], all_lo, all_hi, tier_rowids,
		    SEARCH_FEW);
		for (size_t i = 0; i < m && i < SEARCH_FEW; i++) {
			while (j < n && few[j].rowid < tier_rowids[i])
				j++;
			if (j < n && few[j].rowid == tier_rowids[i])
				few[j].tier = t;
		}
	}
	qsort(few, n, sizeof *few, few_cmp);
	for (size_t i = 0; i < n && c->count[kind] < c->per_kind; i++)
		take(cat, few[i].rowid, kind, c);
	return true;
}

/* Collect the hits of @kind: the visitor's language first, then the
 * others, each tier by tier. */
static void
run_kind(struct catalog *cat, char *const queries[SEARCH_TIERS], int kind,
    const char *lang, struct collect *c)
{
	sqlite3_int64 own_lo = -1, own_hi = -1, all_lo = -1, all_hi = -1;

	for (int i = 0; i < c->nblocks; i++) {
		const struct search_block *b = &c->blocks[i];

		if (b->kind != kind)
			continue;
		if (all_lo < 0 || b->lo < all_lo)
			all_lo = b->lo;
		if (b->lo + SEARCH_BLOCK_SPAN > all_hi)
			all_hi = b->lo + SEARCH_BLOCK_SPAN;
		if (strcmp(b->lang, lang) == 0) {
			own_lo = b->lo;
			own_hi = b->lo + SEARCH_BLOCK_SPAN;
		}
	}
	if (all_lo < 0 || run_kind_few(cat, queries, kind, own_lo, own_hi,
	    all_lo, all_hi, c))
		return;
	/* The broadest tier first, to skip a range without any match. */
	if (own_lo >= 0 && run_range(cat, queries[SEARCH_TIERS - 1], kind,
	    own_lo, own_hi, -1, -1, true, c))
		for (int t = 0; t < SEARCH_TIERS && c->count[kind] < c->per_kind; t++)
			if (queries[t] != NULL)
				run_range(cat, queries[t], kind, own_lo, own_hi,
				    -1, -1, false, c);
	if (c->count[kind] < c->per_kind && run_range(cat,
	    queries[SEARCH_TIERS - 1], kind, all_lo, all_hi, own_lo, own_hi,
	    true, c))
		for (int t = 0; t < SEARCH_TIERS && c->count[kind] < c->per_kind; t++)
			if (queries[t] != NULL)
				run_range(cat, queries[t], kind, all_lo, all_hi,
				    own_lo, own_hi, false, c);
}

/* Bind ?1 to @h's item, ?2 to the visitor's language @lang, ?3 to the
 * language of @h's label. */
static void
bind_hit(sqlite3_stmt *stmt, const struct search_hit *h, const char *lang)
{
	sqlite3_bind_text(stmt, 1, h->ref, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, lang, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, h->lang, -1, SQLITE_STATIC);
}

/* Fill in the preferred labels marked for look-up (an occupation's, an
 * ISCO group's name), with their language:
 * along @lang's fallback chain (Luxembourgish: German, then French), else
 * in the language of the label that matched; none when it reads as the
 * label. */
static void
add_preferred(struct catalog *cat, struct collect *c, const char *lang)
{
	for (size_t i = 0; i < c->n; i++) {
		struct search_hit *h = &c->hits[i];
		sqlite3_stmt *stmt;

		if (h->preferred == NULL)
			continue;
		free(h->preferred);
		h->preferred = NULL;
		stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_PREFERRED,
		    "SELECT t.label, t.lang FROM ("
		    "  SELECT label, lang FROM occupation_text "
		    "  WHERE ?4 = 0 AND occupation_id = ?1 "
		    "  UNION ALL SELECT label, lang FROM isco_group_text "
		    "  WHERE ?4 = 1 AND code = ?1) t "
		    "LEFT JOIN language_chain c ON c.lang = ?2 "
		    "  AND c.fallback = t.lang "
		    "WHERE c.rank IS NOT NULL OR t.lang = ?3 "
		    "ORDER BY c.rank IS NULL, c.rank LIMIT 1");
		bind_hit(stmt, h, lang);
		sqlite3_bind_int(stmt, 4, h->kind == SEARCH_ISCO);
		if (sqlite3_step(stmt) == SQLITE_ROW) {
			const char *p = (const char *)sqlite3_column_text(stmt, 0);
			const char *l = (const char *)sqlite3_column_text(stmt, 1);

			if (p != NULL && strcmp(p, h->label) != 0) {
				h->preferred = xstrdup(p);
				/* A language too long for the hit stays
				 * unnamed, never cut. */
				if (l == NULL || !fits_copy(h->preferred_lang,
				    sizeof h->preferred_lang, l))
					h->preferred_lang[0] = '\0';
			}
		}
		sqlite3_reset(stmt);
	}
}

/* Whether hits @a and @b would read the same on a screen. */
static bool
look_alike(const struct search_hit *a, const struct search_hit *b)
{
	return a->kind == b->kind && strcmp(a->lang, b->lang) == 0 &&
	    strcmp(a->label, b->label) == 0 &&
	    strcmp(a->preferred != NULL ? a->preferred : "",
	    b->preferred != NULL ? b->preferred : "") == 0 &&
	    strcmp(a->detail != NULL ? a->detail : "",
	    b->detail != NULL ? b->detail : "") == 0;
}

/* What tells @h apart at @round: an occupation's ISCO group (named along
 * @lang's chain, else in the hit's language), then its ESCO code; an ISCO group's
 * code; a service's id. */
static char *
detail_of(struct catalog *cat, const struct search_hit *h, const char *lang,
    int round)
{
	sqlite3_stmt *stmt;
	char *d = NULL;

	if (h->kind != SEARCH_OCCUPATION)
		return xstrdup(h->ref);
	stmt = catalog_stmt(cat, CATALOG_STMT_SEARCH_DETAIL,
	    "SELECT o.esco_code, (SELECT t.label FROM isco_group_text t "
	    "  LEFT JOIN language_chain c ON c.lang = ?2 "
	    "    AND c.fallback = t.lang "
	    "  WHERE t.code = o.isco_code "
	    "    AND (c.rank IS NOT NULL OR t.lang = ?3) "
	    "  ORDER BY c.rank IS NULL, c.rank LIMIT 1) "
	    "FROM occupation o WHERE o.id = ?1");
	bind_hit(stmt, h, lang);
	if (sqlite3_step(stmt) == SQLITE_ROW &&
	    sqlite3_column_text(stmt, round == 0 ? 1 : 0) != NULL)
		d = db_column_strdup(stmt, round == 0 ? 1 : 0);
	sqlite3_reset(stmt);
	return d != NULL ? d : xstrdup(h->ref);
}

/* Give every pair of hits that would read the same a detail to tell them
 * apart, in two rounds (an ISCO group can hold two look-alikes). */
static void
tell_apart(struct catalog *cat, struct collect *c, const char *lang)
{
	for (int round = 0; round < 2; round++) {
		bool *alike = xcalloc(c->n + 1, sizeof *alike);

		for (size_t i = 0; i < c->n; i++)
			for (size_t j = i + 1; j < c->n; j++)
				if (look_alike(&c->hits[i], &c->hits[j]))
					alike[i] = alike[j] = true;
		for (size_t i = 0; i < c->n; i++) {
			if (!alike[i])
				continue;
			free(c->hits[i].detail);
			c->hits[i].detail = detail_of(cat, &c->hits[i], lang, round);
		}
		free(alike);
	}
}

/*
 * A copy of @typed whose runs of characters between blanks are cut to
 * SEARCH_MAX_WORD bytes (on a character boundary), so that no longer word
 * ever reaches a tokenizer.  Wipe and free it after use.
 */
static char *
cut_runs(const char *typed)
{
	size_t n = strlen(typed), run = 0, len, o = 0;
	char *out = xmalloc(n + 1);

	for (size_t i = 0; i < n; i += len) {
		if ((len = utf8_sequence(typed + i, n - i)) == 0)
			len = 1;
		if (typed[i] == ' ' || (typed[i] >= '\t' && typed[i] <= '\r'))
			run = 0;
		else if (run + len > SEARCH_MAX_WORD)
			continue;   /* the rest of the run goes */
		else
			run += len;
		memcpy(out + o, typed + i, len);
		o += len;
	}
	out[o] = '\0';
	return out;
}

size_t
search_run(struct catalog *cat, const char *typed, const char *lang,
    size_t per_kind, struct search_hit **out)
{
	struct search_block blocks[SEARCH_MAX_BLOCKS];
	struct collect c = { .per_kind = per_kind, .blocks = blocks,
	    .lang = lang };
	struct search_words words = { .n = 0 };
	struct tokenizer *tok = catalog_tokenizer(cat);
	char *queries[SEARCH_TIERS], *cut;
	sqlite3_stmt *begin;
	int rc;

	*out = NULL;
	if (tok == NULL || per_kind == 0)
		return 0;
	cut = cut_runs(typed);
	rc = tokenizer_cut(tok, cut, strlen(cut), true, add_word, &words);
	xfree_wiped(cut);
	if (rc != SQLITE_OK || words.n == 0) {
		xwipe(&words, sizeof words);
		return 0;
	}
	/* One read transaction: a lock and a look at the file once, not once
	 * per statement. */
	begin = catalog_stmt(cat, CATALOG_STMT_SEARCH_BEGIN, "BEGIN");
	sqlite3_step(begin);
	c.nblocks = load_blocks(cat, blocks);
	for (int t = 0; t < SEARCH_TIERS; t++)
		queries[t] = tier_query(&words, t);
	/* A tier without a match anywhere is not asked again per kind and
	 * language: the broadest first, and a tier whose wider ones match
	 * nothing is not asked at all. */
	for (int t = SEARCH_TIERS - 1; t >= 0; t--) {
		bool worth = t == SEARCH_TIERS - 1 ||
		    (queries[tiers[t].wider[0]] != NULL &&
		    queries[tiers[t].wider[1]] != NULL);

		if (!worth || !run_range(cat, queries[t], 0, 0, INT64_MAX, -1, -1,
		    true, &c)) {
			xfree_wiped(queries[t]);
			queries[t] = NULL;
		}
	}
	for (int k = 0; k < SEARCH_KIND_COUNT && queries[SEARCH_TIERS - 1]; k++)
		run_kind(cat, queries, k, lang, &c);
	for (int t = 0; t < SEARCH_TIERS; t++)
		xfree_wiped(queries[t]);
	xwipe(&words, sizeof words);
	free(c.items);
	add_preferred(cat, &c, lang);
	tell_apart(cat, &c, lang);
	if (sqlite3_reset(begin) == SQLITE_OK)
		sqlite3_step(catalog_stmt(cat, CATALOG_STMT_SEARCH_END, "COMMIT"));
	*out = c.hits;
	return c.n;
}

const char *
search_kind_name(enum search_kind kind)
{
	return kind_names[kind];
}

void
search_forget(struct catalog *cat)
{
	char filler[SEARCH_MAX_WORD + 1];
	struct search_hit *hits;

	memset(filler, 'q', SEARCH_MAX_WORD);
	filler[SEARCH_MAX_WORD] = '\0';
	(void)search_run(cat, filler, "", 1, &hits);
	rows_free(hits);
}
