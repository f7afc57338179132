/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * After a run-time switch to nl, fr and de, a known string differs from
 * the English one; English and unknown languages give the msgid.  This
 * catches a missing .mo file and a "C" locale alike.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "util/i18n.h"

/* The translated languages (every language but English), from the
 * command line: meson passes the codes of data/languages.csv. */
static const char *langs[32];
static size_t nlangs;

static const char *const probes[] = {
	"Main menu", "Help", "Language", "Strongly like",
};

static void
test_switch_each_language(void **state)
{
	(void)state;
	assert_true(nlangs >= 3);
	for (size_t l = 0; l < nlangs; l++) {
		i18n_set_language(langs[l]);
		assert_string_equal(i18n_language(), langs[l]);
		for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
			assert_string_not_equal(_(probes[i]), probes[i]);
	}
}

static void
test_switch_back_and_forth(void **state)
{
	char fr[64];

	(void)state;
	i18n_set_language("fr");
	strcpy(fr, _("Main menu"));
	i18n_set_language("de");
	assert_string_not_equal(_("Main menu"), fr);
	i18n_set_language("fr");
	assert_string_equal(_("Main menu"), fr);
}

/* A language's chain: strings it lacks come from its fallbacks, in
 * order, before the English msgid. */
static void
test_fallback_chain(void **state)
{
	char fr[64];

	(void)state;
	i18n_set_language("fr");
	strcpy(fr, _("Main menu"));
	i18n_add_chain("zz:fr:de");
	i18n_set_language("zz");
	assert_string_equal(i18n_language(), "zz");
	assert_string_equal(_("Main menu"), fr);
	i18n_set_language("xx");
	assert_string_equal(_("Main menu"), "Main menu");
}

static void
test_english_and_unknown(void **state)
{
	(void)state;
	i18n_set_language("en");
	assert_string_equal(_("Main menu"), "Main menu");
	i18n_set_language("xx");
	assert_string_equal(_("Main menu"), "Main menu");
}

static void
test_plural_forms(void **state)
{
	const char *one, *many;

	(void)state;
	for (size_t l = 0; l < nlangs; l++) {
		i18n_set_language(langs[l]);
		one = ngettext("%zu occupation", "%zu occupations", 1);
		many = ngettext("%zu occupation", "%zu occupations", 30);
		assert_string_not_equal(one, many);
		assert_string_not_equal(many, "%zu occupations");
		assert_non_null(strstr(many, "%zu"));
	}
	/* French counts 0 as singular, the others as plural. */
	i18n_set_language("fr");
	assert_string_equal(ngettext("%zu occupation", "%zu occupations", 0),
	    ngettext("%zu occupation", "%zu occupations", 1));
	i18n_set_language("nl");
	assert_string_equal(ngettext("%zu occupation", "%zu occupations", 0),
	    ngettext("%zu occupation", "%zu occupations", 2));
}

/* A message with a context has the translation of its context, and the
 * English msgid where the catalog has none (English, an unknown
 * context). */
static void
test_context(void **state)
{
	(void)state;
	i18n_set_language("lb");
	assert_string_equal(pgettext("interest types", "%s and %s"), "%s a %s");
	assert_string_not_equal(pgettext("skills", "%s and %s"), "%s a %s");
	assert_string_equal(pgettext("no such context", "%s and %s"),
	    "%s and %s");
	for (size_t l = 0; l < nlangs; l++) {
		i18n_set_language(langs[l]);
		assert_string_not_equal(pgettext("skills", "%s and %s"),
		    "%s and %s");
	}
	i18n_set_language("en");
	assert_string_equal(pgettext("skills", "%s and %s"), "%s and %s");
}

/* A language given at the start (--lang) is the one a reset (the wipe
 * after a visit) goes back to, not the environment's; "" changes
 * nothing. */
static void
test_start_language(void **state)
{
	char fr[64];

	(void)state;
	i18n_set_language("fr");
	strcpy(fr, _("Main menu"));
	i18n_start_language("fr");
	assert_string_equal(i18n_language(), "fr");
	i18n_set_language("de");
	i18n_reset_language();
	assert_string_equal(i18n_language(), "fr");
	assert_string_equal(_("Main menu"), fr);
	i18n_set_language("de");
	i18n_start_language("");
	assert_string_equal(i18n_language(), "de");
	i18n_reset_language();
	assert_string_equal(i18n_language(), "fr");
}

static int
setup(void **state)
{
	(void)state;
	return i18n_init(LOCALEDIR);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc && nlangs < sizeof langs / sizeof langs[0];
	    i++)
		if (strcmp(argv[i], "en") != 0)
			langs[nlangs++] = argv[i];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_switch_each_language),
		cmocka_unit_test(test_fallback_chain),
		cmocka_unit_test(test_switch_back_and_forth),
		cmocka_unit_test(test_english_and_unknown),
		cmocka_unit_test(test_plural_forms),
		cmocka_unit_test(test_context),
		cmocka_unit_test(test_start_language),
	};

	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
