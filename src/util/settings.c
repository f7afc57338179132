/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Settings file reading, with inih doing the parsing.
 */
#include "settings.h"

#include <errno.h>
#include <stddef.h>
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
parse_long(const char *value, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(value, &end, 10);
	if (errno != 0 || end == value || *end != '\0' || v < min || v > max)
		return false;
	*out = v;
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

/* How a key's value is read. */
enum setting_kind {
	SETTING_BOOL,    /* bool: true/false, yes/no, on/off, 1/0 */
	SETTING_INT,     /* int in [min, max] */
	SETTING_LONG,    /* long in [min, max] */
	SETTING_STRING,  /* char *, any text */
	SETTING_SITE,    /* char *, a site name (parse_site) */
	SETTING_GLYPHS,  /* enum settings_glyphs, by name */
	SETTING_ENGINE,  /* char *, "espeak" or "record" */
};

/* One key of the file: where it goes, how it is read and, for a number,
 * its range and its value when the file does not set it. */
struct setting_key {
	const char *section;
	const char *key;
	enum setting_kind kind;
	size_t offset;   /* of the member in struct settings */
	long min, max;
	long fallback;
};

#define AT(member) offsetof(struct settings, member)

/* Every key settings.h lists, in its order. */
static const struct setting_key setting_keys[] = {
	{ "kiosk", "enabled", SETTING_BOOL, AT(kiosk), 0, 0, 0 },
	{ "kiosk", "idle_seconds", SETTING_INT, AT(idle_seconds), 0, 86400,
	    SETTINGS_IDLE_SECONDS },
	{ "kiosk", "warning_seconds", SETTING_INT, AT(warning_seconds), 1, 600,
	    SETTINGS_WARNING_SECONDS },
	{ "kiosk", "staff_pin_hash", SETTING_STRING, AT(staff_pin_hash), 0, 0,
	    0 },
	{ "data", "catalog", SETTING_STRING, AT(catalog), 0, 0, 0 },
	{ "data", "state", SETTING_STRING, AT(state), 0, 0, 0 },
	{ "data", "retention_days", SETTING_INT, AT(retention_days), 1, 3650,
	    SETTINGS_RETENTION_DAYS },
	{ "data", "retention_seconds", SETTING_LONG, AT(retention_seconds), 1,
	    3650L * 86400, 0 },
	{ "data", "purge_seconds", SETTING_INT, AT(purge_seconds), 1, 86400,
	    SETTINGS_PURGE_SECONDS },
	{ "state", "url", SETTING_STRING, AT(state_url), 0, 0, 0 },
	{ "site", "name", SETTING_SITE, AT(site), 0, 0, 0 },
	{ "counselor", "idle_seconds", SETTING_INT, AT(counselor_idle_seconds),
	    0, 86400, SETTINGS_COUNSELOR_IDLE_SECONDS },
	{ "counselor", "warning_seconds", SETTING_INT,
	    AT(counselor_warning_seconds), 1, 600,
	    SETTINGS_COUNSELOR_WARNING_SECONDS },
	{ "backup", "folder", SETTING_STRING, AT(backup_folder), 0, 0, 0 },
	{ "backup", "keep", SETTING_INT, AT(backup_keep), 1, 3650,
	    SETTINGS_BACKUP_KEEP },
	{ "display", "glyphs", SETTING_GLYPHS, AT(glyphs), 0, 0, 0 },
	{ "speech", "enabled", SETTING_BOOL, AT(speech), 0, 0, 0 },
	{ "speech", "rate", SETTING_INT, AT(speech_rate), 80, 450,
	    SETTINGS_SPEECH_RATE },
	{ "speech", "volume", SETTING_INT, AT(speech_volume), 10, 200,
	    SETTINGS_SPEECH_VOLUME },
	{ "speech", "engine", SETTING_ENGINE, AT(speech_engine), 0, 0, 0 },
	{ "speech", "output", SETTING_STRING, AT(speech_output), 0, 0, 0 },
};

#undef AT

/* Set the member that @k names in @c from @value; false if the value is
 * not one @k takes. */
static bool
setting_set(struct settings *c, const struct setting_key *k,
    const char *value)
{
	void *at = (char *)c + k->offset;
	long n;

	switch (k->kind) {
	case SETTING_BOOL:
		return parse_bool(value, at);
	case SETTING_INT:
	case SETTING_LONG:
		if (!parse_long(value, k->min, k->max, &n))
			return false;
		if (k->kind == SETTING_INT)
			*(int *)at = (int)n;
		else
			*(long *)at = n;
		return true;
	case SETTING_STRING:
		set_string(at, value);
		return true;
	case SETTING_SITE:
		return parse_site(value, at);
	case SETTING_GLYPHS:
		return parse_glyphs(value, at);
	case SETTING_ENGINE:
		if (strcmp(value, "espeak") != 0 && strcmp(value, "record") != 0)
			return false;
		set_string(at, value);
		return true;
	}
	return false;
}

/* inih: one key of one section; 0 stops with an error. */
static int
settings_handler(void *user, const char *section, const char *key,
    const char *value)
{
	struct settings_parse *p = user;

	for (size_t i = 0; i < sizeof setting_keys / sizeof setting_keys[0];
	    i++) {
		const struct setting_key *k = &setting_keys[i];

		if (strcmp(section, k->section) != 0 || strcmp(key, k->key) != 0)
			continue;
		if (setting_set(p->c, k, value))
			return 1;
		p->result = SETTINGS_BAD_VALUE;
		return 0;
	}
	p->result = SETTINGS_UNKNOWN_KEY;
	return 0;
}

void
settings_defaults(struct settings *c)
{
	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < sizeof setting_keys / sizeof setting_keys[0];
	    i++) {
		const struct setting_key *k = &setting_keys[i];

		if (k->kind == SETTING_INT)
			*(int *)(void *)((char *)c + k->offset) = (int)k->fallback;
	}
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
