/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Dates and decimal numbers written by a language's conventions, with the
 * patterns and month names as data/languages.csv gives them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "skip.h"

#include "core/convention.h"

static void
check_date(const char *pattern, const char *months, int y, int m, int d,
    const char *want)
{
	char *got = convention_date(pattern, months, y, m, d);

	assert_string_equal(got, want);
	free(got);
}

static void
test_dates(void **state)
{
	(void)state;
	check_date("%d de %B de %Y", "janeiro fevereiro março abril maio junho "
	    "julho agosto setembro outubro novembro dezembro", 2027, 1, 2,
	    "2 de janeiro de 2027");
	check_date("%d. %B %Y", "Januar Februar März April Mai Juni Juli "
	    "August September Oktober November Dezember", 2027, 3, 2,
	    "2. März 2027");
	check_date("%d %B %Y", "a b c d e f g h i j k décembre", 2026, 12, 31,
	    "31 décembre 2026");
	/* French writes the first day of a month "1er". */
	check_date("%d %B %Y|1er %B %Y", "janvier b c d e f g h i j k l", 2027,
	    1, 1, "1er janvier 2027");
	check_date("%d %B %Y|1er %B %Y", "janvier b c d e f g h i j k l", 2027,
	    1, 2, "2 janvier 2027");
	check_date("%Y %% %B", "a b c d e f g h i j k l", 2027, 12, 5,
	    "2027 % l");
	/* Bad data gives the ISO form, never a crash. */
	check_date("%d %B %Y", "only three names", 2027, 5, 2, "2027-05-02");
	check_date("%d %B %Y", "a b c d e f g h i j k l", 2027, 13, 2,
	    "2027-13-02");
	check_date(NULL, NULL, 2027, 1, 2, "2027-01-02");
}

static void
test_numbers(void **state)
{
	char *s;

	(void)state;
	s = convention_number(4.75, 1, ",");
	assert_string_equal(s, "4,8");
	free(s);
	s = convention_number(4.8, 1, ".");
	assert_string_equal(s, "4.8");
	free(s);
	s = convention_number(7, 0, ",");
	assert_string_equal(s, "7");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_numbers),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
