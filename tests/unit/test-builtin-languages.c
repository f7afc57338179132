/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The language list built into the program (src/ui/builtin-languages.h,
 * made from data/languages.csv by catalog-build --languages-c) against
 * the bundled catalog's own (catalog_languages): the same languages in
 * the same order, every field the same, so that the first frame, drawn
 * before the catalog is open, is the frame the catalog would give.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "store/catalog.h"
#include "ui/builtin-languages.h"

static struct catalog *cat;

static void
test_same_list(void **state)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(cat, &langs);

	(void)state;
	assert_int_equal(builtin_language_count, n);
	for (size_t i = 0; i < n; i++) {
		const struct catalog_language *a = &builtin_languages[i],
		    *b = &langs[i];

		assert_string_equal(a->code, b->code);
		assert_string_equal(a->native_name, b->native_name);
		assert_string_equal(a->prompt, b->prompt);
		assert_string_equal(a->plural, b->plural);
		assert_string_equal(a->chain, b->chain);
		assert_string_equal(a->date, b->date);
		assert_string_equal(a->months, b->months);
		assert_string_equal(a->decimal, b->decimal);
	}
}

/* The accents survive the trip through C source. */
static void
test_accents(void **state)
{
	bool lb = false;

	(void)state;
	for (size_t i = 0; i < builtin_language_count; i++)
		if (strcmp(builtin_languages[i].code, "lb") == 0)
			lb = strcmp(builtin_languages[i].native_name,
			    "L\xc3\xabtzebuergesch") == 0;
	assert_true(lb);
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
		cmocka_unit_test(test_same_list),
		cmocka_unit_test(test_accents),
	};

	return cmocka_run_group_tests(tests, setup, teardown) != 0;
}
