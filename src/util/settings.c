/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Settings file reading, with inih doing the parsing.
 */
#include "settings.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ini.h>

#include "xmalloc.h"

struct settings_parse {
	struct settings *c;
	enum settings_result result;  /* what the handler found wrong */
};

/* Parse a whole number in [@min, @max]; false if it is not one. */
static bool
parse_int(const char *value, int min, int max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(value, &end, 10);
	if (errno != 0 || end == value || *end != '\0' || v < min || v > max)
		return false;
	*out = (int)v;
	return true;
}

/* Parse true/false, yes/no, on/off, 1/0. */
static bool
parse_bool(const char *value, bool *out)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };

	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		if (strcasecmp(value, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcasecmp(value, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

/* Replace *@field with a copy of @value. */
static void
set_string(char **field, const char *value)
{
	free(*field);
	*field = xstrdup(value);
}

/* A glyph set by name. */
static bool
parse_glyphs(const char *value, enum settings_glyphs *out)
{
	static const char *const names[] = {
		[SETTINGS_GLYPHS_AUTO] = "auto",
		[SETTINGS_GLYPHS_UNICODE] = "unicode",
		[SETTINGS_GLYPHS_LINUX] = "linux",
		[SETTINGS_GLYPHS_ASCII] = "ascii",
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(value, names[i]) == 0) {
			*out = (enum settings_glyphs)i;
			return true;
		}
	}
	return false;
}

/* A key of [speech]: false if unknown; *@ok false if its value is bad. */
static bool
speech_setting(struct settings *c, const char *key, const char *value, bool *ok)
{
	if (strcmp(key, "enabled") == 0)
		*ok = parse_bool(value, &c->speech);
	else if (strcmp(key, "rate") == 0)
		*ok = parse_int(value, 80, 450, &c->speech_rate);
	else if (strcmp(key, "volume") == 0)
		*ok = parse_int(value, 10, 200, &c->speech_volume);
	else if (strcmp(key, "engine") == 0) {
		*ok = strcmp(value, "espeak") == 0 || strcmp(value, "record") == 0;
		if (*ok)
			set_string(&c->speech_engine, value);
	} else if (strcmp(key, "output") == 0)
		set_string(&c->speech_output, value);
	else
		return false;
	return true;
}

/* A site name: 1 to SETTINGS_SITE_MAX of [a-z0-9._-], as it goes into
 * station names and audit rows. */
static bool
parse_site(const char *value, char **out)
{
	size_t n = strlen(value);

	if (n == 0 || n > SETTINGS_SITE_MAX ||
	    strspn(value, "abcdefghijklmnopqrstuvwxyz0123456789._-") != n)
		return false;
	set_string(out, value);
	return true;
}

/* inih: one key of one section; 0 stops with an error. */
static int
settings_handler(void *user, const char *section, const char *key,
    const char *value)
{
	struct settings_parse *p = user;
	struct settings *c = p->c;
	bool ok = true, known = true;
	int n;

	if (strcmp(section, "kiosk") == 0 && strcmp(key, "enabled") == 0)
		ok = parse_bool(value, &c->kiosk);
	else if (strcmp(section, "kiosk") == 0 && strcmp(key, "idle_seconds") == 0)
		ok = parse_int(value, 0, 86400, &c->idle_seconds);
	else if (strcmp(section, "kiosk") == 0 &&
	    strcmp(key, "warning_seconds") == 0)
		ok = parse_int(value, 1, 600, &c->warning_seconds);
	else if (strcmp(section, "kiosk") == 0 &&
	    strcmp(key, "staff_pin_hash") == 0)
		set_string(&c->staff_pin_hash, value);
	else if (strcmp(section, "data") == 0 && strcmp(key, "catalog") == 0)
		set_string(&c->catalog, value);
	else if (strcmp(section, "data") == 0 && strcmp(key, "state") == 0)
		set_string(&c->state, value);
	else if (strcmp(section, "state") == 0 && strcmp(key, "url") == 0)
		set_string(&c->state_url, value);
	else if (strcmp(section, "site") == 0 && strcmp(key, "name") == 0)
		ok = parse_site(value, &c->site);
	else if (strcmp(section, "data") == 0 &&
	    strcmp(key, "retention_days") == 0)
		ok = parse_int(value, 1, 3650, &c->retention_days);
	else if (strcmp(section, "data") == 0 &&
	    strcmp(key, "retention_seconds") == 0)
		ok = parse_int(value, 1, 3650 * 86400, &n) &&
		    (c->retention_seconds = n) > 0;
	else if (strcmp(section, "data") == 0 &&
	    strcmp(key, "purge_seconds") == 0)
		ok = parse_int(value, 1, 86400, &c->purge_seconds);
	else if (strcmp(section, "counselor") == 0 &&
	    strcmp(key, "idle_seconds") == 0)
		ok = parse_int(value, 0, 86400, &c->counselor_idle_seconds);
	else if (strcmp(section, "counselor") == 0 &&
	    strcmp(key, "warning_seconds") == 0)
		ok = parse_int(value, 1, 600, &c->counselor_warning_seconds);
	else if (strcmp(section, "display") == 0 && strcmp(key, "glyphs") == 0)
		ok = parse_glyphs(value, &c->glyphs);
	else if (strcmp(section, "backup") == 0 && strcmp(key, "folder") == 0)
		set_string(&c->backup_folder, value);
	else if (strcmp(section, "backup") == 0 && strcmp(key, "keep") == 0)
		ok = parse_int(value, 1, 3650, &c->backup_keep);
	else if (strcmp(section, "speech") == 0)
		known = speech_setting(c, key, value, &ok);
	else
		known = false;
	if (!known || !ok) {
		p->result = known ? SETTINGS_BAD_VALUE : SETTINGS_UNKNOWN_KEY;
		return 0;
	}
	return 1;
}

void
settings_defaults(struct settings *c)
{
	memset(c, 0, sizeof *c);
	c->idle_seconds = SETTINGS_IDLE_SECONDS;
	c->warning_seconds = SETTINGS_WARNING_SECONDS;
	c->retention_days = SETTINGS_RETENTION_DAYS;
	c->purge_seconds = SETTINGS_PURGE_SECONDS;
	c->counselor_idle_seconds = SETTINGS_COUNSELOR_IDLE_SECONDS;
	c->counselor_warning_seconds = SETTINGS_COUNSELOR_WARNING_SECONDS;
	c->speech_rate = SETTINGS_SPEECH_RATE;
	c->speech_volume = SETTINGS_SPEECH_VOLUME;
	c->backup_keep = SETTINGS_BACKUP_KEEP;
}

long
settings_retention(const struct settings *c)
{
	return c->retention_seconds > 0 ? c->retention_seconds :
	    (long)c->retention_days * 86400;
}

enum settings_result
settings_load(const char *path, struct settings *c, int *line)
{
	struct settings_parse p = { .c = c, .result = SETTINGS_OK };
	int rc = ini_parse(path, settings_handler, &p);

	*line = 0;
	if (rc == -1 || rc == -2)
		return SETTINGS_CANNOT_READ;
	if (rc > 0) {
		/* inih returns the line of the first error. */
		*line = rc;
		return p.result != SETTINGS_OK ? p.result : SETTINGS_BAD_LINE;
	}
	return SETTINGS_OK;
}

void
settings_free(struct settings *c)
{
	xfree_members((char **[]){ &c->staff_pin_hash, &c->catalog, &c->state,
	    &c->state_url, &c->site, &c->speech_engine, &c->speech_output,
	    &c->backup_folder, NULL });
}
