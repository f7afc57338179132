/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The form of a phone number, an e-mail address and a web address
 * (core/contact.h): values that pass and values that do not, each listed
 * with the rule it tests.  That every contact of the bundled catalogue
 * passes is checked on the built catalogue by test-upkeep-validation.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "skip.h"

#include "core/contact.h"

/* Expect @ok to pass every value of @good and to refuse every value of
 * @bad (each list ends with NULL), and NULL. */
static void
check_kind(bool (*ok)(const char *), const char *const *good,
    const char *const *bad)
{
	for (size_t i = 0; good[i] != NULL; i++)
		if (!ok(good[i]))
			fail_msg("\"%s\" should pass", good[i]);
	for (size_t i = 0; bad[i] != NULL; i++)
		if (ok(bad[i]))
			fail_msg("\"%s\" should be refused", bad[i]);
	assert_false(ok(NULL));
}

static void
test_phone(void **state)
{
	static const char *const good[] = {
		"366 466-1",            /* in the bundled catalogue */
		"247-75100", "123456", "12345678", "+352 247-75100",
		"+352247751000", "(+352) 26 12 34", "26/12 34-56",
		"+49 (0)651 123 456", "123456789012345",
		NULL,
	};
	static const char *const bad[] = {
		"abc", "12345",         /* fewer than six digits */
		"1234567890123456",     /* more than fifteen */
		"12 34", "+", "++352 123456", "352+123456", "123 456 ext 7",
		"123.456.789", "tel:123456", "123456\n", "12\t3456", "#123456",
		"12 34 5x 67", "-", "+ 352 123456", "123456+", "",
		NULL,
	};

	(void)state;
	check_kind(contact_phone_ok, good, bad);
}

static void
test_email(void **state)
{
	static const char *const good[] = {
		"info@iha.lu",          /* in the bundled catalogue */
		"info@example.lu", "first.last+tag@mail.example.lu",
		"a@b.c", "contact@maison-orientation.public.lu",
		"jérôme@élysée.fr", "o'neil@example.com", "x_y-z@a-b.lu",
		NULL,
	};
	static const char *const bad[] = {
		"abc", "info", "@example.lu", "info@", "info@lu",
		"info@@example.lu", "in fo@example.lu", "info@exa mple.lu",
		"info@example.lu ", " info@example.lu", "a@b@example.lu",
		"info@example..lu", "info@.example.lu", "info@example.lu.",
		"info@-example.lu", "info@example-.lu", "info@exa_mple.lu",
		"<info@example.lu>", "info,x@example.lu", "\"a b\"@example.lu",
		"info@example.lu:25", "info\t@example.lu", "in\x7f" "fo@example.lu",
		"in\xc2\x85" "fo@example.lu", "info\xc2\xa0@example.lu",
		"mailto:info@example.lu", "",
		NULL,
	};

	(void)state;
	check_kind(contact_email_ok, good, bad);
}

static void
test_web(void **state)
{
	static const char *const good[] = {
		"winwin.lu",            /* the bundled catalogue's form */
		"lifelong-learning.lu", "maison-orientation.public.lu",
		"http://example.lu", "https://example.lu",
		"HTTPS://Example.LU/", "https://www.example.lu/fr/page.html",
		"https://example.lu:8443/a?b=c&d=e#top", "example.lu/path",
		"https://guichet.public.lu/fr/citoyens.html", "https://münchen.de",
		"http://192.168.1.1", "example.lu?x", "example.lu#x",
		NULL,
	};
	static const char *const bad[] = {
		"abc", "localhost", "http://", "https://", "http://localhost",
		"ftp://example.lu", "javascript:alert(1)", "mailto:a@example.lu",
		"http:/example.lu", "http//example.lu", "https://exa mple.lu",
		"https://example.lu/a b", "https://example.lu ", " example.lu",
		"https://example..lu", "https://.example.lu", "https://example.lu.",
		"https://-example.lu", "https://example-.lu",
		"https://user@example.lu", "https://example.lu:", "https://example.lu:x",
		"https://example.lu:123456", "https://exa_mple.lu",
		"https://example.lu/\x01", "https://example.lu/\xc2\x9b",
		"https://example.lu\xc2\xa0/x", "www.example.lu\n", "",
		NULL,
	};

	(void)state;
	check_kind(contact_web_ok, good, bad);
}

/* A host name of 63-byte labels: one more byte in a label, or a name
 * longer than 253 bytes, is refused. */
static void
test_web_lengths(void **state)
{
	char host[300];
	size_t n = 0;

	(void)state;
	for (int label = 0; label < 3; label++) {
		for (int i = 0; i < 63; i++)
			host[n++] = 'a';
		host[n++] = '.';
	}
	host[n++] = 'l';
	host[n++] = 'u';
	host[n] = '\0';
	assert_true(contact_web_ok(host));          /* 194 bytes */
	host[63] = 'a';                             /* a label of 127 */
	assert_false(contact_web_ok(host));
	host[63] = '.';
	host[n - 2] = '\0';                         /* ends in a dot */
	assert_false(contact_web_ok(host));
	for (int i = 0; i < 60; i++)                /* 254 bytes */
		host[n - 2 + (size_t)i] = i % 30 == 29 ? '.' : 'b';
	host[n - 2 + 60] = '\0';
	assert_false(contact_web_ok(host));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_web),
		cmocka_unit_test(test_web_lengths),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
