/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Search over the built catalog: folding of accents, ß and German umlaut
 * spellings, prefixes, every language finding its own words, grouping by
 * kind, the ranking (checked against a brute-force ranking of every
 * match), one line per occupation, service keywords, and inputs that must
 * never break the query.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "skip.h"

#include "store/catalog.h"
#include "store/search.h"
#include "store/tokenizer.h"

static struct catalog *cat;
static sqlite3 *db;              /* the same file, for the brute force */
static struct tokenizer *tok;

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
	rows_free(hits);
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
	rows_free(hits);
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
	rows_free(hits);
}

/* Whether service @id is among the hits for @typed in @lang. */
static bool
finds_service(const char *typed, const char *lang, const char *id)
{
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 30, &hits);
	bool yes = false;

	for (size_t i = 0; i < n; i++)
		if (hits[i].kind == SEARCH_SERVICE && strcmp(hits[i].ref, id) == 0)
			yes = true;
	rows_free(hits);
	return yes;
}

static void
test_service_keywords(void **state)
{
	(void)state;
	assert_true(finds_service("conseil orientation", "fr", "mo-counters"));
	assert_true(finds_service("Lehrstelle", "de", "adem-apprenticeship"));
	assert_true(finds_service("apprentissage", "fr", "adem-apprenticeship"));
	assert_true(finds_service("diploma recognition", "en", "mo-vae"));
	/* keywords of another language are found too */
	assert_true(finds_service("Lehrstelle", "fr", "adem-apprenticeship"));
}

/* The first service @typed finds in @lang, or "" (static buffer). */
static const char *
first_service(const char *typed, const char *lang)
{
	static char ref[48];
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 30, &hits);

	ref[0] = '\0';
	for (size_t i = 0; i < n && ref[0] == '\0'; i++)
		if (hits[i].kind == SEARCH_SERVICE)
			snprintf(ref, sizeof ref, "%s", hits[i].ref);
	rows_free(hits);
	return ref;
}

/* A service named with every word typed comes before services whose
 * description or keywords hold them (the shorter names of the latter
 * came first). */
static void
test_name_before_keywords(void **state)
{
	(void)state;
	assert_string_equal(first_service("orientation professionnelle", "fr"),
	    "adem-orientation");
}

/* --- the brute force: every match of the words, ranked in the test --- */

struct words {
	char w[SEARCH_MAX_WORDS][SEARCH_MAX_WORD + 1];
	int n;
};

/* tokenizer_cut: the typed words, cut as the search cuts them. */
static bool
typed_word(void *ctx, const char *word, size_t len, bool synonym)
{
	struct words *w = ctx;

	(void)synonym;
	if (len > SEARCH_MAX_WORD) {
		len = SEARCH_MAX_WORD;
		while (len > 0 && ((unsigned char)word[len] & 0xc0) == 0x80)
			len--;
	}
	memcpy(w->w[w->n], word, len);
	w->w[w->n][len] = '\0';
	return ++w->n < SEARCH_MAX_WORDS;
}

/* What one indexed text holds for the words typed. */
struct fit {
	const struct words *typed;
	int pos;                        /* of the word being cut */
	bool start_whole, start_prefix; /* first typed word at position 0 */
	bool whole[SEARCH_MAX_WORDS];   /* typed word i is a whole word here */
};

/* tokenizer_cut of a label or body: note what matches what. */
static bool
indexed_word(void *ctx, const char *word, size_t len, bool synonym)
{
	struct fit *f = ctx;

	if (!synonym)
		f->pos++;
	for (int i = 0; i < f->typed->n; i++) {
		size_t n = strlen(f->typed->w[i]);
		bool prefix = len >= n && memcmp(word, f->typed->w[i], n) == 0;

		if (prefix && len == n)
			f->whole[i] = true;
		if (i == 0 && f->pos == 1 && prefix) {
			f->start_prefix = true;
			f->start_whole |= len == n;
		}
	}
	return true;
}

struct ranked {
	char ref[48];
	int tier;
	bool preferred;
	long length;
	char *label;
};

static int
ranked_cmp(const void *pa, const void *pb)
{
	const struct ranked *a = pa, *b = pb;
	int c;

	if (a->tier != b->tier)
		return a->tier - b->tier;
	if (a->preferred != b->preferred)
		return a->preferred ? -1 : 1;
	if (a->length != b->length)
		return a->length < b->length ? -1 : 1;
	if ((c = strcmp(a->label, b->label)) != 0)
		return c;
	return strcmp(a->ref, b->ref);
}

/*
 * The occupations in @lang that @typed finds, ranked the way search.h
 * promises from every match: tier (start with the first word and whole
 * words; start; whole words in the label; whole words; the rest),
 * preferred first, shorter first,
 * then by label; each occupation once, at its best label.  Fills at most
 * @k refs; @return how many.
 */
static size_t
brute_force(const char *typed, const char *lang, size_t k, char (*refs)[48])
{
	struct words w = { .n = 0 };
	struct ranked *all = NULL;
	size_t n = 0, cap = 0, out = 0;
	char query[1024] = "";
	sqlite3_stmt *stmt;

	assert_int_equal(tokenizer_cut(tok, typed, strlen(typed), true,
	    typed_word, &w), SQLITE_OK);
	assert_true(w.n > 0);
	for (int i = 0; i < w.n; i++)
		snprintf(query + strlen(query), sizeof query - strlen(query),
		    "%s\"%s\"*", i > 0 ? " AND " : "", w.w[i]);
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT s.ref, s.label, s.body, s.body = '' AND s.label = t.label, "
	    "length(s.label) FROM search s JOIN occupation_text t "
	    "ON t.occupation_id = CAST(s.ref AS INTEGER) AND t.lang = s.lang "
	    "WHERE search MATCH ?1 AND s.kind = 'occupation' AND s.lang = ?2",
	    -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, lang, -1, SQLITE_STATIC);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(stmt, 1);
		const char *body = (const char *)sqlite3_column_text(stmt, 2);
		struct fit f = { .typed = &w };
		struct fit b = { .typed = &w };
		bool all_whole = true, label_whole = true;
		struct ranked *r;

		tokenizer_cut(tok, label, strlen(label), false, indexed_word, &f);
		tokenizer_cut(tok, body, strlen(body), false, indexed_word, &b);
		for (int i = 0; i < w.n; i++) {
			all_whole &= f.whole[i] || b.whole[i];
			label_whole &= f.whole[i];
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			all = realloc(all, cap * sizeof *all);
		}
		r = &all[n++];
		snprintf(r->ref, sizeof r->ref, "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
		r->tier = f.start_whole && all_whole ? 0 : f.start_prefix ? 1 :
		    label_whole ? 2 : all_whole ? 3 : 4;
		r->preferred = sqlite3_column_int(stmt, 3) != 0;
		r->length = sqlite3_column_int64(stmt, 4);
		r->label = strdup(label);
	}
	sqlite3_finalize(stmt);
	qsort(all, n, sizeof *all, ranked_cmp);
	for (size_t i = 0; i < n; i++) {
		bool dup = false;

		for (size_t j = 0; j < out; j++)
			dup |= strcmp(refs[j], all[i].ref) == 0;
		if (!dup && out < k)
			snprintf(refs[out++], 48, "%s", all[i].ref);
		free(all[i].label);
	}
	free(all);
	return out;
}

/* Assert that the search ranks the occupations of @typed in @lang as the
 * brute force does. */
static void
assert_ranked_like_brute_force(const char *typed, const char *lang)
{
	char want[30][48];
	size_t nwant = brute_force(typed, lang, 30, want), got = 0;
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 30, &hits);

	assert_true(nwant > 0);
	for (size_t i = 0; i < n && got < nwant; i++) {
		if (hits[i].kind != SEARCH_OCCUPATION)
			continue;
		if (strcmp(hits[i].ref, want[got]) != 0)
			fail_msg("\"%s\" (%s): occupation %zu is %s \"%s\", the brute "
			    "force says %s", typed, lang, got, hits[i].ref,
			    hits[i].label, want[got]);
		got++;
	}
	assert_int_equal(got, nwant);
	rows_free(hits);
}

static void
test_every_match_is_ranked(void **state)
{
	(void)state;
	/* broad prefixes (thousands of matches), whole words, two words,
	 * German spellings */
	assert_ranked_like_brute_force("a", "en");
	assert_ranked_like_brute_force("techn", "fr");
	assert_ranked_like_brute_force("bakker", "nl");
	assert_ranked_like_brute_force("verpleeg", "nl");
	assert_ranked_like_brute_force("conseil orientation", "fr");
	assert_ranked_like_brute_force("baeck", "de");
	assert_ranked_like_brute_force("strasse", "de");
	assert_ranked_like_brute_force("nurse", "en");
	assert_ranked_like_brute_force("software dev", "en");
}

/* Whether @label (folded by the tokenizer) starts with the word @w. */
static bool
starts_with(const char *label, const char *w)
{
	struct words first = { .n = 0 };

	tokenizer_cut(tok, label, strlen(label), true, typed_word, &first);
	return first.n > 0 && strncmp(first.w[0], w, strlen(w)) == 0;
}

static void
test_label_start_before_inside(void **state)
{
	struct search_hit *hits;
	size_t n;
	bool inside = false;
	int starts = 0;

	(void)state;
	/* "directeur technique" used to come before any "technicien" */
	n = search_run(cat, "techn", "fr", 30, &hits);
	for (size_t i = 0; i < n; i++) {
		if (hits[i].kind != SEARCH_OCCUPATION)
			continue;
		if (starts_with(hits[i].label, "techn")) {
			assert_false(inside);
			starts++;
		} else {
			inside = true;
		}
	}
	assert_true(starts > 0);
	rows_free(hits);
}

static void
test_preferred_before_alternative(void **state)
{
	struct search_hit *hits;
	size_t n;

	(void)state;
	/* "plumber" is one occupation's preferred label and another's
	 * alternative one: the preferred comes first, the alternative shows
	 * its occupation's preferred label */
	n = search_run(cat, "plumber", "en", 30, &hits);
	assert_true(n >= 2);
	assert_int_equal(hits[0].kind, SEARCH_OCCUPATION);
	assert_string_equal(hits[0].label, "plumber");
	assert_null(hits[0].preferred);
	assert_string_equal(hits[1].label, "plumber");
	assert_non_null(hits[1].preferred);
	assert_string_not_equal(hits[0].ref, hits[1].ref);
	rows_free(hits);
}

/* A label that matched in another language shows the occupation's name
 * along the visitor's fallback chain: Luxembourgish has no occupation
 * names, so German (lb de fr), never the Dutch of the label that
 * matched ("ecologe" once showed "– bioloog" to a Luxembourgish
 * visitor); and the name says its language. */
/* Search @query as a visitor in @visitor: at least one hit of @kind
 * matched in @matched, and every such hit shows a preferred name in
 * @preferred_lang. */
static void
assert_preferred_in(const char *query, const char *visitor,
    enum search_kind kind, const char *matched, const char *preferred_lang)
{
	struct search_hit *hits;
	size_t n = search_run(cat, query, visitor, 30, &hits);
	bool seen = false;

	for (size_t i = 0; i < n; i++) {
		if (hits[i].kind != kind || strcmp(hits[i].lang, matched) != 0)
			continue;
		seen = true;
		assert_non_null(hits[i].preferred);
		assert_string_equal(hits[i].preferred_lang, preferred_lang);
	}
	assert_true(seen);
	rows_free(hits);
}

static void
test_preferred_along_chain(void **state)
{
	struct search_hit *hits;
	size_t n;

	(void)state;
	assert_preferred_in("ecologe", "lb", SEARCH_OCCUPATION, "nl", "de");
	/* In the visitor's own language, the name carries that language. */
	n = search_run(cat, "ecologe", "de", 30, &hits);
	assert_true(n > 0);
	assert_non_null(hits[0].preferred);
	assert_string_equal(hits[0].preferred_lang, "de");
	rows_free(hits);
}

/* An ISCO group found by its name in another language shows its name in
 * the visitor's too: "Ingénieurs écologistes" (French) to a German
 * visitor goes with "Umweltschutzingenieure", as an occupation does. */
static void
test_isco_name_in_visitor_language(void **state)
{
	struct search_hit *hits;
	size_t n;

	(void)state;
	assert_preferred_in("ingénieurs écologistes", "de", SEARCH_ISCO, "fr",
	    "de");
	/* Its name in the visitor's own language needs nothing beside. */
	n = search_run(cat, "Umweltschutzingenieure", "de", 30, &hits);
	for (size_t i = 0; i < n; i++)
		if (hits[i].kind == SEARCH_ISCO)
			assert_null(hits[i].preferred);
	rows_free(hits);
}

static void
test_whole_word_before_prefix(void **state)
{
	struct search_hit *hits;
	size_t n;
	bool longer = false;

	(void)state;
	n = search_run(cat, "bakker", "nl", 30, &hits);
	for (size_t i = 0; i < n; i++) {
		struct words w = { .n = 0 };

		if (hits[i].kind != SEARCH_OCCUPATION || strcmp(hits[i].lang, "nl"))
			continue;
		tokenizer_cut(tok, hits[i].label, strlen(hits[i].label), true,
		    typed_word, &w);
		if (strcmp(w.w[0], "bakker") == 0)
			assert_false(longer);
		else if (strncmp(w.w[0], "bakker", 6) == 0)
			longer = true;
	}
	assert_true(longer);
	rows_free(hits);
}

/* Assert that no occupation is shown twice and no two hits read alike. */
static void
assert_one_line_each(const char *typed, const char *lang)
{
	struct search_hit *hits;
	size_t n = search_run(cat, typed, lang, 30, &hits);

	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < i; j++) {
			const struct search_hit *a = &hits[i], *b = &hits[j];

			if (a->kind != b->kind)
				continue;
			assert_string_not_equal(a->ref, b->ref);
			if (strcmp(a->lang, b->lang) == 0 &&
			    strcmp(a->label, b->label) == 0)
				assert_false(strcmp(a->preferred ? a->preferred : "",
				    b->preferred ? b->preferred : "") == 0 &&
				    strcmp(a->detail ? a->detail : "",
				    b->detail ? b->detail : "") == 0);
		}
	}
	rows_free(hits);
}

static void
test_one_line_per_occupation(void **state)
{
	struct search_hit *hits;
	size_t n;

	(void)state;
	assert_one_line_each("directeur verpleeghuis", "nl");
	assert_one_line_each("plumber", "en");
	assert_one_line_each("conseiller d'orientation", "fr");
	assert_one_line_each("verkäufer", "de");
	assert_one_line_each("a", "en");
	assert_one_line_each("straßen", "de");
	/* the two occupations labelled "directeur verpleeghuis" are told
	 * apart by their preferred labels */
	n = search_run(cat, "directeur verpleeghuis", "nl", 30, &hits);
	assert_true(n >= 2);
	assert_string_equal(hits[0].label, hits[1].label);
	assert_non_null(hits[0].preferred);
	assert_non_null(hits[1].preferred);
	assert_string_not_equal(hits[0].preferred, hits[1].preferred);
	rows_free(hits);
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
		rows_free(hits);
	}
	memset(longin, 'a', sizeof longin - 1);
	longin[sizeof longin - 1] = '\0';
	n = search_run(cat, longin, "en", 10, &hits);
	assert_int_equal(n, 0);
	rows_free(hits);
	assert_true(found("\"nurse", "en", SEARCH_OCCUPATION, "nurse"));
	assert_true(found("nurse*", "en", SEARCH_OCCUPATION, "nurse"));
	assert_true(found("(nurse)", "en", SEARCH_OCCUPATION, "nurse"));
}

static int
setup(void **state)
{
	const char *path = getenv("ORIENTATION_CATALOG");

	(void)state;
	if (path == NULL)
		path = "data/catalog.db";
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    tokenizer_register(db) != SQLITE_OK ||
	    (tok = tokenizer_open(db)) == NULL)
		return -1;
	return catalog_open(path, &cat) == ORIENTATION_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	catalog_free(cat);
	tokenizer_free(tok);
	sqlite3_close(db);
	return 0;
}

/* The "How it works in Luxembourg" guides are found by their titles and
 * their text, in every language. */
static void
test_guides_are_found(void **state)
{
	(void)state;
	assert_true(found("VAE", "fr", SEARCH_GUIDE, "validation"));
	assert_true(found("reconnaissance", "fr", SEARCH_GUIDE, "reconnaissance"));
	assert_true(found("Lehre Schritt", "de", SEARCH_GUIDE, "Lehre"));
	assert_true(found("Meisterbrief", "de", SEARCH_GUIDE, "Meisterbrief"));
	assert_true(found("apprenticeship", "en", SEARCH_GUIDE, "Apprenticeship"));
	assert_true(found("MyGuichet", "nl", SEARCH_GUIDE, "ADEM"));
	assert_true(found("studeren", "nl", SEARCH_GUIDE, "Studeren"));
	assert_false(found("astronomer", "en", SEARCH_GUIDE, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_guides_are_found),
		cmocka_unit_test(test_diacritics_do_not_matter),
		cmocka_unit_test(test_german_spellings_fold_both_ways),
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_each_language_finds_its_words),
		cmocka_unit_test(test_ui_language_first_then_others),
		cmocka_unit_test(test_grouped_by_kind_and_exact_first),
		cmocka_unit_test(test_service_keywords),
		cmocka_unit_test(test_every_match_is_ranked),
		cmocka_unit_test(test_label_start_before_inside),
		cmocka_unit_test(test_name_before_keywords),
		cmocka_unit_test(test_preferred_before_alternative),
		cmocka_unit_test(test_whole_word_before_prefix),
		cmocka_unit_test(test_preferred_along_chain),
		cmocka_unit_test(test_isco_name_in_visitor_language),
		cmocka_unit_test(test_one_line_per_occupation),
		cmocka_unit_test(test_nasty_input_never_fails),
	};

	return skip_status(cmocka_run_group_tests(tests, setup, teardown));
}
