/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The main loop and the frame around every screen (the title bar, footer,
 * help box and idle warning are drawn by app-frame.c; the terminal, its
 * colours and the themes' attributes are set up by app-terminal.c).
 *
 * Layout at 80x24 and larger:
 *   row 0            title bar: screen title, current language
 *   rows 2 .. L-3    the screen's body
 *   row L-2          status line (messages)
 *   row L-1          footer: the global keys, clickable
 * Smaller terminals get a message in the current language instead, and the
 * screen comes back as soon as the terminal is large enough again.
 */
#include "ui/app.h"
#include "ui/app-catalog.h"
#include "ui/app-frame.h"
#include "ui/app-terminal.h"

#include <assert.h>
#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>

#include "core/convention.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/handshake.h"
#include "ui/input.h"
#include "ui/keymap.h"
#include "store/catalog.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/settings.h"
#include "util/xmalloc.h"

#define APP_MIN_COLS 80
#define APP_MIN_ROWS 24
#define APP_TICK_MS 500
/* After the first frame, how long the terminal has the processor to
 * itself (unless a key comes) before the catalog and SQLite are loaded:
 * see app_run. */
#define APP_FIRST_FRAME_MS 20

/* A purge that found the database busy is tried again this soon. */
#define APP_PURGE_RETRY_MS 10000L

static const struct screen_ops *const screens[SCREEN_COUNT] = {
	[SCREEN_LANGUAGE] = &screen_language_ops,
	[SCREEN_MENU] = &screen_menu_ops,
	[SCREEN_ABOUT] = &screen_about_ops,
	[SCREEN_QUIZ_INTRO] = &screen_quiz_intro_ops,
	[SCREEN_QUIZ] = &screen_quiz_ops,
	[SCREEN_PROFILE] = &screen_profile_ops,
	[SCREEN_SERVICES] = &screen_services_ops,
	[SCREEN_SERVICE_TOPICS] = &screen_service_topics_ops,
	[SCREEN_SERVICE_LIST] = &screen_service_list_ops,
	[SCREEN_SERVICE] = &screen_service_ops,
	[SCREEN_SEARCH] = &screen_search_ops,
	[SCREEN_SKILLS] = &screen_skills_ops,
	[SCREEN_MATCHES] = &screen_matches_ops,
	[SCREEN_OCCUPATION] = &screen_occupation_ops,
	[SCREEN_ISCO] = &screen_isco_ops,
	[SCREEN_STAFF] = &screen_staff_ops,
	[SCREEN_HANDOFF] = &screen_handoff_ops,
	[SCREEN_DELETE] = &screen_delete_ops,
	[SCREEN_FINISH] = &screen_finish_ops,
	[SCREEN_SIGNIN] = &screen_signin_ops,
	[SCREEN_COUNSELOR] = &screen_counselor_ops,
	[SCREEN_CODE] = &screen_code_ops,
	[SCREEN_RESULTS] = &screen_results_ops,
	[SCREEN_SERVICE_PICK] = &screen_service_pick_ops,
	[SCREEN_SERVICE_EDIT] = &screen_service_edit_ops,
	[SCREEN_SERVICE_ADD] = &screen_service_add_ops,
	[SCREEN_CSV] = &screen_csv_ops,
	[SCREEN_FIGURES] = &screen_figures_ops,
	[SCREEN_AUDIT] = &screen_audit_ops,
	[SCREEN_GUIDES] = &screen_guides_ops,
	[SCREEN_GUIDE] = &screen_guide_ops,
	[SCREEN_COUNTERS] = &screen_counters_ops,
};

static volatile sig_atomic_t app_signalled;

static void app_station_init(struct app *app);

/* SIGTERM, SIGHUP: leave the loop and restore the terminal. */
static void
app_on_signal(int sig)
{
	app_signalled = sig;
}

int
app_body_bottom(void)
{
	return LINES - 3;
}

const char app_too_small_text[] = N_("This window is too small. Please make "
    "it at least 80 columns wide and 24 rows high.");

const struct screen_ops *
app_screen_ops(enum screen_id id)
{
	return screens[id];
}

bool
app_unsaved(const struct app *app)
{
	for (int i = 0; i < app->depth; i++)
		if (screens[app->stack[i].id]->unsaved != NULL &&
		    screens[app->stack[i].id]->unsaved(app->stack[i].state))
			return true;
	return false;
}

bool
app_too_small(void)
{
	return COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS;
}

long
app_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* SIGTERM and SIGHUP end the program cleanly; a locked kiosk ignores the
 * keyboard's signals. */
static void
app_catch_signals(const struct app_options *opts)
{
	struct sigaction sa = { .sa_handler = app_on_signal };

	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	if (opts->kiosk) {
		/* Raw mode already turns ^C, ^\\ and ^Z into plain keys; ignore
		 * the signals too, whoever sends them. */
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
	}
}

/* The first screen: sign-in for a counselor, else the menu when the
 * language is given, else the language screen. */
/*
 * A counsellor works in the language the strings are in (--lang, the one
 * chosen with F2, or the environment's) when the catalog has it, so that
 * the catalog's texts (a walk-in's profile, occupations, services) are in
 * it too; signing out wipes the session, not this.
 */
static void
app_counselor_language(struct app *app)
{
	const char *now = i18n_language();
	char code[sizeof app->session.lang];

	if (strlen(now) >= sizeof code || app_language_find(app, now) == NULL)
		return;
	memcpy(code, now, strlen(now) + 1);
	app_set_language(app, code);
}

static void
app_first_screen(struct app *app, const struct app_options *opts)
{
	if (opts->counselor) {
		if (opts->lang != NULL)
			app_set_language(app, opts->lang);
		else
			app_counselor_language(app);
		app_push(app, SCREEN_SIGNIN);
	} else if (opts->lang != NULL) {
		app_set_language(app, opts->lang);
		app_push(app, SCREEN_MENU);
	} else {
		app_push(app, SCREEN_LANGUAGE);
	}
}

/* What the start counts once the state is open: a visit begun in the
 * language given on the command line. */
static void
app_count_start(struct app *app)
{
	if (!app->opts.counselor && app->opts.lang != NULL) {
		app_count(app, STATE_USAGE_SESSION, NULL);
		app_count(app, STATE_USAGE_LANGUAGE, app->opts.lang);
	}
}

/* The state, opened after the first frame (app_options.open_state).
 * @return whether there is one. */
static bool
app_open_state(struct app *app)
{
	app->state = app->opts.open_state(app, app->opts.open_state_ctx);
	if (app->state == NULL)
		return false;
	app_count_start(app);
	return true;
}

int
app_init(struct app *app, struct catalog *cat,
    struct occupation_store *occupations, struct state *st,
    const struct app_options *opts)
{
	assert(st != NULL || opts->open_state != NULL);
	memset(app, 0, sizeof *app);
	app->opts = *opts;
	app->state = st;
	session_wipe(&app->session);
	assert((cat != NULL) != (opts->open_catalog != NULL));
	/* Nothing is drawn yet, so languages other than the built-in ones
	 * need no screen opened again. */
	if (cat != NULL)
		(void)app_catalog_use(app, cat, occupations);

	if (app_terminal_open(app, getenv("TERM")) != 0)
		return -1;
	app_terminal_modes();
	input_init(&app->input);
	handshake_init();
	/* The fence is a byte sequence our reader must know (curses does not
	 * read sequences here). */
	if (handshake_match(HANDSHAKE_FENCE, strlen(HANDSHAKE_FENCE)) > 0)
		input_define(&app->input, HANDSHAKE_FENCE, HANDSHAKE_KEY);
	app_terminal_colors(app);
	app_catch_signals(opts);
	app_station_init(app);
	if (opts->speech)
		app_speech_set(app, true);
	app->speech.note = NULL;
	app->last_input = app_now_ms();
	app->start_shown = app->last_input;
	/* The first purge runs at the first idle tick, after the first
	 * screen is up, then every purge_seconds. */
	app->next_purge = app->last_input;
	app_first_screen(app, opts);
	if (st != NULL)
		app_count_start(app);
	return 0;
}

void
app_push(struct app *app, enum screen_id id)
{
	app_push_with(app, id, screen_param_ref(SCREEN_PARAM_NONE, NULL));
}

void
app_push_with(struct app *app, enum screen_id id, struct screen_param param)
{
	assert((unsigned)id < SCREEN_COUNT && screens[id] != NULL);
	assert(app->depth >= 0);
	if (app->depth >= (int)(sizeof app->stack / sizeof app->stack[0])) {
		app_message(app, N_("Too many screens are open: press Esc to go back."));
		return;
	}
	app->stack[app->depth].id = id;
	app->stack[app->depth].state = screens[id]->state_size > 0 ?
	    xcalloc(1, screens[id]->state_size) : NULL;
	app->stack[app->depth].param = param;
	app->depth++;
	if (screens[id]->open != NULL)
		screens[id]->open(app, app->stack[app->depth - 1].state);
	app->dirty = true;
	app_speech_new_view(app);
}

const struct screen_param *
app_param(const struct app *app)
{
	assert(app->depth > 0);
	return &app->stack[app->depth - 1].param;
}

const void *
app_look(const struct app *app)
{
	assert(app->depth > 0);
	return screens[app->stack[app->depth - 1].id]->look;
}

/* Close the screen on top, whatever the depth. */
static void
app_close_top(struct app *app)
{
	int top = app->depth - 1;
	const struct screen_ops *ops;
	void *state;

	assert(top >= 0 && top < (int)(sizeof app->stack / sizeof app->stack[0]));
	ops = screens[app->stack[top].id];
	state = app->stack[top].state;
	if (ops->close != NULL)
		ops->close(state);
	if (state != NULL) {
		/* What a visitor typed or was shown may be in it. */
		explicit_bzero(state, ops->state_size);
		free(state);
	}
	app->stack[top].state = NULL;
	app->depth--;
	app->dirty = true;
	app_speech_new_view(app);
}

/* Tell the screen on top that it is on top again. */
static void
app_resume_top(struct app *app)
{
	const struct screen_ops *ops;

	assert(app->depth > 0);
	ops = screens[app->stack[app->depth - 1].id];
	if (ops->resume != NULL)
		ops->resume(app, app->stack[app->depth - 1].state);
}

void
app_pop(struct app *app)
{
	if (app->depth > 1) {
		app_close_top(app);
		app_resume_top(app);
	}
}

void
app_home(struct app *app)
{
	for (int i = app->depth - 1; i >= 0; i--) {
		if (app->stack[i].id == SCREEN_MENU ||
		    app->stack[i].id == SCREEN_COUNSELOR) {
			if (app->depth == i + 1)
				return;
			while (app->depth > i + 1)
				app_close_top(app);
			app_resume_top(app);
			return;
		}
	}
	app_pop(app);
}

void
app_replace(struct app *app, enum screen_id id)
{
	app_close_top(app);
	app_push(app, id);
}

/* Close every screen and open @id as the only one. */
static void
app_reset_to(struct app *app, enum screen_id id)
{
	while (app->depth > 0)
		app_close_top(app);
	app_push(app, id);
}

void
app_set_language(struct app *app, const char *code)
{
	/* A catalog code: two or three letters by the catalog's schema. */
	assert(strlen(code) < sizeof app->session.lang);
	i18n_set_language(code);
	/* fits: asserted above */
	snprintf(app->session.lang, sizeof app->session.lang, "%s", code);
	for (int i = 0; i < app->depth; i++) {
		const struct screen_ops *ops = screens[app->stack[i].id];

		if (ops->on_language != NULL)
			ops->on_language(app, app->stack[i].state);
	}
	app->dirty = true;
	app_speech_new_view(app);
}

/* The row of the language texts are in now (a report may switch to
 * the walk-in's for a moment), or NULL. */
static const struct catalog_language *
app_language(struct app *app)
{
	return app_language_find(app, i18n_language());
}

char *
app_date(struct app *app, time_t t)
{
	const struct catalog_language *l = app_language(app);
	struct tm tm;

	gmtime_r(&t, &tm);
	return convention_date(l ? l->date : NULL, l ? l->months : NULL,
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

char *
app_number(struct app *app, double value, int decimals)
{
	const struct catalog_language *l = app_language(app);

	return convention_number(value, decimals, l ? l->decimal : ".");
}

void
app_count(struct app *app, enum state_usage kind, const char *key)
{
	/* The figures are the visitors': a counsellor's language change,
	 * search or service opened at the desk is not a visit. */
	if (app->opts.counselor)
		return;
	state_count(app->state, time(NULL), kind, key);
}

/* Name this terminal (state_station_kiosk). */
static void
app_station_init(struct app *app)
{
	state_station_kiosk(app->opts.site, ttyname(STDIN_FILENO),
	    app->station);
}

const char *
app_code_station(struct app *app)
{
	static char who[STATE_STATION_MAX];

	_Static_assert(sizeof "counselor:" + sizeof app->counselor <= sizeof who,
	    "a counsellor's station name fits");
	if (app->counselor[0] == '\0')
		return app->station;
	/* fits: asserted above */
	snprintf(who, sizeof who, "counselor:%s", app->counselor);
	return who;
}

void
app_wipe(struct app *app)
{
	session_wipe(&app->session);
	app->theme = UI_THEME_STANDARD;
	app->help_open = false;
	app_message(app, NULL);
	app->wipe_at = 0;
	if (app->opts.counselor) {
		audit_add(app->state, time(NULL), app->counselor, "signout", NULL);
		explicit_bzero(app->counselor, sizeof app->counselor);
		app->admin = false;
		app_reset_to(app, SCREEN_SIGNIN);
		/* Signing out: the counselor keeps their language. */
		app_counselor_language(app);
	} else {
		i18n_reset_language();
		app_reset_to(app, SCREEN_LANGUAGE);
	}
	/* The visit's screens are closed: what the next one opens reads
	 * the catalog as it is now. */
	if (app_catalog_check(app))
		app_reset_to(app, app->stack[0].id);
	app->start_shown = app_now_ms();
	app_speech_wipe(app);
	/* Repaint every cell, so nothing of the visitor stays on the glass. */
	clear();
}

void
app_message(struct app *app, const char *msg)
{
	app->message = msg;
	free(app->message_text);
	app->message_text = NULL;
	app->dirty = true;
	app->speech.tell = msg != NULL;
}

void
app_message_text(struct app *app, const char *text)
{
	app->message = NULL;
	free(app->message_text);
	app->message_text = xstrdup(text);
	app->dirty = true;
	app->speech.tell = true;
}

int
app_keymap_mode(const struct app *app)
{
	if (app->opts.kiosk)
		return KEYMAP_KIOSK;
	return app->opts.counselor ? KEYMAP_COUNSELOR : KEYMAP_NORMAL;
}

/* The status line's message (the screens', else the catalog's), or
 * NULL. */
static const char *
app_status_text(const struct app *app)
{
	if (app->message != NULL)
		return _(app->message);
	if (app->message_text != NULL)
		return app->message_text;
	if (app->catalog_unreadable)
		return _("The catalogue cannot be read at the moment, so lists "
		    "may be empty. Please ask at the desk.");
	return NULL;
}

/* Repaint everything. */
static void
app_paint(struct app *app)
{
	const struct screen_ops *ops;
	int cy, cx;

	/* The loop runs only while a screen is open. */
	assert(app->depth > 0);
	ops = screens[app->stack[app->depth - 1].id];
	app_catalog_probe(app);
	app->dirty = false;
	bkgdset(app_terminal_background(app));
	if (app->wipe_at != 0) {
		long left = (app->wipe_at - app_now_ms() + 999) / 1000;

		app_frame_idle_warning(app, left > 0 ? left : 0);
		return;
	}
	erase();
	if (app_too_small()) {
		char *msg = xasprintf("%s (%d%s%d)", _(app_too_small_text), COLS,
		    glyph(GLYPH_TIMES), LINES);
		const char *text;
		int rows, bottom;

		app->nhits = 0;
		rows = draw_wrapped(0, 0, COLS, LINES, 0, msg, A_BOLD);
		free(msg);
		/* A message given just before stays readable under it. */
		if ((text = app_status_text(app)) != NULL) {
			bottom = rows + 1 + draw_wrapped(0, 0, COLS - 2, 0, 0,
			    text, 0);
			app_frame_status(text, app_attr(app, UI_ROLE_ERROR),
			    rows + 1, bottom < LINES ? bottom : LINES);
		}
		move(0, 0);
		refresh();
		return;
	}
	app_frame_title(app, ops);
	ops->paint(app, app->stack[app->depth - 1].state);
	getyx(stdscr, cy, cx);
	if (app_status_text(app) != NULL) {
		app_frame_status(app_status_text(app),
		    app_attr(app, UI_ROLE_ERROR), APP_BODY_TOP, LINES - 1);
	} else if (app->stack[app->depth - 1].id == SCREEN_LANGUAGE) {
		char *hint = app_frame_speech_hint(app, app_keymap_mode(app));

		app_frame_status(hint, app_attr(app, UI_ROLE_EMPHASIS),
		    APP_BODY_TOP, LINES - 1);
		free(hint);
	}
	app_frame_footer(app, app_keymap_mode(app));
	move(cy, cx);
	if (app->help_open)
		app_frame_help(app, ops, app_keymap_mode(app));
	refresh();
}

/* The commands of the key table that open a screen (unless it is on top
 * already). */
static const struct {
	enum keymap_command cmd;
	enum screen_id id;
} app_command_screens[] = {
	{ KEYMAP_LANGUAGE, SCREEN_LANGUAGE },
	{ KEYMAP_SEARCH, SCREEN_SEARCH },
	{ KEYMAP_STAFF, SCREEN_STAFF },
};

/* Carry out a command of the key table. */
static void
app_command(struct app *app, enum keymap_command cmd)
{
	enum screen_id top;

	assert(app->depth > 0);
	top = app->stack[app->depth - 1].id;
	for (size_t i = 0; i < sizeof app_command_screens /
	    sizeof app_command_screens[0]; i++) {
		if (app_command_screens[i].cmd != cmd)
			continue;
		if (top != app_command_screens[i].id)
			app_push(app, app_command_screens[i].id);
		return;
	}
	switch (cmd) {
	case KEYMAP_HELP:
		app->help_open = true;
		break;
	case KEYMAP_BACK:
		app_pop(app);
		break;
	case KEYMAP_QUIT:
		app->quit = true;
		break;
	case KEYMAP_NONE:
		break;
	default:
		if (keymap_is_speech(cmd))
			app_speech_command(app, cmd);
		break;
	}
}

/* Dispatch one key or click. */
static void
app_handle_key(struct app *app, struct ui_key *key)
{
	int top = app->depth - 1;
	enum keymap_command cmd;

	assert(top >= 0);
	app->dirty = true;
	/* A new size is no answer to a message: it stays to be read. */
	if (key->kind == UI_KEY_CODE && key->code == KEY_RESIZE)
		return;
	app->message = NULL;
	free(app->message_text);
	app->message_text = NULL;
	cmd = keymap_lookup(app_keymap_mode(app), app->speech.on, key);
	/* Speech keys work over everything, the help and a small window
	 * included, and never reach a screen. */
	if (keymap_is_speech(cmd)) {
		app_speech_command(app, cmd);
		return;
	}
	if (app_too_small()) {
		if (cmd == KEYMAP_QUIT)
			app->quit = true;
		return;
	}
	if (app->help_open) {
		app->help_open = false;
		return;
	}
	if (key->kind == UI_KEY_CLICK && key->y == LINES - 1) {
		int hit = -1;

		for (int i = 0; i < app->nhits && hit < 0; i++)
			if (key->x >= app->hits[i].x0 && key->x < app->hits[i].x1)
				hit = i;
		if (hit < 0)
			return;
		if (app->hits[hit].code != KEYMAP_BACK) {
			app_command(app, app->hits[hit].code);
			return;
		}
		/* A tap on "Esc Back" is Esc: the screen sees it first, as it
		 * sees the key (a field in use is left, changes not saved are
		 * said), and only then does the app go back. */
		*key = (struct ui_key){ .kind = UI_KEY_CODE, .code = UI_KEY_ESC };
		cmd = KEYMAP_BACK;
	}
	if (screens[app->stack[top].id]->key != NULL) {
		bool used = screens[app->stack[top].id]->key(app,
		    app->stack[top].state, key);

		/* A character typed into a field is said now, or never. */
		app_speech_echo(app);
		if (used)
			return;
	}
	app_command(app, cmd);
}

/* Whether there is anything of a visitor to forget. */
static bool
app_in_use(const struct app *app)
{
	if (app->opts.counselor)
		return app->counselor[0] != '\0';
	return app->depth > 1 || app->session.lang[0] != '\0' ||
	    session_has_results(&app->session);
}

/* Whether the terminal has gone (hang-up without SIGHUP, closed pty). */
static bool
app_terminal_gone(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&p, 1, 0) > 0 &&
	    (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/*
 * Between keys: expired codes are purged every purge_seconds (sooner
 * again when the database was busy), and counts and audit rows that
 * waited for another process's lock are written.  Neither ever waits.
 */
static void
app_tick_store(struct app *app, long now)
{
	if (now >= app->next_purge) {
		bool done = state_handoff_purge(app->state, time(NULL)) >= 0;

		app->next_purge = now + (done ? app->opts.purge_seconds * 1000L :
		    APP_PURGE_RETRY_MS);
	}
	state_flush(app->state);
}

/* Between keys: a lost terminal, the idle warning, the wipe, the store's
 * upkeep. */
static void
app_tick(struct app *app)
{
	long now = app_now_ms();

	if (app_terminal_gone()) {
		app->quit = true;
		return;
	}
	app_catalog_probe(app);
	app_tick_store(app, now);
	if (app->wipe_at != 0) {
		if (now >= app->wipe_at) {
			bool lost = app_unsaved(app);

			app_wipe(app);
			/* The counsellor who comes back learns why the
			 * sign-in is there, and what it cost. */
			if (app->opts.counselor)
				app_message(app, lost ? N_("You were signed out: "
				    "nothing was typed for a while. The changes "
				    "not saved were lost.") : N_("You were signed "
				    "out: nothing was typed for a while."));
		}
		app->dirty = true;   /* the countdown moves */
		return;
	}
	if (app->opts.idle_seconds > 0 && app_in_use(app) &&
	    now - app->last_input >= app->opts.idle_seconds * 1000L) {
		app->wipe_at = now + app->opts.warning_seconds * 1000L;
		app->dirty = true;
	}
	/* Nobody's visit is under way: a new catalog may come in now.  A
	 * visit under way keeps its catalog until the wipe (app_wipe). */
	if (!app_in_use(app) &&
	    now - app->last_input >= app_catalog_quiet_ms(app) &&
	    app_catalog_check(app)) {
		app_reset_to(app, app->stack[0].id);
		app->start_shown = now;
		app->dirty = true;
	}
}

/*
 * The test handshake's fence (handshake.h): every key before it has been
 * handled.  A resize made before it may not have reached curses yet
 * (SIGWINCH is handled when curses gets to it): apply it now, so that the
 * answer follows a frame of the new size.
 */
static void
app_fence(struct app *app)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && is_term_resized(ws.ws_row, ws.ws_col)) {
		resize_term(ws.ws_row, ws.ws_col);
		app->dirty = true;
	}
	handshake_fence();
}

/* The catalog, opened after the first frame (app_options.open_catalog).
 * @return whether there is one. */
static bool
app_open_catalog(struct app *app)
{
	struct catalog *cat = NULL;
	struct occupation_store *occupations = NULL;

	if (!app->opts.open_catalog(app->opts.open_catalog_ctx, &cat,
	    &occupations))
		return false;
	if (app_catalog_use(app, cat, occupations))
		app_reset_to(app, app->stack[0].id);
	/* Drawn again with the languages' fallback chains now known: on the
	 * terminal only what changed, which is nothing when every text is
	 * translated. */
	app->dirty = true;
	return true;
}

int
app_run(struct app *app)
{
	struct ui_key key;

	while (!app->quit && !app_signalled) {
		/* Keys already typed are read before the next frame. */
		if (app->dirty && (handshake_owed() ||
		    !input_waiting(&app->input))) {
			handshake_frame_delay();
			app_paint(app);
			app_speech_frame(app);
		}
		/* The first frame is up: the catalog (when app_init had
		 * none) and the state come now, before any key is read (keys
		 * typed meanwhile wait in the terminal); what they have to
		 * say is drawn before the handshake answers. */
		if (app->catalog == NULL) {
			/* Loading SQLite and the catalog takes a few ms of
			 * processor right when the terminal has a whole frame
			 * to draw: on a busy two-core machine the frame came
			 * later for it (bench/README.md).  A key ends the
			 * wait at once. */
			(void)input_wait(&app->input, APP_FIRST_FRAME_MS);
			if (!app_open_catalog(app))
				break;
			continue;
		}
		if (app->state == NULL) {
			if (!app_open_state(app))
				break;
			continue;
		}
		handshake_answer();
		if (!input_read(&app->input, &key, APP_TICK_MS)) {
			app_tick(app);
			continue;
		}
		if (key.kind == UI_KEY_CODE && handshake_is_key(key.code)) {
			app_fence(app);
			continue;
		}
		if (key.kind == UI_KEY_CODE && key.code == KEY_RESIZE) {
			/* A resize is not a person: it neither counts as
			 * input nor answers the idle warning. */
			app->dirty = true;
			continue;
		}
		app->last_input = app_now_ms();
		if (app->wipe_at != 0) {
			/* Any key or tap means "I am still here". */
			app->wipe_at = 0;
			app->dirty = true;
			continue;
		}
		app_handle_key(app, &key);
	}
	return 0;
}

void
app_end(struct app *app)
{
	while (app->depth > 0)
		app_close_top(app);
	session_wipe(&app->session);
	free(app->occ);
	app->occ = NULL;
	free(app->message_text);
	app->message_text = NULL;
	app_speech_end(app);
	input_end(&app->input);
	endwin();
	delscreen(app->term);
}
