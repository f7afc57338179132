/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The frame's voice: with speech on, each screen that shows is said whole
 * (its title, then what its speak operation adds for SCREEN_SPEAK_ALL),
 * interrupting whatever was being said; after each key, the focus
 * (SCREEN_SPEAK_FOCUS) is said when it differs from the focus said last,
 * and a character typed into a text field is said as it is typed.  The
 * help, the idle warning, the too-small message and a message on the
 * status line are said when they show.  What was said is kept in memory only (for "repeat" and to tell a
 * new focus from the old) and wiped with the visit.
 *
 * Everything is said from the main loop after a frame is drawn and before
 * the test handshake answers (handshake.h), so a test's record engine has
 * the words before the test reads the screen.
 */
#include "ui/app.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "speech/utterance.h"
#include "ui/app-frame.h"
#include "ui/keymap.h"
#include "ui/widgets/field.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The voice for what the frame says: the language texts are shown in. */
static struct utterance *
app_speech_utterance(void)
{
	return utterance_new(i18n_language());
}

/* Say @u (and free it), unless speech is off. */
static void
app_speech_say(struct app *app, enum speech_mode mode, struct utterance *u)
{
	const struct speech_part *parts;
	size_t n;

	parts = utterance_parts(u, &n);
	if (app->speech.on && app->speech.out != NULL && n > 0)
		speech_say_parts(app->speech.out, mode, parts, n);
	utterance_free(u);
}

/* One string for what @u says, each piece with its language: how a new
 * focus is told from the old.  The caller frees it with xfree_wiped. */
static char *
app_speech_flatten(const struct utterance *u)
{
	size_t n, len = 1;
	const struct speech_part *parts = utterance_parts(u, &n);
	char *out, *p;

	for (size_t i = 0; i < n; i++)
		len += strlen(parts[i].lang) + strlen(parts[i].text) + 2;
	out = p = xmalloc(len);
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%s\t%s\n", parts[i].lang, parts[i].text);
	*p = '\0';
	return out;
}

/* Replace the remembered focus with @u's. */
static void
app_speech_remember(struct app *app, const struct utterance *u)
{
	xfree_wiped(app->speech.focus);
	app->speech.focus = app_speech_flatten(u);
}

/* The screen on top. */
static const struct screen_ops *
app_speech_top(const struct app *app, void **state)
{
	*state = app->stack[app->depth - 1].state;
	return app_screen_ops(app->stack[app->depth - 1].id);
}

/* What the screen on top says about @what (the title first for ALL). */
static struct utterance *
app_speech_screen(struct app *app, enum screen_speak what)
{
	void *state;
	const struct screen_ops *ops = app_speech_top(app, &state);
	struct utterance *u = app_speech_utterance();

	if (what == SCREEN_SPEAK_ALL)
		utterance_add(u, _(ops->title));
	if (ops->speak != NULL)
		ops->speak(app, state, what, u);
	return u;
}

/* Say the screen on top whole, after a pending note ("Speech on."). */
static void
app_speech_whole(struct app *app)
{
	struct utterance *u = app_speech_utterance(), *screen, *focus;
	const struct speech_part *parts;
	size_t n;

	if (app->speech.note != NULL)
		utterance_add(u, _(app->speech.note));
	app->speech.note = NULL;
	screen = app_speech_screen(app, SCREEN_SPEAK_ALL);
	parts = utterance_parts(screen, &n);
	for (size_t i = 0; i < n; i++)
		utterance_add_lang(u, parts[i].lang, parts[i].text);
	utterance_free(screen);
	app_speech_say(app, SPEECH_INTERRUPT, u);
	/* The focus as it is now has been said within the whole. */
	focus = app_speech_screen(app, SCREEN_SPEAK_FOCUS);
	app_speech_remember(app, focus);
	utterance_free(focus);
	app->speech.spoken_view = app->speech.view;
}

/* Say the focus if it moved; after an echo, in turn, not over it. */
static void
app_speech_focus(struct app *app, bool echoed)
{
	struct utterance *u = app_speech_screen(app, SCREEN_SPEAK_FOCUS);
	char *now = app_speech_flatten(u);

	if (app->speech.focus != NULL && strcmp(now, app->speech.focus) == 0) {
		xfree_wiped(now);
		utterance_free(u);
		return;
	}
	xfree_wiped(app->speech.focus);
	app->speech.focus = now;
	app_speech_say(app, echoed ? SPEECH_QUEUE : SPEECH_INTERRUPT, u);
}

/* Say the help that is open: the screen's, then the keys. */
static void
app_speech_help(struct app *app)
{
	void *state;
	const struct screen_ops *ops = app_speech_top(app, &state);
	struct utterance *u = app_speech_utterance();
	char *keys = keymap_help(app_keymap_mode(app), app->speech.on,
	    ops->typing);

	utterance_add(u, _("Help"));
	utterance_add(u, _(ops->help));
	/* One piece per key: the speaking keys share a line on screen. */
	for (char *line = keys, *end; *line != '\0'; line = end) {
		size_t len = strcspn(line, "\n;");

		end = line + len + (line[len] != '\0');
		line[len] = '\0';
		utterance_add(u, line + strspn(line, " "));
	}
	free(keys);
	app_speech_say(app, SPEECH_INTERRUPT, u);
}

/* Say the idle warning once, when it shows. */
static void
app_speech_warning(struct app *app)
{
	struct utterance *u = app_speech_utterance();
	char *more = app_frame_idle_text(app,
	    (app->wipe_at - app_now_ms() + 999) / 1000);

	utterance_add(u, _("Are you still there?"));
	utterance_add(u, more);
	free(more);
	app_speech_say(app, SPEECH_INTERRUPT, u);
}

/* Say that the terminal is too small, once, when it becomes so. */
static void
app_speech_small(struct app *app)
{
	struct utterance *u = app_speech_utterance();

	utterance_add(u, _(app_too_small_text));
	app_speech_say(app, SPEECH_INTERRUPT, u);
}

/*
 * What stands in front of the screen (the idle warning, the too-small
 * note, the help) while @now: said by @say once when it comes (*@said
 * remembers it), and the screen said again when it goes.  True while it
 * stands: the frame says nothing else.
 */
static bool
app_speech_aside(struct app *app, bool now, bool *said,
    void (*say)(struct app *))
{
	if (now) {
		if (!*said)
			say(app);
		*said = true;
		return true;
	}
	if (*said) {
		*said = false;
		app_speech_new_view(app);
	}
	return false;
}

void
app_speech_frame(struct app *app)
{
	bool small = app_too_small(), echoed = app->speech.echoed;
	bool tell = app->speech.tell;

	app->speech.echoed = app->speech.tell = false;
	if (!app->speech.on || app->speech.out == NULL || app->depth == 0)
		return;
	/* One thing in front of the screen at a time, the idle warning first. */
	if (app_speech_aside(app, app->wipe_at != 0, &app->speech.warned,
	    app_speech_warning) ||
	    app_speech_aside(app, small, &app->speech.small,
	    app_speech_small) ||
	    app_speech_aside(app, app->help_open, &app->speech.helped,
	    app_speech_help))
		return;
	if (app->speech.spoken_view != app->speech.view)
		app_speech_whole(app);
	else
		app_speech_focus(app, echoed);
	if (tell && (app->message != NULL || app->message_text != NULL)) {
		/* The status line, after what the key made the screen say. */
		struct utterance *u = app_speech_utterance();

		utterance_add(u, app->message != NULL ? _(app->message) :
		    app->message_text);
		app_speech_say(app, SPEECH_QUEUE, u);
	}
}

void
app_speech_echo(struct app *app)
{
	char typed[FIELD_ECHO_MAX];

	/* Emptied whether or not speech is on: nothing typed waits. */
	if (field_typed(typed) && app->speech.on) {
		struct utterance *u = app_speech_utterance();

		/* TRANSLATORS: said when a space is typed into a text field */
		utterance_add(u, strcmp(typed, " ") == 0 ? _("space") : typed);
		app_speech_say(app, SPEECH_INTERRUPT, u);
		app->speech.echoed = true;
	}
	xwipe(typed, sizeof typed);
}

void
app_speech_new_view(struct app *app)
{
	app->speech.view++;
}

bool
app_speech_set(struct app *app, bool on)
{
	if (on && app->speech.out == NULL) {
		enum orientation_status status;
		const char *why = NULL;

		app->speech.out = speech_open(&app->opts.speech_settings,
		    &status, &why);
		if (app->speech.out == NULL) {
			app->speech.on = false;
			app_message(app, N_("Speech is not available on this "
			    "terminal. Please ask at the desk."));
			return false;
		}
	}
	if (!on && app->speech.on) {
		struct utterance *u = app_speech_utterance();

		utterance_add(u, _("Speech off."));
		app_speech_say(app, SPEECH_INTERRUPT, u);
	}
	app->speech.on = on;
	if (on) {
		app->speech.note = N_("Speech on.");
		app_speech_new_view(app);
	}
	return on;
}

/* Say @text (freed here), a new rate or volume. */
static void
app_speech_level(struct app *app, char *text)
{
	struct utterance *u = app_speech_utterance();

	utterance_add(u, text);
	free(text);
	app_speech_say(app, SPEECH_INTERRUPT, u);
}

void
app_speech_command(struct app *app, int cmd)
{
	struct speech *sp = app->speech.out;
	int level;

	if (cmd == KEYMAP_SPEECH) {
		app_speech_set(app, !app->speech.on);
		return;
	}
	if (!app->speech.on || sp == NULL)
		return;
	switch (cmd) {
	case KEYMAP_SPEECH_REPEAT:
		speech_repeat(sp);
		break;
	case KEYMAP_SPEECH_STOP:
		speech_stop(sp);
		break;
	case KEYMAP_SPEECH_ALL:
		app_speech_new_view(app);
		break;
	case KEYMAP_SPEECH_SLOWER:
	case KEYMAP_SPEECH_FASTER:
		level = speech_change_rate(sp, cmd == KEYMAP_SPEECH_FASTER ?
		    1 : -1);
		app_speech_level(app, xasprintf(ngettext("Speed: %d word per "
		    "minute", "Speed: %d words per minute", (unsigned long)level),
		    level));
		break;
	case KEYMAP_SPEECH_SOFTER:
	case KEYMAP_SPEECH_LOUDER:
		level = speech_change_volume(sp, cmd == KEYMAP_SPEECH_LOUDER ?
		    1 : -1);
		app_speech_level(app, xasprintf(ngettext("Volume: %d percent",
		    "Volume: %d percent", (unsigned long)level), level));
		break;
	default:
		break;
	}
}

void
app_speech_wipe(struct app *app)
{
	if (app->speech.out != NULL) {
		speech_forget(app->speech.out);
		/* A visitor's speed and volume are theirs alone. */
		speech_reset_levels(app->speech.out,
		    &app->opts.speech_settings);
	}
	xfree_wiped(app->speech.focus);
	app->speech.focus = NULL;
	app->speech.note = NULL;
	app->speech.echoed = app->speech.warned = false;
	app->speech.helped = app->speech.small = false;
	/* The next visitor starts as the setting says. */
	app->speech.on = false;
	if (app->opts.speech)
		app_speech_set(app, true);
	app->speech.note = NULL;
	app_speech_new_view(app);
}

void
app_speech_end(struct app *app)
{
	xfree_wiped(app->speech.focus);
	app->speech.focus = NULL;
	speech_close(app->speech.out);
	app->speech.out = NULL;
	app->speech.on = false;
}
