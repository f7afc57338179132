/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The terminal application: curses set-up, the main loop, the screen
 * stack, the frame around every screen (title bar, status line, footer
 * with clickable keys), help overlay, size check.
 */
#ifndef UI_APP_H
#define UI_APP_H

#include <stdbool.h>
#include <time.h>

#include "core/session.h"
#include "speech/speech.h"
#include "ui/input.h"
#include "ui/screen.h"
#include "store/catalog-file.h"
#include "store/state.h"
#include "util/settings.h"
#include "util/status.h"

struct catalog;
struct catalog_language;
struct match_occupation;
struct occupation_store;
struct state;

struct app;

struct app_options {
	const char *lang;  /* start in this language, skipping the language screen */
	bool no_color;     /* monochrome */
	bool kiosk;        /* lock-down: only staff with the PIN can leave */
	int idle_seconds;  /* idle time before the warning; 0 = never */
	int warning_seconds;  /* countdown before the wipe */
	long retention_seconds; /* how long hand-off codes are kept */
	int purge_seconds;    /* how often expired codes are purged */
	const char *staff_pin_hash; /* NULL: no staff exit */
	bool counselor;       /* counselor mode: sign-in first */
	const char *catalog_path;  /* for catalog upkeep (counselor mode) */
	const char *output_dir;    /* where reports and exports are written */
	enum settings_glyphs glyphs; /* the symbol set; AUTO: from TERM */
	bool speech;          /* speech on at the start of every visit */
	struct speech_settings speech_settings; /* engine, output, rate,
	                         volume; the strings outlive the app */
	const char *site;     /* [site] name, or NULL */
	/* When app_init gets no state: opens it once the first frame is on
	 * the terminal, before any key is read (the first screen needs none,
	 * and the check of a large state file takes a while).  NULL ends the
	 * program at once; the caller says why, after app_end. */
	struct state *(*open_state)(struct app *app, void *ctx);
	void *open_state_ctx;
	/* When app_init gets no catalog (the first screen is the language
	 * screen, drawn from the language list built into the program,
	 * builtin-languages.h): opens it and its occupations once the first
	 * frame is on the terminal, before the state and before any key is
	 * read.  The app then owns them as app_init says.  false ends the
	 * program at once; the caller says why, after app_end. */
	bool (*open_catalog)(void *ctx, struct catalog **cat,
	    struct occupation_store **occupations);
	void *open_catalog_ctx;
};

enum ui_theme {
	UI_THEME_STANDARD,
	UI_THEME_HIGH_CONTRAST,
	UI_THEME_MONOCHROME,
	UI_THEME_COUNT
};

enum ui_role {
	UI_ROLE_NORMAL,
	UI_ROLE_TITLE,     /* top bar */
	UI_ROLE_FOOTER,    /* bottom bar */
	UI_ROLE_SELECTED,  /* focused item: reverse, never colour alone */
	UI_ROLE_EMPHASIS,  /* headings */
	UI_ROLE_DIM,       /* secondary text */
	UI_ROLE_ERROR,     /* status messages */
	UI_ROLE_BAR,       /* filled part of a bar chart */
};

struct app {
	struct catalog *catalog;
	struct occupation_store *occupations;
	struct state *state;
	struct match_occupation *occ; /* all occupations for matching, lazy */
	size_t nocc;
	struct session session;
	struct app_options opts;
	bool color;             /* the terminal has colours and may use them */
	enum ui_theme theme;    /* chosen on the language screen */
	bool quit;
	bool dirty;             /* repaint before the next key */
	const char *message;    /* N_() status message, shown once */
	char *message_text;     /* or an already translated one; owned */
	struct {
		enum screen_id id;
		void *state;
		struct screen_param param; /* what to show, e.g. a service */
	} stack[16];
	int depth;
	bool help_open;
	struct {
		int x0, x1;     /* footer hit zone */
		int code;       /* enum keymap_command it stands for */
	} hits[8];
	int nhits;
	void *term;             /* the curses SCREEN */
	struct input input;     /* the keyboard and mouse reader */
	long last_input;        /* monotonic ms of the last key or tap */
	long wipe_at;           /* monotonic ms of the wipe; 0 = no warning */
	long next_purge;        /* monotonic ms of the next expiry purge */
	long start_shown;       /* monotonic ms the start screen last came up
				   (at start, after a wipe) */
	long catalog_revision;  /* of the catalog as last loaded */
	bool catalog_unreadable; /* as last probed, see app_paint */
	long catalog_probed_ms;  /* when */
	struct catalog_file_stamp catalog_refused; /* a new file at the
						      catalog's path that
						      failed its check */
	bool catalog_refused_known; /* catalog_refused is set */
	char counselor[40];     /* signed-in counselor, "" if none */
	bool admin;             /* the counselor has the admin role */
	char station[STATE_STATION_MAX]; /* this terminal, for the throttle and
					    the audit: "kiosk:tty2" */
	struct {
		struct speech *out;  /* the engine, opened when first wanted */
		bool on;             /* speaking now */
		unsigned view;       /* bumped when another screen shows */
		unsigned spoken_view; /* the view last read out whole */
		char *focus;         /* the focus last said (app-speech.c) */
		const char *note;    /* N_() said before the next screen */
		bool echoed;         /* a typed character was just said */
		bool tell;           /* a message was set: say it */
		bool warned;         /* the idle warning was said */
		bool helped;         /* the open help was said */
		bool small;          /* the too-small message was said */
	} speech;
};

/* Rows of the body area. */
#define APP_BODY_TOP 2
int app_body_bottom(void);

/**
 * Start curses.  @cat and @occupations are borrowed (NULL both, with
 * @opts->open_catalog, for a catalog opened after the first frame), but
 * between visits the app may replace them with a new catalog file put at
 * @opts->catalog_path (closing the old): after app_end, app->catalog and
 * app->occupations are the ones to free.  @st is borrowed too; NULL asks
 * for @opts->open_state after the first frame (then app->state is the
 * one it opened, or NULL).
 * @return 0, or -1 with a message on stderr.
 */
int app_init(struct app *app, struct catalog *cat,
    struct occupation_store *occupations, struct state *st,
    const struct app_options *opts);

/** Run until the visitor quits.  @return the exit code. */
int app_run(struct app *app);

/** Leave curses and free every screen. */
void app_end(struct app *app);

/** Open screen @id on top of the current one. */
void app_push(struct app *app, enum screen_id id);

/**
 * Open screen @id on top with @param (copied), which the screen reads with
 * app_param() in its open function.
 */
void app_push_with(struct app *app, enum screen_id id,
    struct screen_param param);

/** The parameter of the screen on top (kind SCREEN_PARAM_NONE if it was
 * pushed without one). */
const struct screen_param *app_param(const struct app *app);

/** The look of the screen on top (its ops' .look: a widget kit's
 * struct picklist_look, prompt_look or docpage_look), which the kit
 * reads in its open function; NULL if the screen has none. */
const void *app_look(const struct app *app);

/** Close the current screen; the root screen stays. */
void app_pop(struct app *app);

/** Close screens down to the main menu (in counselor mode, the
 *  counselor's menu); with neither open, close the current one. */
void app_home(struct app *app);

/** Close the current screen and open @id in its place. */
void app_replace(struct app *app, enum screen_id id);

/**
 * Forget the visitor: wipe the session, clear the screen and go back to
 * the language choice in the default language and theme.
 */
void app_wipe(struct app *app);

/** Count one anonymous use (see state_count); never waits, never fails
 *  the visitor.  In counsellor mode nothing is counted: the figures are
 *  the visitors'. */
void app_count(struct app *app, enum state_usage kind, const char *key);

/**
 * Who is looking up codes here, for the wrong-code throttle: the signed-in
 * counselor ("counselor:anna"), else this kiosk's station ("kiosk:tty2").
 * A static string, valid until the next call.
 */
const char *app_code_station(struct app *app);

/** Switch the UI and content language; every screen repaints in it. */
void app_set_language(struct app *app, const char *code);

/**
 * The day of @t (UTC) as the language of the UI's texts writes dates
 * ("2 de janeiro de 2027"), from the language table.  Free the result.
 */
char *app_date(struct app *app, time_t t);

/**
 * @value with @decimals decimals and the current language's decimal
 * separator ("4,8").  Free the result.
 */
char *app_number(struct app *app, double value, int decimals);

/** Show @msg (an N_() string) on the status line until the next key. */
void app_message(struct app *app, const char *msg);

/**
 * Every occupation ready for matching, skills in the catalog's order (the
 * order of the session's ratings).  Loaded on first use; owned by @app.
 */
const struct match_occupation *app_occupations(struct app *app, size_t *n);

/**
 * The catalog's UI languages in display order (catalog_languages); before
 * the catalog is open (app_options.open_catalog), the same list as built
 * into the program.  Owned by the app or the program.
 */
size_t app_languages(const struct app *app,
    const struct catalog_language **out);

/** The language with @code from app_languages, or NULL. */
const struct catalog_language *app_language_find(const struct app *app,
    const char *code);

/** Show @text (already in the user's language; copied) on the status
 *  line until the next key. */
void app_message_text(struct app *app, const char *text);

/* Speech (app-speech.c): the frame says each screen's title and what the
 * screen means (screen_ops.speak), then the focus after each key. */

/** Turn speech on (opening the engine the first time) or off; @return
 *  whether it is on.  A missing engine is a message, never a failure. */
bool app_speech_set(struct app *app, bool on);

/** Carry out a speech command of the key table (keymap.h). */
void app_speech_command(struct app *app, int cmd);

/** After a frame is drawn: say what changed (a new screen, the focus,
 *  the help, the idle warning).  Before the test handshake answers. */
void app_speech_frame(struct app *app);

/** After a key a screen used: say the character it typed into a field. */
void app_speech_echo(struct app *app);

/** A new screen shows: say it whole at the next frame. */
void app_speech_new_view(struct app *app);

/** The visit ends: stop, forget what was said, back to the setting. */
void app_speech_wipe(struct app *app);

/** Close the engine (at the end of the program). */
void app_speech_end(struct app *app);

/* For app-speech.c: what the frame shows, to say the same. */

/** The ops of screen @id. */
const struct screen_ops *app_screen_ops(enum screen_id id);

/** Whether an open screen holds changes not saved (screen_ops.unsaved). */
bool app_unsaved(const struct app *app);

/** The key table of the mode @app runs in (enum keymap_mode). */
int app_keymap_mode(const struct app *app);

/** Milliseconds from a monotonic clock. */
long app_now_ms(void);

/** Whether the terminal is too small for the layout, and what it shows
 *  then (an N_() string). */
bool app_too_small(void);
extern const char app_too_small_text[];

/** The curses attributes for @role under the current theme. */
int app_attr(const struct app *app, enum ui_role role);

#endif
