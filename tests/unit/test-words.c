/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The words shared by the screens, speech and the line mode (text/):
 * a profile as sentences with its bars as percentages, a service's known
 * contact details in order, the hand-off code's line and expiry, each in
 * English and in a translation from the built catalogs.
 *
 *   test-words
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "core/riasec.h"
#include "store/catalog.h"
#include "store/service.h"
#include "text/handoff-words.h"
#include "text/profile-words.h"
#include "text/service-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define ITEMS 30

static const char *const names_en[RIASEC_COUNT] = { "Realistic", "Investigative",
	"Artistic", "Social", "Enterprising", "Conventional" };

/* The six type texts with the English names; free with
 * catalog_type_texts_free(). */
static void
names_fill(struct catalog_type_text names[RIASEC_COUNT])
{
	for (int t = 0; t < RIASEC_COUNT; t++) {
		names[t].name = xstrdup(names_en[t]);
		names[t].enjoys = xstrdup("enjoys things");
		names[t].fields = xstrdup("some fields");
	}
}

/* A short form with Social strongly liked, Realistic liked, the rest
 * disliked; @skip_c leaves Conventional unanswered. */
static void
profile_make(struct riasec_profile *p, bool skip_c)
{
	enum riasec_type types[ITEMS];
	int answers[ITEMS];

	for (int i = 0; i < ITEMS; i++) {
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
		answers[i] = types[i] == RIASEC_S ? 4 : types[i] == RIASEC_R ? 3 :
		    types[i] == RIASEC_I ? 2 : 0;
		if (skip_c && types[i] == RIASEC_C)
			answers[i] = RIASEC_ANSWER_NONE;
	}
	riasec_score(types, answers, ITEMS, p);
}

/* Whether one of the @n @lines is exactly @want. */
static bool
has_line(char **lines, size_t n, const char *want)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(lines[i], want) == 0)
			return true;
	return false;
}

static void
test_share_in_words(void **state)
{
	struct riasec_profile p;
	char *s;

	(void)state;
	profile_make(&p, true);
	i18n_set_language("en");
	s = profile_words_share(&p, "Social", RIASEC_S);
	assert_string_equal(s, "Social, 100 percent");
	free(s);
	s = profile_words_share(&p, "Realistic", RIASEC_R);
	assert_string_equal(s, "Realistic, 75 percent");
	free(s);
	s = profile_words_share(&p, "Conventional", RIASEC_C);
	assert_string_equal(s, "Conventional: not enough answers");
	free(s);
	i18n_set_language("nl");
	s = profile_words_share(&p, "Sociaal", RIASEC_S);
	assert_string_equal(s, "Sociaal, 100 procent");
	free(s);
	i18n_set_language("fr");
	s = profile_words_share(&p, "Social", RIASEC_S);
	assert_string_equal(s, "Social, 100 pour cent");
	free(s);
}

static void
test_profile_sentences(void **state)
{
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile p;
	char **lines;
	size_t n;

	(void)state;
	names_fill(names);
	profile_make(&p, false);
	i18n_set_language("en");
	lines = profile_words_sentences(&p, names, PROFILE_READER_WALKIN, true,
	    &n);
	assert_true(n >= 1 + RIASEC_COUNT + 1);
	/* The code first, its letters apart for speech, names by commas. */
	assert_string_equal(lines[0], "Your interest code: S R I (Social, "
	    "Realistic, Investigative)");
	/* Then each bar, in hexagon order. */
	assert_string_equal(lines[1], "Realistic, 75 percent");
	assert_string_equal(lines[4], "Social, 100 percent");
	assert_string_equal(lines[6], "Conventional, 0 percent");
	assert_true(has_line(lines, n, "1. Social: enjoys things"));
	assert_true(has_line(lines, n, "For example: some fields"));
	assert_string_equal(lines[n - 1],
	    profile_words_reminder(PROFILE_READER_WALKIN));
	for (size_t i = 0; i < n; i++)
		assert_null(strstr(lines[i], "·"));
	xfree_strings(lines, n);

	/* The line mode writes the code's letters together. */
	lines = profile_words_sentences(&p, names, PROFILE_READER_WALKIN, false,
	    &n);
	assert_string_equal(lines[0], "Your interest code: SRI (Social, "
	    "Realistic, Investigative)");
	xfree_strings(lines, n);
	/* The screen's line is the line mode's. */
	lines = malloc(sizeof *lines);
	assert_non_null(lines);
	lines[0] = profile_words_code_line(&p, names, PROFILE_READER_WALKIN);
	assert_string_equal(lines[0], "Your interest code: SRI (Social, "
	    "Realistic, Investigative)");
	xfree_strings(lines, 1);

	/* A counsellor reads of the walk-in: no sentence speaks to the
	 * reader, none sends them to a counsellor, and the catalogue's
	 * "enjoys" (worded to the walk-in) is left out. */
	lines = profile_words_sentences(&p, names, PROFILE_READER_COUNSELOR,
	    false, &n);
	assert_string_equal(lines[0], "Interest code: SRI (Social, Realistic, "
	    "Investigative)");
	assert_true(has_line(lines, n, "1. Social"));
	assert_true(has_line(lines, n, "For example: some fields"));
	for (size_t i = 0; i < n; i++) {
		assert_null(strstr(lines[i], "Your"));
		assert_null(strstr(lines[i], "you"));
		assert_null(strstr(lines[i], "counsellor"));
		assert_null(strstr(lines[i], "enjoys things"));
	}
	assert_string_equal(lines[n - 1],
	    profile_words_reminder(PROFILE_READER_COUNSELOR));
	xfree_strings(lines, n);
	catalog_type_texts_free(names);
}

static void
test_short_code_said(void **state)
{
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile p;
	enum riasec_type types[ITEMS];
	int answers[ITEMS];
	char **lines;
	size_t n;

	(void)state;
	names_fill(names);
	/* Only Social answered: a one-letter code. */
	for (int i = 0; i < ITEMS; i++) {
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
		answers[i] = types[i] == RIASEC_S ? 4 : RIASEC_ANSWER_NONE;
	}
	riasec_score(types, answers, ITEMS, &p);
	i18n_set_language("en");
	assert_non_null(profile_words_short_code(&p));
	lines = profile_words_sentences(&p, names, PROFILE_READER_WALKIN, true,
	    &n);
	assert_true(has_line(lines, n, profile_words_short_code(&p)));
	assert_true(has_line(lines, n, "Realistic: not enough answers"));
	xfree_strings(lines, n);
	catalog_type_texts_free(names);
	profile_make(&p, false);
	assert_null(profile_words_short_code(&p));
}

static void
test_contacts_known_only(void **state)
{
	struct service_detail d = { .address = (char *)"",
	    .web = (char *)"https://www.example.lu", .email = (char *)"",
	    .phone = (char *)"+352 000" };
	struct service_words_field f[SERVICE_WORDS_CONTACTS];
	char *line;

	(void)state;
	i18n_set_language("en");
	assert_int_equal(service_words_contacts(&d, f), 2);
	assert_string_equal(f[0].label, "Web");
	assert_string_equal(f[0].value, "https://www.example.lu");
	assert_string_equal(f[1].label, "Phone");
	line = service_words_field(f[1].label, f[1].value);
	assert_string_equal(line, "Phone: +352 000");
	free(line);
	d.web = (char *)"";
	d.phone = (char *)"";
	assert_int_equal(service_words_contacts(&d, f), 0);
	assert_string_equal(service_words_no_contact(false),
	    "No contact details are confirmed yet: ask at the desk.");
	/* The desk itself is not sent to the desk. */
	assert_null(strstr(service_words_no_contact(true), "desk"));
	assert_null(strstr(service_words_out_of_date(true), "desk"));
	assert_non_null(strstr(service_words_out_of_date(false), "desk"));
	i18n_set_language("de");
	d.address = (char *)"1, rue X";
	assert_int_equal(service_words_contacts(&d, f), 1);
	assert_string_equal(f[0].label, "Adresse");
}

static void
test_handoff_words(void **state)
{
	char *s;

	(void)state;
	i18n_set_language("en");
	s = handoff_words_line("ABCD-EFGH", "2 January 2027");
	assert_string_equal(s, "Code: ABCD-EFGH, valid until 2 January 2027");
	free(s);
	s = handoff_words_valid_until("2 January 2027");
	assert_string_equal(s, "Valid until 2 January 2027.");
	free(s);
	i18n_set_language("pt");
	s = handoff_words_valid_until("2 de janeiro de 2027");
	assert_string_equal(s, "Válido até 2 de janeiro de 2027.");
	free(s);
	assert_string_not_equal(handoff_words_intro(),
	    "Your code for the counsellor:");
}

/*
 * Two tied types in Luxembourgish: "an" drops its n before a consonant
 * other than d, h, n, t or z (the Eifel rule), and every type name
 * starts with one, so the pair reads "Wëssenschaftlech a Sozial".
 */
static void
test_ties_lb(void **state)
{
	static const char *const names_lb[RIASEC_COUNT] = {
		"Praktesch-technesch", "Wëssenschaftlech", "Kënschtleresch",
		"Sozial", "Féierend-iwwerzeegend", "Konventionell" };
	struct catalog_type_text names[RIASEC_COUNT];
	enum riasec_type types[ITEMS];
	int answers[ITEMS];
	struct riasec_profile p;
	char *s;

	(void)state;
	for (int t = 0; t < RIASEC_COUNT; t++)
		names[t] = (struct catalog_type_text){ .name = (char *)names_lb[t] };
	for (int i = 0; i < ITEMS; i++) {
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
		answers[i] = types[i] == RIASEC_I || types[i] == RIASEC_S ? 4 :
		    types[i] == RIASEC_C ? 3 : 0;
	}
	riasec_score(types, answers, ITEMS, &p);
	i18n_set_language("lb");
	s = profile_words_ties(&p, names);
	assert_non_null(s);
	assert_string_equal(s, "Wëssenschaftlech a Sozial si gläich.");
	free(s);
	i18n_set_language("en");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_share_in_words),
		cmocka_unit_test(test_profile_sentences),
		cmocka_unit_test(test_short_code_said),
		cmocka_unit_test(test_contacts_known_only),
		cmocka_unit_test(test_handoff_words),
		cmocka_unit_test(test_ties_lb),
	};

	if (i18n_init(LOCALEDIR) != 0)
		return 1;
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
