/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of util/utf8: which sequences are well-formed and what they
 * encode, which characters count as control characters wherever text is
 * written out, and how many characters and columns a text takes.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util/utf8.h"

static void
test_sequence(void **state)
{
	(void)state;
	assert_int_equal(utf8_sequence("a", 1), 1);
	assert_int_equal(utf8_sequence("é", 2), 2);
	assert_int_equal(utf8_sequence("€", 3), 3);
	assert_int_equal(utf8_sequence("😀", 4), 4);
	assert_int_equal(utf8_sequence("é", 1), 0);              /* cut */
	assert_int_equal(utf8_sequence("\xc0\xaf", 2), 0);       /* overlong */
	assert_int_equal(utf8_sequence("\xed\xa0\x80", 3), 0);   /* surrogate */
	assert_int_equal(utf8_sequence("\xf4\x90\x80\x80", 4), 0); /* > U+10FFFF */
	assert_int_equal(utf8_sequence("\x80", 1), 0);
	assert_int_equal(utf8_sequence("a", 0), 0);
}

static void
test_is_control(void **state)
{
	(void)state;
	assert_true(utf8_is_control(0x00));
	assert_true(utf8_is_control(0x1b));
	assert_true(utf8_is_control(0x1f));
	assert_false(utf8_is_control(0x20));
	assert_false(utf8_is_control(0x7e));
	assert_true(utf8_is_control(0x7f));
	assert_true(utf8_is_control(0x85));   /* NEL */
	assert_true(utf8_is_control(0x9b));   /* CSI */
	assert_true(utf8_is_control(0x9f));
	assert_false(utf8_is_control(0xa0));  /* no-break space: a space */
	assert_false(utf8_is_control(0xe9));
	assert_false(utf8_is_control(0x20ac));
}

static void
test_control_lengths(void **state)
{
	static const struct {
		const char *s;
		size_t n, want;
	} cases[] = {
		{ "\x1b[31m", 5, 1 },
		{ "\t", 1, 1 },
		{ "\n", 1, 1 },
		{ "\x7f", 1, 1 },
		{ "\xc2\x80", 2, 2 },
		{ "\xc2\x9b" "2J", 4, 2 },
		{ "\xc2\x9f", 2, 2 },
		{ "\xc2\xa0", 2, 0 },      /* no-break space */
		{ "\xc2\x9b", 1, 0 },      /* cut after the first byte */
		{ "\xc2\x7f", 2, 0 },      /* not UTF-8, not C1 */
		{ "\xc3\xa9", 2, 0 },      /* é */
		{ "\xc3\x9f", 2, 0 },      /* ß: same second byte as a C1 */
		{ "a", 1, 0 },
		{ " ", 1, 0 },
		{ "\x1b", 0, 0 },          /* nothing to look at */
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t got = utf8_control(cases[i].s, cases[i].n);

		if (got != cases[i].want)
			fail_msg("case %zu: %zu, want %zu", i, got, cases[i].want);
	}
}

/* What utf8_write_clean writes of @len bytes of @s; free() it. */
static char *
written(const char *s, size_t len, char with)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	assert_non_null(f);
	assert_int_not_equal(utf8_write_clean(f, s, len, with), EOF);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void
test_write_clean(void **state)
{
	const char s[] = "a\x1b[1m\xc2\x9b" "b\xc3\x9f\xc2\xa0\x7f";
	char *got;

	(void)state;
	got = written(s, sizeof s - 1, '?');
	assert_string_equal(got, "a?[1m?b\xc3\x9f\xc2\xa0?");
	free(got);
	got = written(s, 3, ' ');    /* only the bytes asked for */
	assert_string_equal(got, "a [");
	free(got);
	got = written("", 0, ' ');
	assert_string_equal(got, "");
	free(got);
}

static void
test_decode(void **state)
{
	uint32_t c = 7;

	(void)state;
	assert_int_equal(utf8_decode("ß", 2, &c), 2);
	assert_int_equal(c, 0xdf);
	assert_int_equal(utf8_decode("😀", 4, &c), 4);
	assert_int_equal(c, 0x1f600);
	assert_int_equal(utf8_decode("A", 1, &c), 1);
	assert_int_equal(c, 'A');
	c = 7;
	assert_int_equal(utf8_decode("\xc0\xaf", 2, &c), 0);
	assert_int_equal(c, 7);    /* left alone */
}

static void
test_length(void **state)
{
	(void)state;
	assert_int_equal(utf8_length("é€😀", strlen("é€😀")), 3);
	assert_int_equal(utf8_length("\xff" "a\xc3", 3), 3);
	assert_int_equal(utf8_length("abc", 2), 2);
	assert_int_equal(utf8_length("", 0), 0);
}

static void
test_width(void **state)
{
	const char *wide = "日本";
	const char *combining = "e\xcc\x81";

	(void)state;
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	assert_int_equal(utf8_width("Straße", strlen("Straße")), 6);
	assert_int_equal(utf8_width(wide, strlen(wide)), 4);
	assert_int_equal(utf8_width(combining, strlen(combining)), 1);
	assert_int_equal(utf8_width("\x1b[1m", 4), 4);     /* written as '?[1m' */
	assert_int_equal(utf8_width("\xc2\x9b" "a", 3), 2);
	assert_int_equal(utf8_width("\xff" "a", 2), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sequence),
		cmocka_unit_test(test_is_control),
		cmocka_unit_test(test_control_lengths),
		cmocka_unit_test(test_write_clean),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_width),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
