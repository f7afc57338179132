/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The speech layer with the record engine: what reaches the engine, rate
 * and volume kept in range, repeat and forget, spelling codes, and the
 * SSML that the espeak engine reads (escaping, one voice per part).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "skip.h"

#include "speech/speech.h"
#include "speech/ssml.h"

struct rec {
	int fds[2];
	char fd_text[16];
	struct speech *sp;
};

/* Open speech on the record engine, writing into a pipe. */
static struct rec *
rec_open(void)
{
	struct rec *r = calloc(1, sizeof *r);
	enum orientation_status status;
	const char *why = NULL;
	struct speech_settings s = { .engine = "record", .rate = 175,
		.volume = 100 };

	assert_int_equal(pipe(r->fds), 0);
	snprintf(r->fd_text, sizeof r->fd_text, "%d", r->fds[1]);
	s.output = r->fd_text;
	r->sp = speech_open(&s, &status, &why);
	assert_non_null(r->sp);
	assert_int_equal(status, ORIENTATION_OK);
	return r;
}

/* Close and return everything the engine wrote (caller frees). */
static char *
rec_close(struct rec *r)
{
	char *out = calloc(1, 65536);
	ssize_t n;

	speech_close(r->sp);
	close(r->fds[1]);
	n = read(r->fds[0], out, 65535);
	assert_true(n >= 0);
	close(r->fds[0]);
	free(r);
	return out;
}

static void
test_say_reaches_engine(void **state)
{
	struct rec *r = rec_open();
	struct speech_part parts[] = {
		{ "fr", "Métier :" }, { "en", "film\tauthor\nx" },
	};
	char *out;

	(void)state;
	speech_say(r->sp, SPEECH_INTERRUPT, "de", "Bäcker/Bäckerin");
	speech_say_parts(r->sp, SPEECH_QUEUE, parts, 2);
	speech_stop(r->sp);
	out = rec_close(r);
	assert_string_equal(out,
	    "rate 175\nvolume 100\n"
	    "say de\tBäcker/Bäckerin\n"
	    "queue fr\tMétier :\ten\tfilm author x\n"
	    "stop\n");
	free(out);
}

static void
test_rate_and_volume_in_range(void **state)
{
	struct rec *r = rec_open();

	(void)state;
	assert_int_equal(speech_change_rate(r->sp, 1), 200);
	assert_int_equal(speech_change_rate(r->sp, 100), SPEECH_RATE_MAX);
	assert_int_equal(speech_change_rate(r->sp, -100), SPEECH_RATE_MIN);
	assert_int_equal(speech_change_volume(r->sp, -1), 90);
	assert_int_equal(speech_change_volume(r->sp, -100), SPEECH_VOLUME_MIN);
	assert_int_equal(speech_change_volume(r->sp, 100), SPEECH_VOLUME_MAX);
	free(rec_close(r));
}

static void
test_repeat_and_forget(void **state)
{
	struct rec *r = rec_open();
	char *out;

	(void)state;
	speech_repeat(r->sp);  /* nothing said yet: nothing repeated */
	speech_say(r->sp, SPEECH_INTERRUPT, "nl", "Kies uw taal");
	speech_repeat(r->sp);
	speech_forget(r->sp);
	speech_repeat(r->sp);  /* forgotten: nothing */
	out = rec_close(r);
	assert_string_equal(out,
	    "rate 175\nvolume 100\n"
	    "say nl\tKies uw taal\nsay nl\tKies uw taal\nstop\n");
	free(out);
}

static void
test_open_refuses_bad_settings(void **state)
{
	enum orientation_status status;
	const char *why = NULL;
	struct speech_settings s = { .engine = "record", .output = "x",
		.rate = 175, .volume = 100 };

	(void)state;
	assert_null(speech_open(&s, &status, &why));
	assert_int_equal(status, ORIENTATION_SPEECH_UNAVAILABLE);
	assert_non_null(why);
	s.engine = "nonsense";
	why = NULL;
	assert_null(speech_open(&s, &status, &why));
	assert_non_null(why);
}

static void
test_spell(void **state)
{
	static const char *const cases[][2] = {
		{ "NY6F-JRWR", "N Y 6 F, J R W R" },
		{ "AB", "A B" },
		{ "-", ", " },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = speech_spell(cases[i][0]);

		assert_string_equal(got, cases[i][1]);
		free(got);
	}
}

static void
test_ssml_escapes_and_tags(void **state)
{
	struct speech_part parts[] = {
		{ "fr", "<voice xml:lang=\"de\">A & B's \"x\"\x01" },
		{ "de-LU", "Bäcker\xc2\x9b" "31m\x7f" },
		{ "x\"><evil", "plain" },
	};
	char *got;

	(void)state;
	got = speech_ssml(parts, 3);
	assert_string_equal(got,
	    "<speak><voice xml:lang=\"fr\">&lt;voice xml:lang=&quot;de&quot;&gt;"
	    "A &amp; B&apos;s &quot;x&quot; </voice>"
	    "<voice xml:lang=\"de-LU\">Bäcker 31m </voice>plain </speak>");
	free(got);
}

static void
test_espeak_module_loads(void **state)
{
	(void)state;
	/* The module is found and its engine named; whether audio opens
	 * depends on the machine's sound devices, so it is not asserted. */
	enum orientation_status status;
	const char *why = NULL;
	struct speech_settings s = { .engine = "espeak", .rate = 175,
		.volume = 100 };
	struct speech *sp = speech_open(&s, &status, &why);

	if (sp == NULL) {
		assert_non_null(why);
		assert_null(strstr(why, "cannot open shared object"));
		assert_null(strstr(why, "undefined symbol"));
	}
	speech_close(sp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_say_reaches_engine),
		cmocka_unit_test(test_rate_and_volume_in_range),
		cmocka_unit_test(test_repeat_and_forget),
		cmocka_unit_test(test_open_refuses_bad_settings),
		cmocka_unit_test(test_spell),
		cmocka_unit_test(test_ssml_escapes_and_tags),
		cmocka_unit_test(test_espeak_module_loads),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
