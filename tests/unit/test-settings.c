/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the settings for several sites: [state] url and
 * [site] name are read, a bad site name is refused with its line; the
 * counsellor's idle countdown is its own setting; every key the file
 * may hold is read into its own member, its range's ends are taken and
 * one past them refused, and what the file does not set has its default.
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

/* Every key settings.h documents, each set to a value that is not its
 * default, lands in its own member. */
static void
test_every_key(void **state)
{
	struct settings c;
	int line;

	(void)state;
	assert_int_equal(load("[kiosk]\nenabled = yes\nidle_seconds = 91\n"
	    "warning_seconds = 31\nstaff_pin_hash = $argon2id$x\n"
	    "[data]\ncatalog = /c.db\nstate = /s.db\nretention_days = 32\n"
	    "retention_seconds = 315360000\npurge_seconds = 3601\n"
	    "[state]\nurl = postgresql:///o\n[site]\nname = wiltz\n"
	    "[counselor]\nidle_seconds = 601\nwarning_seconds = 33\n"
	    "[backup]\nfolder = /b\nkeep = 8\n[display]\nglyphs = linux\n"
	    "[speech]\nenabled = on\nrate = 176\nvolume = 101\n"
	    "engine = record\noutput = /o.wav\n", &c, &line), SETTINGS_OK);
	assert_true(c.kiosk);
	assert_int_equal(c.idle_seconds, 91);
	assert_int_equal(c.warning_seconds, 31);
	assert_string_equal(c.staff_pin_hash, "$argon2id$x");
	assert_string_equal(c.catalog, "/c.db");
	assert_string_equal(c.state, "/s.db");
	assert_int_equal(c.retention_days, 32);
	assert_int_equal(c.retention_seconds, 315360000L);
	assert_int_equal(settings_retention(&c), 315360000L);
	assert_int_equal(c.purge_seconds, 3601);
	assert_string_equal(c.state_url, "postgresql:///o");
	assert_string_equal(c.site, "wiltz");
	assert_int_equal(c.counselor_idle_seconds, 601);
	assert_int_equal(c.counselor_warning_seconds, 33);
	assert_string_equal(c.backup_folder, "/b");
	assert_int_equal(c.backup_keep, 8);
	assert_int_equal(c.glyphs, SETTINGS_GLYPHS_LINUX);
	assert_true(c.speech);
	assert_int_equal(c.speech_rate, 176);
	assert_int_equal(c.speech_volume, 101);
	assert_string_equal(c.speech_engine, "record");
	assert_string_equal(c.speech_output, "/o.wav");
	settings_free(&c);
}

/* What an empty file leaves: the documented defaults. */
static void
test_defaults(void **state)
{
	struct settings c;
	int line;

	(void)state;
	assert_int_equal(load("", &c, &line), SETTINGS_OK);
	assert_false(c.kiosk);
	assert_int_equal(c.idle_seconds, SETTINGS_IDLE_SECONDS);
	assert_int_equal(c.warning_seconds, SETTINGS_WARNING_SECONDS);
	assert_int_equal(c.retention_days, SETTINGS_RETENTION_DAYS);
	assert_int_equal(c.retention_seconds, 0);
	assert_int_equal(settings_retention(&c),
	    SETTINGS_RETENTION_DAYS * 86400L);
	assert_int_equal(c.purge_seconds, SETTINGS_PURGE_SECONDS);
	assert_int_equal(c.counselor_idle_seconds,
	    SETTINGS_COUNSELOR_IDLE_SECONDS);
	assert_int_equal(c.counselor_warning_seconds,
	    SETTINGS_COUNSELOR_WARNING_SECONDS);
	assert_int_equal(c.backup_keep, SETTINGS_BACKUP_KEEP);
	assert_int_equal(c.glyphs, SETTINGS_GLYPHS_AUTO);
	assert_false(c.speech);
	assert_int_equal(c.speech_rate, SETTINGS_SPEECH_RATE);
	assert_int_equal(c.speech_volume, SETTINGS_SPEECH_VOLUME);
	assert_null(c.staff_pin_hash);
	assert_null(c.catalog);
	assert_null(c.state);
	assert_null(c.speech_engine);
	assert_null(c.speech_output);
	assert_null(c.backup_folder);
	settings_free(&c);
}

/* Each number's range: both ends are taken, one past either end is
 * refused on its line, and so are words where a number, a yes/no or a
 * name from a list goes. */
static void
test_ranges(void **state)
{
	static const struct {
		const char *section, *key;
		long min, max;
	} ranges[] = {
		{ "kiosk", "idle_seconds", 0, 86400 },
		{ "kiosk", "warning_seconds", 1, 600 },
		{ "data", "retention_days", 1, 3650 },
		{ "data", "retention_seconds", 1, 3650L * 86400 },
		{ "data", "purge_seconds", 1, 86400 },
		{ "counselor", "idle_seconds", 0, 86400 },
		{ "counselor", "warning_seconds", 1, 600 },
		{ "backup", "keep", 1, 3650 },
		{ "speech", "rate", 80, 450 },
		{ "speech", "volume", 10, 200 },
	};
	static const char *const bad[] = {
		"[kiosk]\nenabled = maybe\n", "[speech]\nenabled = 2\n",
		"[display]\nglyphs = emoji\n", "[speech]\nengine = festival\n",
		"[kiosk]\nidle_seconds = 90s\n", "[kiosk]\nidle_seconds =\n",
	};
	struct settings c;
	char text[160];
	int line;

	(void)state;
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
		const long at[] = { ranges[i].min, ranges[i].max,
		    ranges[i].min - 1, ranges[i].max + 1 };

		for (size_t j = 0; j < 4; j++) {
			snprintf(text, sizeof text, "\n[%s]\n%s = %ld\n",
			    ranges[i].section, ranges[i].key, at[j]);
			assert_int_equal(load(text, &c, &line),
			    j < 2 ? SETTINGS_OK : SETTINGS_BAD_VALUE);
			assert_int_equal(line, j < 2 ? 0 : 3);
			settings_free(&c);
		}
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(load(bad[i], &c, &line), SETTINGS_BAD_VALUE);
		assert_int_equal(line, 2);
		settings_free(&c);
	}
	assert_int_equal(load("[speech]\nengine = espeak\n", &c, &line),
	    SETTINGS_OK);
	assert_string_equal(c.speech_engine, "espeak");
	settings_free(&c);
	assert_int_equal(load("[speech]\npitch = 50\n", &c, &line),
	    SETTINGS_UNKNOWN_KEY);
	settings_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_key),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_state_url_and_site),
		cmocka_unit_test(test_bad_site_names),
		cmocka_unit_test(test_counselor_warning),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
