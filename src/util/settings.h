/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The configuration file (INI, parsed by inih):
 *
 *   [kiosk]
 *   enabled = true           ; lock-down, see README
 *   idle_seconds = 90        ; idle time before the warning; 0 = never
 *   warning_seconds = 30     ; countdown before the session is wiped
 *   staff_pin_hash = $argon2id$...   ; from `orientation --hash-pin`
 *   [data]
 *   catalog = /usr/share/orientation/catalog.db
 *   state = /var/lib/orientation/state.db
 *   retention_days = 30      ; how long a hand-off code is kept
 *   retention_seconds = 60   ; the same in seconds, for trials and tests
 *   purge_seconds = 3600     ; how often a running kiosk purges expired codes
 *   [state]
 *   url = postgresql://...   ; a PostgreSQL server instead of the state file
 *   [site]
 *   name = esch-belval       ; this host's site, in its station names
 *   [counselor]
 *   idle_seconds = 600       ; a counselor idle this long is warned
 *   warning_seconds = 30     ; countdown before the counselor is signed out
 *   [backup]
 *   folder = /var/lib/orientation/backups ; daily copies (empty: "backups"
 *                            ; beside the state database)
 *   keep = 7                 ; daily copies kept, 1..3650
 *   [display]
 *   glyphs = auto            ; auto (from TERM), unicode, linux or ascii
 *   [speech]
 *   enabled = false          ; speak from the start of every visit
 *   rate = 175               ; words per minute, 80..450
 *   volume = 100             ; percent of the engine's normal volume, 10..200
 *   engine = espeak          ; espeak (or record, a test back end)
 *   output =                 ; audio device (empty: the default one)
 */
#ifndef UTIL_SETTINGS_H
#define UTIL_SETTINGS_H

#include <stdbool.h>

#define SETTINGS_SITE_MAX 32   /* bytes of a site name */
#define SETTINGS_IDLE_SECONDS 90
#define SETTINGS_WARNING_SECONDS 30
#define SETTINGS_RETENTION_DAYS 30
#define SETTINGS_PURGE_SECONDS 3600
#define SETTINGS_COUNSELOR_IDLE_SECONDS 600
#define SETTINGS_COUNSELOR_WARNING_SECONDS 30
#define SETTINGS_SPEECH_RATE 175
#define SETTINGS_SPEECH_VOLUME 100
#define SETTINGS_BACKUP_KEEP 7

/* The symbols the screens may draw (see ui/glyph.h). */
enum settings_glyphs {
	SETTINGS_GLYPHS_AUTO,     /* chosen from TERM */
	SETTINGS_GLYPHS_UNICODE,  /* terminal emulators */
	SETTINGS_GLYPHS_LINUX,    /* the Linux console's Lat15 font: Latin-1 */
	SETTINGS_GLYPHS_ASCII,    /* vt100 and the like */
};

struct settings {
	bool kiosk;
	int idle_seconds;
	int warning_seconds;
	int retention_days;
	long retention_seconds; /* 0: retention_days; else this, for trials */
	int purge_seconds;
	int counselor_idle_seconds;
	int counselor_warning_seconds;
	char *staff_pin_hash; /* NULL: no staff exit configured */
	char *catalog;        /* NULL: the built-in default */
	char *state;          /* NULL: the XDG default */
	char *state_url;      /* [state] url: a PostgreSQL server, or NULL */
	char *site;           /* [site] name: where this host is, or NULL */
	enum settings_glyphs glyphs;
	bool speech;          /* speak from the start of every visit */
	int speech_rate;      /* words per minute */
	int speech_volume;    /* percent */
	char *speech_engine;  /* NULL: espeak */
	char *speech_output;  /* NULL: the default audio device */
	char *backup_folder;  /* NULL: "backups" beside the state database */
	int backup_keep;      /* daily backups kept */
};

enum settings_result {
	SETTINGS_OK,
	SETTINGS_CANNOT_READ,   /* the file cannot be opened */
	SETTINGS_BAD_LINE,      /* a line is not "key = value" or a section */
	SETTINGS_UNKNOWN_KEY,   /* a key this program does not know */
	SETTINGS_BAD_VALUE,     /* a value out of range or of the wrong kind */
};

/** Fill @c with the defaults. */
void settings_defaults(struct settings *c);

/**
 * Read @path into @c (over the defaults already there).  On an error,
 * *@line is the line it was found on.  @c keeps what was read before it.
 */
enum settings_result settings_load(const char *path, struct settings *c, int *line);

/** How long a hand-off code is kept, in seconds. */
long settings_retention(const struct settings *c);

/** Free the strings of @c. */
void settings_free(struct settings *c);

#endif
