/*
 * Search over the built catalog: folding of accents, ß and German umlaut
 * spellings, prefixes, every language finding its own words, exact labels
 * first, grouping by kind, and inputs that must never break the query.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "store/catalog.h"
#include "store/search.h"

static struct catalog *cat;

/* Whether a hit of @kind has a label containing @needle. */
static bool
found(const char *typed, const char *lang, enum search_kind kind,
    const char *needle)
{
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 50, &hits);
	bool yes = false;

	for (size_t i = 0; i < n; i++)
		if (hits[i].kind == kind && strstr(hits[i].label, needle) != NULL)
			yes = true;
	search_hits_free(hits, n);
	return yes;
}

static void
test_diacritics_do_not_matter(void **state)
{
	(void)state;
	assert_true(found("electricien", "fr", SEARCH_OCCUPATION, "électricien"));
	assert_true(found("ÉLECTRICIEN", "fr", SEARCH_OCCUPATION, "électricien"));
	assert_true(found("backer", "de", SEARCH_OCCUPATION, "Bäcker"));
	assert_true(found("bäcker", "de", SEARCH_OCCUPATION, "Bäcker"));
}

static void
test_german_spellings_fold_both_ways(void **state)
{
	(void)state;
	assert_true(found("baecker", "de", SEARCH_OCCUPATION, "Bäcker"));
	assert_true(found("strasse", "de", SEARCH_OCCUPATION, "Straße"));
	assert_true(found("straße", "de", SEARCH_OCCUPATION, "Straße"));
	assert_true(found("STRASSE", "de", SEARCH_OCCUPATION, "Straße"));
	assert_true(found("schueler", "de", SEARCH_SERVICE, ""));
	assert_true(found("schüler", "de", SEARCH_SERVICE, ""));
}

static void
test_prefixes(void **state)
{
	(void)state;
	assert_true(found("verpleeg", "nl", SEARCH_OCCUPATION, "verpleegkundige"));
	assert_true(found("apprent", "fr", SEARCH_SERVICE, "apprentissage"));
	assert_true(found("b", "de", SEARCH_OCCUPATION, ""));
}

static void
test_each_language_finds_its_words(void **state)
{
	(void)state;
	assert_true(found("nurse", "en", SEARCH_OCCUPATION, "nurse"));
	assert_true(found("infirmier", "fr", SEARCH_OCCUPATION, "infirmier"));
	assert_true(found("Krankenpfleger", "de", SEARCH_OCCUPATION, "Kranken"));
	assert_true(found("verpleegkundige", "nl", SEARCH_OCCUPATION, "verpleeg"));
	assert_true(found("Berufsberatung", "de", SEARCH_SERVICE, "ADEM"));
	assert_true(found("beroepsoriëntatie", "nl", SEARCH_SERVICE, "ADEM"));
}

static void
test_ui_language_first_then_others(void **state)
{
	struct search_hit *hits;
	size_t n;
	bool other_seen = false;

	(void)state;
	n = search_run(cat, "boulang", "fr", 50, &hits);
	assert_true(n > 0);
	assert_string_equal(hits[0].lang, "fr");
	/* Within a kind, no French hit follows another language's, except an
	 * exact label, which leads. */
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && hits[i].kind != hits[i - 1].kind)
			other_seen = false;
		if (strcmp(hits[i].lang, "fr") != 0)
			other_seen = true;
		else
			assert_false(other_seen);
	}
	search_hits_free(hits, n);
}

static void
test_grouped_by_kind_and_exact_first(void **state)
{
	struct search_hit *hits;
	size_t n;

	(void)state;
	n = search_run(cat, "Bäcker", "de", 50, &hits);
	assert_true(n > 0);
	for (size_t i = 1; i < n; i++)
		assert_true(hits[i].kind >= hits[i - 1].kind);
	/* The occupation called exactly "Bäcker/Bäckerin" comes first. */
	for (size_t i = 0; i < n; i++) {
		if (hits[i].kind == SEARCH_OCCUPATION) {
			assert_string_equal(hits[i].label, "Bäcker/Bäckerin");
			break;
		}
	}
	search_hits_free(hits, n);
}

static void
test_nasty_input_never_fails(void **state)
{
	static const char *const nasty[] = {
		"\"", "\"\"", "*", "-", ":", "(", ")", "()", "a:b", "NEAR", "NEAR(a b)",
		"AND", "OR", "NOT", "a OR b", "^", "\"nurse", "nurse\"*", "{x}", "'",
		"😀", "😀 nurse", "\xff\xfe", "%", "_", "\\", "a-b", "col:nurse", "",
		"   ", "ÿ", "ß", "ẞ",
	};
	char longin[5000];
	struct search_hit *hits;
	size_t n;

	(void)state;
	for (size_t i = 0; i < sizeof nasty / sizeof nasty[0]; i++) {
		n = search_run(cat, nasty[i], "en", 10, &hits);
		search_hits_free(hits, n);
	}
	memset(longin, 'a', sizeof longin - 1);
	longin[sizeof longin - 1] = '\0';
	n = search_run(cat, longin, "en", 10, &hits);
	assert_int_equal(n, 0);
	search_hits_free(hits, n);
	assert_true(found("\"nurse", "en", SEARCH_OCCUPATION, "nurse"));
	assert_true(found("nurse*", "en", SEARCH_OCCUPATION, "nurse"));
	assert_true(found("(nurse)", "en", SEARCH_OCCUPATION, "nurse"));
}

static int
setup(void **state)
{
	const char *path = getenv("ORIENTATION_CATALOG");

	(void)state;
	return catalog_open(path != NULL ? path : "data/catalog.db", &cat) ==
	    ORIENTATION_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	catalog_free(cat);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diacritics_do_not_matter),
		cmocka_unit_test(test_german_spellings_fold_both_ways),
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_each_language_finds_its_words),
		cmocka_unit_test(test_ui_language_first_then_others),
		cmocka_unit_test(test_grouped_by_kind_and_exact_first),
		cmocka_unit_test(test_nasty_input_never_fails),
	};

	return skip_status(cmocka_run_group_tests(tests, setup, teardown));
}
