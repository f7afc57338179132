/*
 * Fuzz target: the search folding of src/core/fold.h.
 *
 * For any bytes a visitor could type (or a catalog label could hold):
 *  - fold_index_text() gives valid UTF-8 with no ß, no invisible format
 *    characters and no leading or trailing blank;
 *  - fold_query() gives NULL or at most FOLD_QUERY_MAX_TERMS quoted prefix
 *    terms of word bytes, AND-ed, each at most FOLD_QUERY_MAX_TERM bytes,
 *    which FTS5 (same tokenizer as the catalog) accepts without an error.
 * Built with -DFOLD_STRICT (target fuzz-fold-strict) it also checks what
 * fold.h promises beyond safety, where two program bugs are known (see
 * README.md): white space runs collapsed (no doubled blank), and that
 * typing a text finds it once indexed: fold_query(x) MATCHes
 * fold_index_text(x) whenever the latter holds a searchable token.
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fold.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sqlite3 *db;
static sqlite3_stmt *match, *insert, *clear, *vocab;

/* Stop with a report: libFuzzer saves the input. */
static void
fail(const char *what, const char *text, const char *folded)
{
	fprintf(stderr, "fuzz-fold: %s\n  input:  \"%s\"\n  folded: \"%s\"\n",
	    what, text, folded != NULL ? folded : "(null)");
	abort();
}

/* Whether @s is valid UTF-8 (no overlong forms, no surrogates). */
static bool
valid_utf8(const unsigned char *s)
{
	while (*s != '\0') {
		uint32_t c;
		int len;

		if (s[0] < 0x80) {
			s++;
			continue;
		}
		if ((s[0] & 0xe0) == 0xc0)
			len = 2, c = s[0] & 0x1f;
		else if ((s[0] & 0xf0) == 0xe0)
			len = 3, c = s[0] & 0x0f;
		else if ((s[0] & 0xf8) == 0xf0)
			len = 4, c = s[0] & 0x07;
		else
			return false;
		for (int i = 1; i < len; i++) {
			if ((s[i] & 0xc0) != 0x80)
				return false;
			c = (c << 6) | (s[i] & 0x3f);
		}
		if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) ||
		    (len == 4 && (c < 0x10000 || c > 0x10ffff)) ||
		    (c >= 0xd800 && c <= 0xdfff))
			return false;
		s += len;
	}
	return true;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(label, body, "
	    "tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2 3')",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1,
	    &match, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO t (label, body) VALUES (?1, '')",
	    -1, &insert, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "DELETE FROM t", -1, &clear, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM v", -1, &vocab, NULL) !=
	    SQLITE_OK ||
	    sqlite3_exec(db, "INSERT INTO t VALUES ('Bäcker/Bäckerin Baecker', "
	    "'pain'), ('ADEM – placement en apprentissage', 'apprenti'), "
	    "('électricien', 'Straße strasse')", NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "fuzz-fold: %s\n", sqlite3_errmsg(db));
		abort();
	}
	return 0;
}

/* Check the index side. */
static void
check_index(const char *text, const char *idx)
{
	size_t n = strlen(idx);

	if (!valid_utf8((const unsigned char *)idx))
		fail("index text is not valid UTF-8", text, idx);
	if (n > 0 && (idx[0] == ' ' || idx[n - 1] == ' '))
		fail("index text starts or ends with a blank", text, idx);
#ifdef FOLD_STRICT
	if (strstr(idx, "  ") != NULL)
		fail("index text has doubled blanks", text, idx);
#endif
	if (strstr(idx, "\xc3\x9f") != NULL || strstr(idx, "\xe1\xba\x9e") != NULL)
		fail("index text still has sharp s", text, idx);
	if (strstr(idx, "\xc2\xad") != NULL || strstr(idx, "\xe2\x80\x8b") != NULL ||
	    strstr(idx, "\xef\xbb\xbf") != NULL)
		fail("index text still has a format character", text, idx);
}

/* Check the shape of a query: "w"* AND "w"* ... */
static void
check_query_shape(const char *text, const char *q)
{
	const char *p = q;
	int terms = 0;

	if (!valid_utf8((const unsigned char *)q))
		fail("query is not valid UTF-8", text, q);
	for (;;) {
		size_t len = 0;

		if (*p++ != '"')
			fail("term does not open with a quote", text, q);
		while (p[len] != '\0' && p[len] != '"') {
			unsigned char c = (unsigned char)p[len];

			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || c >= 0x80))
				fail("term holds a non-word byte", text, q);
			len++;
		}
		if (len == 0 || len > FOLD_QUERY_MAX_TERM)
			fail("term empty or too long", text, q);
		p += len;
		if (p[0] != '"' || p[1] != '*')
			fail("term is not a quoted prefix", text, q);
		p += 2;
		terms++;
		if (*p == '\0')
			break;
		if (strncmp(p, " AND ", 5) != 0)
			fail("terms not joined by AND", text, q);
		p += 5;
	}
	if (terms > FOLD_QUERY_MAX_TERMS)
		fail("too many terms", text, q);
}

/* Run @q against the table; the count, or abort on an FTS5 error. */
static int
run_match(const char *text, const char *q)
{
	int rc, n = -1;

	sqlite3_bind_text(match, 1, q, -1, SQLITE_STATIC);
	rc = sqlite3_step(match);
	if (rc == SQLITE_ROW)
		n = sqlite3_column_int(match, 0);
	else
		fail(sqlite3_errmsg(db), text, q);
	sqlite3_reset(match);
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *idx, *q;

	memcpy(text, data, size);
	text[size] = '\0';      /* the functions take C strings */
	idx = fold_index_text(text);
	if (idx == NULL)
		fail("fold_index_text returned NULL", text, NULL);
	check_index(text, idx);
	q = fold_query(text);
	if (q != NULL) {
		check_query_shape(text, q);
#ifdef FOLD_STRICT
		int tokens;

		sqlite3_step(clear);
		sqlite3_reset(clear);
		sqlite3_bind_text(insert, 1, idx, -1, SQLITE_STATIC);
		sqlite3_step(insert);
		sqlite3_reset(insert);
		sqlite3_step(vocab);
		tokens = sqlite3_column_int(vocab, 0);
		sqlite3_reset(vocab);
		/* A text with no searchable token at all need not be found. */
		if (tokens > 0 && run_match(text, q) != 1)
			fail("typing a text does not find it once indexed", text, q);
#else
		run_match(text, q);
#endif
	}
	free(q);
	free(idx);
	free(text);
	return 0;
}
