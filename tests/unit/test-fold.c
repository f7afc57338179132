/*
 * Unit tests of search folding: index text and safe query building.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "core/fold.h"

/* Assert fold_index_text(@in) == @want. */
static void
check_index(const char *in, const char *want)
{
	char *got = fold_index_text(in);

	assert_string_equal(got, want);
	free(got);
}

/* Assert fold_query(@in) == @want (NULL for no words). */
static void
check_query(const char *in, const char *want)
{
	char *got = fold_query(in);

	if (want == NULL) {
		assert_null(got);
	} else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
	free(got);
}

static void
test_index_sharp_s_and_umlauts(void **state)
{
	(void)state;
	check_index("Straße", "Strasse");
	check_index("Bäcker/Bäckerin", "Bäcker/Bäckerin Baecker/Baeckerin");
	check_index("Schüler", "Schüler Schueler");
	check_index("GROẞE Öfen", "GROSSE Öfen GROSSE Oefen");
	check_index("électricien", "électricien");
	check_index("verpleegkundige", "verpleegkundige");
}

static void
test_index_whitespace_and_format_chars(void **state)
{
	(void)state;
	check_index("wiredrawing  machine\ttender", "wiredrawing machine tender");
	check_index("  leading", "leading");
	check_index("ont\xc2\xadvanger", "ontvanger");       /* soft hyphen */
	check_index("\xe2\x80\x8bzero width", "zero width"); /* U+200B */
	check_index("no\xc2\xa0" "break", "no break");       /* U+00A0 */
	check_index("bad \xff\xfe bytes", "bad bytes");
	check_index("", "");
	/* One blank between the two forms, whatever surrounds the text. */
	check_index(" Bäcker ", "Bäcker Baecker");
}

static void
test_query_plain(void **state)
{
	(void)state;
	check_query("apprent", "\"apprent\"*");
	check_query("baecker", "\"baecker\"*");
	check_query("Straße", "\"Strasse\"*");
	check_query("verpleeg kundige", "\"verpleeg\"* AND \"kundige\"*");
	check_query("électricien", "\"électricien\"*");
}

static void
test_query_nasty(void **state)
{
	char longin[400];

	(void)state;
	check_query("", NULL);
	check_query("   ", NULL);
	check_query("\"\"\"", NULL);
	check_query("*", NULL);
	check_query("-:()", NULL);
	check_query("a\"b", "\"a\"* AND \"b\"*");
	check_query("NEAR(a b)", "\"NEAR\"* AND \"a\"* AND \"b\"*");
	check_query("x AND y OR z", "\"x\"* AND \"AND\"* AND \"y\"* AND \"OR\"* AND \"z\"*");
	check_query("label:nurse", "\"label\"* AND \"nurse\"*");
	check_query("^start", "\"start\"*");
	/* Punctuation and symbols outside ASCII are not words either. */
	check_query("ADEM – placement", "\"ADEM\"* AND \"placement\"*");
	check_query("apprentissage «", "\"apprentissage\"*");
	check_query("Bäcker €", "\"Bäcker\"*");
	check_query("😀", NULL);
	check_query("😀 nurse", "\"nurse\"*");
	check_query("日本語", "\"日本語\"*");
	/* Too many words: only the first eight are kept. */
	check_query("a b c d e f g h i j",
	    "\"a\"* AND \"b\"* AND \"c\"* AND \"d\"* AND \"e\"* AND \"f\"* AND "
	    "\"g\"* AND \"h\"*");
	/* A very long word is cut at a character boundary. */
	memset(longin, 'x', sizeof longin - 1);
	longin[sizeof longin - 1] = '\0';
	{
		char *q = fold_query(longin);

		assert_non_null(q);
		assert_int_equal(strlen(q), FOLD_QUERY_MAX_TERM + 3);
		free(q);
	}
	for (size_t i = 0; i + 2 < sizeof longin; i += 2) {
		longin[i] = (char)0xc3;
		longin[i + 1] = (char)0xa9; /* é */
	}
	{
		char *q = fold_query(longin);

		assert_non_null(q);
		assert_int_equal((strlen(q) - 3) % 2, 0);
		free(q);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_index_sharp_s_and_umlauts),
		cmocka_unit_test(test_index_whitespace_and_format_chars),
		cmocka_unit_test(test_query_plain),
		cmocka_unit_test(test_query_nasty),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
