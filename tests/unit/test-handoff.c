/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of hand-off codes: encoding, alphabet, normalisation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "core/handoff.h"

static void
test_encode(void **state)
{
	uint8_t zero[5] = { 0 }, ones[5] = { 0xff, 0xff, 0xff, 0xff, 0xff };
	uint8_t some[5] = { 0x12, 0x34, 0x56, 0x78, 0x9a };
	char code[HANDOFF_CODE_LEN + 1];

	(void)state;
	handoff_code_encode(zero, code);
	assert_string_equal(code, "00000000");
	handoff_code_encode(ones, code);
	assert_string_equal(code, "ZZZZZZZZ");
	/* 0x123456789a = 00010 01000 11010 00101 01100 11110 00100 11010 */
	handoff_code_encode(some, code);
	assert_string_equal(code, "28T5CY4T");
}

static void
test_alphabet_has_no_lookalikes(void **state)
{
	char code[HANDOFF_CODE_LEN + 1];
	uint8_t b[5];

	(void)state;
	for (int v = 0; v < 4096; v++) {
		for (int i = 0; i < 5; i++)
			b[i] = (uint8_t)(v * 37 + i * 101);
		handoff_code_encode(b, code);
		assert_null(strpbrk(code, "ILOU"));
	}
}

static void
test_normalize(void **state)
{
	char out[HANDOFF_CODE_LEN + 1];

	(void)state;
	assert_true(handoff_code_normalize("28T5-CY4T", out));
	assert_string_equal(out, "28T5CY4T");
	assert_true(handoff_code_normalize(" 28t5 cy4t ", out));
	assert_string_equal(out, "28T5CY4T");
	assert_true(handoff_code_normalize("oIlL-0000", out));
	assert_string_equal(out, "01110000");
	assert_false(handoff_code_normalize("28T5CY4", out));     /* short */
	assert_false(handoff_code_normalize("28T5CY4TT", out));   /* long */
	assert_false(handoff_code_normalize("28T5CY4U", out));    /* U */
	assert_false(handoff_code_normalize("28T5CY4!", out));
	assert_false(handoff_code_normalize("", out));
	assert_false(handoff_code_normalize("é2345678", out));
}

static void
test_format(void **state)
{
	char shown[HANDOFF_CODE_SHOWN];

	(void)state;
	memset(shown, 'x', sizeof shown);
	handoff_code_format("28T5CY4T", shown);
	assert_string_equal(shown, "28T5-CY4T");
	assert_int_equal(strlen(shown) + 1, sizeof shown);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encode),
		cmocka_unit_test(test_alphabet_has_no_lookalikes),
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_format),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
