/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The "orientation" FTS5 tokenizer: unicode61 plus ß -> ss and the
 * German umlaut spellings as synonyms.  See tokenizer.h.
 */
#include "tokenizer.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sqlite-load.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* The wrapped tokenizer.  Two instances: unicode61 folds each word into a
 * buffer of its own, so the umlaut spelling of a word is cut by a second
 * instance while the first is still in the middle of the text. */
struct tokenizer {
	fts5_tokenizer base;   /* unicode61's methods */
	Fts5Tokenizer *word;   /* cuts the text */
	Fts5Tokenizer *spell;  /* cuts the ae/oe/ue spelling of one word */
};

/* A growable byte buffer. */
struct tokenizer_buf {
	char *data;
	size_t len, cap;
};

/* One xTokenize call. */
struct tokenizer_pass {
	struct tokenizer *t;
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	const char *text;
	bool query;
	struct tokenizer_buf word, spelled, spelling;
};

/* Append @n bytes at @s to @b.  The words may be what a visitor typed:
 * a buffer that grows leaves no copy behind. */
static void
tokenizer_buf_add(struct tokenizer_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap;
		char *data;

		while (b->len + n + 1 > cap)
			cap = cap != 0 ? cap * 2 : 64;
		data = xmalloc(cap);
		if (b->data != NULL) {
			memcpy(data, b->data, b->len);
			xwipe(b->data, b->cap);
			free(b->data);
		}
		b->data = data;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Wipe and free @b. */
static void
tokenizer_buf_free(struct tokenizer_buf *b)
{
	if (b->data != NULL)
		xwipe(b->data, b->cap);
	free(b->data);
}

/* @b = the folded word @s (@n bytes) with ß and ẞ written "ss". */
static void
tokenizer_fold(struct tokenizer_buf *b, const char *s, size_t n)
{
	size_t from = 0;

	b->len = 0;
	tokenizer_buf_add(b, "", 0);
	for (size_t i = 0; i < n; i++) {
		size_t len = 0;

		if (i + 1 < n && (unsigned char)s[i] == 0xc3 &&
		    (unsigned char)s[i + 1] == 0x9f)
			len = 2;
		else if (i + 2 < n && (unsigned char)s[i] == 0xe1 &&
		    (unsigned char)s[i + 1] == 0xba &&
		    (unsigned char)s[i + 2] == 0x9e)
			len = 3;
		if (len == 0)
			continue;
		tokenizer_buf_add(b, s + from, i - from);
		tokenizer_buf_add(b, "ss", 2);
		i += len - 1;
		from = i + 1;
	}
	tokenizer_buf_add(b, s + from, n - from);
}

/* The e-spelling of the umlaut at @s (@n bytes left): "ae" for ä, Ä or
 * a + combining diaeresis, and so on; *@used gets the bytes it replaces.
 * NULL when @s starts no umlaut. */
static const char *
tokenizer_umlaut(const unsigned char *s, size_t n, size_t *used)
{
	static const char vowels[] = "aouAOU";
	const char *v;

	if (n >= 2 && s[0] == 0xc3) {
		*used = 2;
		switch (s[1]) {
		case 0xa4: case 0x84: return "ae";
		case 0xb6: case 0x96: return "oe";
		case 0xbc: case 0x9c: return "ue";
		default: return NULL;
		}
	}
	/* U+0308 COMBINING DIAERESIS after a plain vowel */
	if (n >= 3 && s[0] != '\0' && (v = strchr(vowels, s[0])) != NULL &&
	    s[1] == 0xcc && s[2] == 0x88) {
		static const char *const spelled[] = {
			"ae", "oe", "ue", "ae", "oe", "ue",
		};

		*used = 3;
		return spelled[v - vowels];
	}
	return NULL;
}

/* A word function and its context, as an FTS5 token callback's
 * (tokenizer_cut_word). */
struct tokenizer_cut_ctx {
	tokenizer_word_fn each;
	void *ctx;
};

/* An FTS5 token callback: pass one word on to a struct tokenizer_cut_ctx
 * at @p; SQLITE_DONE stops the cut. */
static int
tokenizer_cut_word(void *p, int tflags, const char *tok, int ntok, int start,
    int end)
{
	struct tokenizer_cut_ctx *c = p;

	(void)start;
	(void)end;
	return c->each(c->ctx, tok, (size_t)ntok,
	    (tflags & FTS5_TOKEN_COLOCATED) != 0) ? SQLITE_OK : SQLITE_DONE;
}

/* Unicode61's words of one umlaut spelling, appended to pass->spelling
 * (the struct tokenizer_pass at @p). */
static bool
tokenizer_collect(void *p, const char *tok, size_t ntok, bool synonym)
{
	struct tokenizer_pass *pass = p;

	(void)synonym;
	tokenizer_fold(&pass->word, tok, ntok);
	tokenizer_buf_add(&pass->spelling, pass->word.data, pass->word.len);
	return true;
}

/*
 * The word at @start..@end of the text, folded as @folded: when it holds
 * an umlaut, the word its e-spelling gives, in pass->spelling (empty when
 * there is none or it is the same).
 */
static int
tokenizer_spell(struct tokenizer_pass *pass, int start, int end,
    const char *folded, size_t nfolded)
{
	const unsigned char *s = (const unsigned char *)pass->text + start;
	size_t n = (size_t)(end - start), used;
	bool umlaut = false;
	int rc;

	pass->spelled.len = 0;
	pass->spelling.len = 0;
	tokenizer_buf_add(&pass->spelled, "", 0);
	tokenizer_buf_add(&pass->spelling, "", 0);
	/* Every umlaut starts with byte 0xc3 or holds 0xcc (U+0308). */
	if (memchr(s, 0xc3, n) == NULL && memchr(s, 0xcc, n) == NULL)
		return SQLITE_OK;
	for (size_t i = 0; i < n; i++) {
		const char *e = tokenizer_umlaut(s + i, n - i, &used);

		if (e != NULL) {
			tokenizer_buf_add(&pass->spelled, e, 2);
			i += used - 1;
			umlaut = true;
		} else {
			tokenizer_buf_add(&pass->spelled, (const char *)s + i, 1);
		}
	}
	if (!umlaut)
		return SQLITE_OK;
	rc = pass->t->base.xTokenize(pass->t->spell, &(struct tokenizer_cut_ctx){
	    .each = tokenizer_collect, .ctx = pass }, FTS5_TOKENIZE_DOCUMENT,
	    pass->spelled.data, (int)pass->spelled.len, tokenizer_cut_word);
	if (pass->spelling.len == nfolded &&
	    memcmp(pass->spelling.data, folded, nfolded) == 0)
		pass->spelling.len = 0;
	return rc;
}

/* unicode61 found a word: pass it on folded, with its umlaut spelling. */
static int
tokenizer_on_word(void *p, int tflags, const char *tok, int ntok, int start,
    int end)
{
	struct tokenizer_pass *pass = p;
	char *folded;
	size_t nfolded;
	int rc;

	tokenizer_fold(&pass->word, tok, (size_t)ntok);
	rc = pass->emit(pass->ctx, tflags, pass->word.data, (int)pass->word.len,
	    start, end);
	if (rc != SQLITE_OK || pass->query)
		return rc;
	/* pass->word is reused while cutting the spelling */
	nfolded = pass->word.len;
	folded = xmalloc(nfolded + 1);
	memcpy(folded, pass->word.data, nfolded + 1);
	rc = tokenizer_spell(pass, start, end, folded, nfolded);
	if (rc == SQLITE_OK && pass->spelling.len > 0)
		rc = pass->emit(pass->ctx, FTS5_TOKEN_COLOCATED,
		    pass->spelling.data, (int)pass->spelling.len, start, end);
	xfree_wiped(folded);
	return rc;
}

/* @text (@n bytes) with each byte that is not part of well-formed UTF-8
 * made a blank, or NULL when it is well-formed.  unicode61 reads broken
 * sequences loosely and would give words that do not read back alike. */
static char *
tokenizer_clean(const char *text, int n)
{
	char *clean = NULL;
	size_t len;

	for (int i = 0; i < n; i += len > 0 ? (int)len : 1) {
		len = utf8_sequence(text + i, (size_t)(n - i));
		if (len > 0)
			continue;
		if (clean == NULL) {
			clean = xmalloc((size_t)n + 1);
			memcpy(clean, text, (size_t)n);
			clean[n] = '\0';
		}
		clean[i] = ' ';
	}
	return clean;
}

/* fts5_tokenizer.xTokenize */
static int
tokenizer_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text,
    int n, int (*emit)(void *, int, const char *, int, int, int))
{
	char *clean = tokenizer_clean(text, n);
	struct tokenizer_pass pass = {
		.t = (struct tokenizer *)tok,
		.ctx = ctx,
		.emit = emit,
		.text = clean != NULL ? clean : text,
		.query = (flags & FTS5_TOKENIZE_QUERY) != 0,
	};
	int rc;

	rc = pass.t->base.xTokenize(pass.t->word, &pass, flags, pass.text, n,
	    tokenizer_on_word);
	tokenizer_buf_free(&pass.word);
	tokenizer_buf_free(&pass.spelled);
	tokenizer_buf_free(&pass.spelling);
	xfree_wiped(clean);
	return rc;
}

/* fts5_tokenizer.xDelete */
static void
tokenizer_delete(Fts5Tokenizer *tok)
{
	struct tokenizer *t = (struct tokenizer *)tok;

	if (t == NULL)
		return;
	if (t->word != NULL)
		t->base.xDelete(t->word);
	if (t->spell != NULL)
		t->base.xDelete(t->spell);
	free(t);
}

/* fts5_tokenizer.xCreate; @api is the fts5_api.  Arguments are refused:
 * the rules are the tokenizer. */
static int
tokenizer_create(void *api, const char **args, int nargs, Fts5Tokenizer **out)
{
	static const char *u61_args[] = { "remove_diacritics", "2" };
	fts5_api *fts = api;
	struct tokenizer *t;
	void *u61;
	int rc;

	(void)args;
	*out = NULL;
	if (nargs != 0)
		return SQLITE_ERROR;
	t = xcalloc(1, sizeof *t);
	rc = fts->xFindTokenizer(fts, "unicode61", &u61, &t->base);
	if (rc == SQLITE_OK)
		rc = t->base.xCreate(u61, u61_args, 2, &t->word);
	if (rc == SQLITE_OK)
		rc = t->base.xCreate(u61, u61_args, 2, &t->spell);
	if (rc != SQLITE_OK) {
		tokenizer_delete((Fts5Tokenizer *)t);
		return rc;
	}
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

/* The FTS5 API of @db, or NULL. */
static fts5_api *
tokenizer_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *stmt;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) !=
	    SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return api;
}

int
tokenizer_register(sqlite3 *db)
{
	fts5_api *api = tokenizer_api(db);
	fts5_tokenizer methods = {
		.xCreate = tokenizer_create,
		.xDelete = tokenizer_delete,
		.xTokenize = tokenizer_tokenize,
	};

	if (api == NULL)
		return SQLITE_ERROR;
	return api->xCreateTokenizer(api, TOKENIZER_NAME, api, &methods, NULL);
}

struct tokenizer *
tokenizer_open(sqlite3 *db)
{
	fts5_api *api = tokenizer_api(db);
	Fts5Tokenizer *t = NULL;

	if (api == NULL || tokenizer_create(api, NULL, 0, &t) != SQLITE_OK)
		return NULL;
	return (struct tokenizer *)t;
}

void
tokenizer_free(struct tokenizer *t)
{
	tokenizer_delete((Fts5Tokenizer *)t);
}

int
tokenizer_cut(struct tokenizer *t, const char *text, size_t len, bool query,
    tokenizer_word_fn each, void *ctx)
{
	struct tokenizer_cut_ctx c = { .each = each, .ctx = ctx };
	int rc;

	if (len > INT_MAX)
		len = INT_MAX;
	rc = tokenizer_tokenize((Fts5Tokenizer *)t, &c,
	    query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT, text, (int)len,
	    tokenizer_cut_word);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}
