/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * See tokenizer-check.h.
 */
#include "tokenizer-check.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/search.h"
#include "store/tokenizer.h"

#define CHECK_MAX_WORDS 256

struct tokenizer_check {
	sqlite3 *db;
	struct tokenizer *tok;
	sqlite3_stmt *insert, *clear, *match;
};

/* Words of one cut. */
struct words {
	char *word[CHECK_MAX_WORDS];
	int n;
	bool synonym_first;    /* a synonym came before any word */
	bool synonym_same;     /* a synonym repeated its word */
};

struct tokenizer_check *
tokenizer_check_open(void)
{
	struct tokenizer_check *c = calloc(1, sizeof *c);

	if (c == NULL || sqlite3_open(":memory:", &c->db) != SQLITE_OK ||
	    tokenizer_register(c->db) != SQLITE_OK ||
	    (c->tok = tokenizer_open(c->db)) == NULL ||
	    sqlite3_exec(c->db, "CREATE VIRTUAL TABLE t USING fts5(label, body, "
	    "tokenize = '" TOKENIZER_NAME "', prefix = '1 2 3 4 5 6 7 8')",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "INSERT INTO t (label, body) "
	    "VALUES (?1, '')", -1, &c->insert, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "DELETE FROM t", -1, &c->clear, NULL) !=
	    SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "SELECT count(*) FROM t WHERE t MATCH ?1",
	    -1, &c->match, NULL) != SQLITE_OK) {
		if (c != NULL)
			fprintf(stderr, "tokenizer-check: %s\n",
			    c->db != NULL ? sqlite3_errmsg(c->db) : "no memory");
		tokenizer_check_free(c);
		return NULL;
	}
	return c;
}

void
tokenizer_check_free(struct tokenizer_check *c)
{
	if (c == NULL)
		return;
	sqlite3_finalize(c->insert);
	sqlite3_finalize(c->clear);
	sqlite3_finalize(c->match);
	tokenizer_free(c->tok);
	sqlite3_close(c->db);
	free(c);
}

/* tokenizer_cut: keep the words, note what synonyms do. */
static bool
keep(void *ctx, const char *word, size_t len, bool synonym)
{
	struct words *w = ctx;

	if (synonym) {
		if (w->n == 0)
			w->synonym_first = true;
		else if (strlen(w->word[w->n - 1]) == len &&
		    memcmp(w->word[w->n - 1], word, len) == 0)
			w->synonym_same = true;
		return true;
	}
	if (w->n == CHECK_MAX_WORDS)
		return false;
	w->word[w->n] = malloc(len + 1);
	memcpy(w->word[w->n], word, len);
	w->word[w->n][len] = '\0';
	w->n++;
	return true;
}

static void
words_free(struct words *w)
{
	for (int i = 0; i < w->n; i++)
		free(w->word[i]);
}

/* The number of rows @query matches, or -1 on an FTS5 error. */
static int
count(struct tokenizer_check *c, const char *query)
{
	int n = -1;

	sqlite3_bind_text(c->match, 1, query, -1, SQLITE_STATIC);
	if (sqlite3_step(c->match) == SQLITE_ROW)
		n = sqlite3_column_int(c->match, 0);
	sqlite3_reset(c->match);
	return n;
}

/*
 * The query for the words @w as the search words it: at most
 * SEARCH_MAX_WORDS words of at most SEARCH_MAX_WORD bytes (cut on a
 * character boundary), quoted; prefixes unless @whole; the first one at
 * the start of the label with @start.  Sets *@cut when a word was cut.
 */
static char *
query_of(const struct words *w, bool whole, bool start, bool *cut)
{
	size_t cap = 64 + SEARCH_MAX_WORDS * (SEARCH_MAX_WORD + 16), len = 0;
	char *q = malloc(cap);

	q[0] = '\0';
	*cut = false;
	for (int i = 0; i < w->n && i < SEARCH_MAX_WORDS; i++) {
		size_t n = strlen(w->word[i]);

		if (n > SEARCH_MAX_WORD) {
			n = SEARCH_MAX_WORD;
			while (n > 0 && ((unsigned char)w->word[i][n] & 0xc0) == 0x80)
				n--;
			*cut = true;
		}
		len += (size_t)snprintf(q + len, cap - len, "%s%s\"%.*s\"%s",
		    i > 0 ? " AND " : "", i == 0 && start ? "{label} : ^" : "",
		    (int)n, w->word[i], whole ? "" : "*");
	}
	return q;
}

const char *
tokenizer_check_text(struct tokenizer_check *c, const char *text)
{
	struct words doc = { .n = 0 }, query = { .n = 0 };
	const char *broke = NULL;

	if (tokenizer_cut(c->tok, text, strlen(text), false, keep, &doc) !=
	    SQLITE_OK ||
	    tokenizer_cut(c->tok, text, strlen(text), true, keep, &query) !=
	    SQLITE_OK) {
		broke = "the tokenizer failed";
		goto out;
	}
	if (doc.synonym_first || doc.synonym_same) {
		broke = "a synonym came first or repeated its word";
		goto out;
	}
	if (query.synonym_first || query.synonym_same || doc.n != query.n) {
		broke = "indexed text and query are cut into different words";
		goto out;
	}
	for (int i = 0; i < doc.n; i++) {
		if (doc.word[i][0] == '\0' || strchr(doc.word[i], '"') != NULL) {
			broke = "a word is empty or holds a quote";
			goto out;
		}
		if (strcmp(doc.word[i], query.word[i]) != 0) {
			broke = "indexed text and query are cut into different words";
			goto out;
		}
	}
	if (doc.n == CHECK_MAX_WORDS || doc.n == 0)
		goto out;
	sqlite3_step(c->clear);
	sqlite3_reset(c->clear);
	sqlite3_bind_text(c->insert, 1, text, -1, SQLITE_STATIC);
	if (sqlite3_step(c->insert) != SQLITE_DONE)
		broke = "the text cannot be indexed";
	sqlite3_reset(c->insert);
	/* Each way the search words a query finds the text: prefixes always,
	 * whole words unless one was cut to fit. */
	for (int way = 0; broke == NULL && way < 4; way++) {
		bool cut, whole = way % 2 == 0, start = way < 2;
		char *q = query_of(&query, whole, start, &cut);
		int n = count(c, q);

		if (n < 0)
			broke = "FTS5 refused the query";
		else if (n != 1 && !(whole && cut))
			broke = "typing a text does not find it once indexed";
		if (broke != NULL)
			fprintf(stderr, "tokenizer-check: query %s\n", q);
		free(q);
	}
out:
	words_free(&doc);
	words_free(&query);
	return broke;
}
