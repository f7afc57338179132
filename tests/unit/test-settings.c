/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the settings for several sites: [state] url and
 * [site] name are read, a bad site name is refused with its line; the
 * counsellor's idle countdown is its own setting.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"
#include "util/settings.h"

/* Write @text to a new scratch file; its path (static). */
static const char *
settings_file(const char *text)
{
	static char dir[64], path[128];
	int fd;
	FILE *f;

	/* One folder for the run, removed at exit (scratch.h). */
	if (dir[0] == '\0')
		assert_int_equal(scratch_dir(dir, sizeof dir, "settings"), 0);
	snprintf(path, sizeof path, "%s/settings-XXXXXX", dir);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Load @text; the result, with the settings in @c and the line in @line. */
static enum settings_result
load(const char *text, struct settings *c, int *line)
{
	const char *path = settings_file(text);
	enum settings_result r;

	settings_defaults(c);
	*line = 0;
	r = settings_load(path, c, line);
	unlink(path);
	return r;
}

static void
test_state_url_and_site(void **state)
{
	struct settings c;
	int line;

	(void)state;
	assert_int_equal(load("[data]\nstate = /var/lib/orientation/state.db\n"
	    "[state]\nurl = postgresql://kiosk@db.example/orientation"
	    "?sslmode=verify-full\n[site]\nname = esch-belval\n", &c, &line),
	    SETTINGS_OK);
	assert_string_equal(c.state, "/var/lib/orientation/state.db");
	assert_string_equal(c.state_url, "postgresql://kiosk@db.example/"
	    "orientation?sslmode=verify-full");
	assert_string_equal(c.site, "esch-belval");
	settings_free(&c);

	assert_int_equal(load("[kiosk]\nenabled = true\n", &c, &line),
	    SETTINGS_OK);
	assert_null(c.state_url);
	assert_null(c.site);
	settings_free(&c);
}

static void
test_bad_site_names(void **state)
{
	static const char *const bad[] = {
		"Esch", "esch belval", "esch/belval",
		"a-name-that-is-longer-than-32-bytes",
	};
	struct settings c;
	int line;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char text[128];

		snprintf(text, sizeof text, "[kiosk]\nenabled = true\n[site]\n"
		    "name = %s\n", bad[i]);
		assert_int_equal(load(text, &c, &line), SETTINGS_BAD_VALUE);
		assert_int_equal(line, 4);
		settings_free(&c);
	}
	assert_int_equal(load("[site]\nplace = esch\n", &c, &line),
	    SETTINGS_UNKNOWN_KEY);
	settings_free(&c);
}

/* The counsellor's countdown is its own: the kiosk's does not set it. */
static void
test_counselor_warning(void **state)
{
	struct settings c;
	int line;

	(void)state;
	assert_int_equal(load("[kiosk]\nwarning_seconds = 5\n", &c, &line),
	    SETTINGS_OK);
	assert_int_equal(c.warning_seconds, 5);
	assert_int_equal(c.counselor_warning_seconds,
	    SETTINGS_COUNSELOR_WARNING_SECONDS);
	settings_free(&c);
	assert_int_equal(load("[counselor]\nwarning_seconds = 90\n", &c,
	    &line), SETTINGS_OK);
	assert_int_equal(c.counselor_warning_seconds, 90);
	assert_int_equal(c.warning_seconds, SETTINGS_WARNING_SECONDS);
	settings_free(&c);
	assert_int_equal(load("[counselor]\nwarning_seconds = 0\n", &c,
	    &line), SETTINGS_BAD_VALUE);
	assert_int_equal(line, 2);
	settings_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_url_and_site),
		cmocka_unit_test(test_bad_site_names),
		cmocka_unit_test(test_counselor_warning),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
