/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search tokenizer (src/store/tokenizer.h) in an in-memory database:
 * the words it cuts, the German spellings, and, over every input of the
 * fuzz corpus (the directory given as the argument), that indexed text
 * and query are cut alike and a query finds its text once indexed.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "skip.h"

#include "store/tokenizer.h"
#include "tokenizer-check.h"

static const char *corpus;
static sqlite3 *db;
static struct tokenizer *tok;

/* tokenizer_cut: append "word" or "=synonym" and a blank to @ctx. */
static bool
append(void *ctx, const char *word, size_t len, bool synonym)
{
	char *out = ctx;
	size_t n = strlen(out);

	snprintf(out + n, 512 - n, "%s%.*s ", synonym ? "=" : "", (int)len, word);
	return true;
}

/* Assert that @text cut as indexed text (or as a query) reads @want. */
static void
assert_cut(const char *text, bool query, const char *want)
{
	char got[512] = "";

	assert_int_equal(tokenizer_cut(tok, text, strlen(text), query, append,
	    got), SQLITE_OK);
	assert_string_equal(got, want);
}

static void
test_case_and_accents_fold(void **state)
{
	(void)state;
	assert_cut("Électricien/ÉLECTRICIENNE", false,
	    "electricien electricienne ");
	assert_cut("Café crème", true, "cafe creme ");
	/* a combining accent is dropped inside the word */
	assert_cut("cafe\xcc\x81s", true, "cafes ");
}

static void
test_sharp_s_is_ss(void **state)
{
	(void)state;
	assert_cut("Straße", false, "strasse ");
	assert_cut("STRASSE", true, "strasse ");
	assert_cut("straße", true, "strasse ");
	assert_cut("\xe1\xba\x9e", true, "ss ");   /* capital sharp s */
}

static void
test_umlauts_get_their_e_spelling(void **state)
{
	(void)state;
	/* indexed: both spellings at one place */
	assert_cut("Bäcker/Bäckerin", false,
	    "backer =baecker backerin =baeckerin ");
	assert_cut("Ölmühle", false, "olmuhle =oelmuehle ");
	assert_cut("Bu\xcc\x88ro", false, "buro =buero ");   /* u + U+0308 */
	/* typed: one word, as written */
	assert_cut("Bäcker", true, "backer ");
	assert_cut("baecker", true, "baecker ");
	/* no umlaut, no second spelling */
	assert_cut("électricien", false, "electricien ");
}

static void
test_punctuation_and_operators_split(void **state)
{
	(void)state;
	assert_cut("ADEM – placement \"en\" (apprentissage)*", true,
	    "adem placement en apprentissage ");
	assert_cut("a:b NEAR(c d) -e", true, "a b near c d e ");
	assert_cut("😀 nurse «x» €", true, "nurse x ");
	assert_cut("", true, "");
	assert_cut("\xff\xfe", true, "");
}

/* tokenizer_cut: count words, stop after the first. */
static bool
first_only(void *ctx, const char *word, size_t len, bool synonym)
{
	(void)word;
	(void)len;
	(void)synonym;
	++*(int *)ctx;
	return false;
}

static void
test_the_callback_can_stop(void **state)
{
	int words = 0;

	(void)state;
	assert_int_equal(tokenizer_cut(tok, "a b c", 5, true, first_only,
	    &words), SQLITE_OK);
	assert_int_equal(words, 1);
}

/* Read the file @path whole. */
static char *
slurp(const char *path)
{
	char *text = capture_file(path, NULL);

	assert_non_null(text);
	return text;
}

static void
test_index_and_query_cut_alike_on_the_corpus(void **state)
{
	struct tokenizer_check *c = tokenizer_check_open();
	DIR *dir = opendir(corpus);
	struct dirent *e;
	int files = 0;

	(void)state;
	assert_non_null(c);
	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL) {
		char path[4096];
		char *text;
		const char *broke;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", corpus, e->d_name);
		text = slurp(path);
		if ((broke = tokenizer_check_text(c, text)) != NULL)
			fail_msg("%s: %s", e->d_name, broke);
		free(text);
		files++;
	}
	closedir(dir);
	tokenizer_check_free(c);
	assert_true(files >= 50);
}

static int
setup(void **state)
{
	(void)state;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    tokenizer_register(db) != SQLITE_OK)
		return -1;
	tok = tokenizer_open(db);
	return tok != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	tokenizer_free(tok);
	sqlite3_close(db);
	return 0;
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_accents_fold),
		cmocka_unit_test(test_sharp_s_is_ss),
		cmocka_unit_test(test_umlauts_get_their_e_spelling),
		cmocka_unit_test(test_punctuation_and_operators_split),
		cmocka_unit_test(test_the_callback_can_stop),
		cmocka_unit_test(test_index_and_query_cut_alike_on_the_corpus),
	};

	if (argc != 2) {
		fprintf(stderr, "usage: test-tokenizer CORPUS-DIRECTORY\n");
		return 2;
	}
	corpus = argv[1];
	return skip_status(cmocka_run_group_tests(tests, setup, teardown));
}
