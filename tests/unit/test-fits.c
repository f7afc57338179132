/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of util/fits: a name is copied whole or not at all, a shown
 * text is cut on a whole character, a number's buffer holds any value.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "util/fits.h"

static void
test_copy_whole_or_nothing(void **state)
{
	char buf[4] = "xyz";

	(void)state;
	assert_true(fits_copy(buf, sizeof buf, "abc"));
	assert_string_equal(buf, "abc");
	assert_false(fits_copy(buf, sizeof buf, "abcd"));
	assert_string_equal(buf, "");
	assert_true(fits_copy(buf, sizeof buf, NULL));
	assert_string_equal(buf, "");
	assert_false(fits_copy(buf, 0, "a"));
}

static void
test_format_fits(void **state)
{
	char buf[16];

	(void)state;
	assert_ptr_equal(fits_format(buf, sizeof buf, "%s %d", "Frage", 12),
	    buf);
	assert_string_equal(buf, "Frage 12");
}

static void
test_format_cut_on_character(void **state)
{
	char buf[6];

	(void)state;
	/* ASCII is cut at the byte. */
	assert_string_equal(fits_format(buf, sizeof buf, "%s", "abcdefg"),
	    "abcde");
	/* "abcdé": the é's second byte has no room; the é goes. */
	assert_string_equal(fits_format(buf, sizeof buf, "%s", "abcd\xc3\xa9"),
	    "abcd");
	/* "abc" and a whole é fit exactly. */
	assert_string_equal(fits_format(buf, sizeof buf, "%s", "abc\xc3\xa9x"),
	    "abc\xc3\xa9");
	/* "ab€": one byte of the euro sign's three would be left, then two. */
	assert_string_equal(fits_format(buf, sizeof buf, "%s",
	    "abcd\xe2\x82\xac"), "abcd");
	assert_string_equal(fits_format(buf, sizeof buf, "%s",
	    "abc\xe2\x82\xac"), "abc");
	assert_string_equal(fits_format(buf, sizeof buf, "%s",
	    "ab\xe2\x82\xac!"), "ab\xe2\x82\xac");
	/* Four-byte characters only: nothing whole fits after the first. */
	assert_string_equal(fits_format(buf, sizeof buf, "%s",
	    "\xf0\x9f\x98\x80\xf0\x9f\x98\x80"), "\xf0\x9f\x98\x80");
}

static void
test_decimal_room(void **state)
{
	char buf[FITS_DECIMAL(long long)];

	(void)state;
	assert_true(FITS_DECIMAL(int) >= sizeof "-2147483648");
	assert_true(FITS_DECIMAL(unsigned long) >=
	    sizeof "18446744073709551615");
	assert_int_equal(snprintf(buf, sizeof buf, "%lld", (long long)INT64_MIN),
	    (int)strlen("-9223372036854775808"));
	assert_true(FITS_DECIMAL(int8_t) >= sizeof "-128");
	assert_true(FITS_DECIMAL(short) >= sizeof "-32768");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copy_whole_or_nothing),
		cmocka_unit_test(test_format_fits),
		cmocka_unit_test(test_format_cut_on_character),
		cmocka_unit_test(test_decimal_room),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
