/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Administrators: the audit trail, newest first (sign-ins, failures,
 * opened codes, reports, catalog changes).  The rows keep English keys
 * (they are data, and `orientation admin audit` prints them as kept); the
 * screen shows each known action and fixed detail in the reader's
 * language, anything else as it is kept, in columns by display width.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "store/account.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define AUDIT_SHOWN 500
#define WHO_COLS 16     /* the widest "who" column */
#define ACTION_COLS 26  /* the widest action column */

/* A kept key and what the screen shows for it. */
struct screen_audit_word {
	const char *key;    /* as written by audit_add() */
	const char *label;  /* N_() */
};

/* The actions that modules write (the keys are data: never change one). */
static const struct screen_audit_word actions[] = {
	/* TRANSLATORS: the audit trail's actions, a column of short
	 * lower-case phrases: who did what. */
	{ "signin ok", N_("signed in") },
	{ "signin failed", N_("sign-in failed") },
	{ "signin locked", N_("sign-in while locked") },
	{ "signin disabled", N_("sign-in, account disabled") },
	{ "signout", N_("signed out") },
	{ "account added", N_("account added") },
	{ "account disabled", N_("account disabled") },
	{ "account enabled", N_("account enabled") },
	{ "password changed", N_("password changed") },
	{ "code opened", N_("code opened") },
	{ "code refused", N_("code refused") },
	{ "code not found", N_("code not found") },
	{ "code unreadable", N_("code unreadable") },
	{ "code block lifted", N_("wrong codes forgotten") },
	{ "report", N_("report made") },
	{ "extended", N_("kept longer") },
	{ "deleted", N_("results deleted") },
	{ "note", N_("note written") },
	{ "staff pin wrong", N_("wrong staff PIN") },
	{ "catalog import", N_("catalogue imported") },
	{ "catalog change", N_("catalogue changed") },
	{ "catalog refused", N_("catalogue refused") },
	{ "catalog taken up", N_("catalogue taken up") },
	{ "catalog published", N_("catalogue published") },
	{ "catalog installed", N_("catalogue installed") },
};

/* The fixed details; codes, names, paths and other details are shown as
 * they are kept. */
static const struct screen_audit_word details[] = {
	/* TRANSLATORS: the audit trail's details, short lower-case phrases. */
	{ "throttled", N_("too many wrong codes") },
	{ "damaged", N_("damaged database") },
	{ "not found", N_("not found") },
	{ "error", N_("database error") },
	{ "wrong password", N_("wrong password") },
	{ "wrong password, account locked", N_("wrong password, account "
	    "locked") },
	{ "unknown name", N_("unknown name") },
	{ "prompt locked", N_("prompt locked") },
	{ "all", N_("all stations") },
	{ "admin", N_("administrator") },
	{ "counselor", N_("counsellor") },
};

struct screen_audit_state {
	struct audit_entry *entries;
	int n;
	int scroll;
	int who_cols, action_cols;   /* the columns, in the current language */
};

static void
screen_audit_close(void *state)
{
	struct screen_audit_state *s = state;

	audit_list_free(s->entries, s->n);
}

/* Why there is nothing to read. */
static const char *const texts[] = {
	N_("Only administrators can read the audit trail."),
	N_("Nothing recorded yet."),
};

/* What the screen shows for @key: its label in @words, translated, or
 * the key itself.  A new string; the caller frees. */
static char *
screen_audit_word(const struct screen_audit_word *words, size_t n,
    const char *key)
{
	long rev, was;
	int end = -1;

	for (size_t i = 0; i < n; i++)
		if (strcmp(words[i].key, key) == 0)
			return xstrdup(_(words[i].label));
	/* Catalogue revisions, as app-catalog.c and admin-catalog.c write
	 * them. */
	if (sscanf(key, "revision %ld (was %ld)%n", &rev, &was, &end) == 2 &&
	    key[end] == '\0')
		return xasprintf(_("revision %ld (was %ld)"), rev, was);
	end = -1;
	if (sscanf(key, "revision %ld%n", &rev, &end) == 1 && key[end] == '\0')
		return xasprintf(_("revision %ld"), rev);
	return xstrdup(key);
}

/* The action of @e as shown.  A new string; the caller frees. */
static char *
screen_audit_action(const struct audit_entry *e)
{
	return screen_audit_word(actions, sizeof actions / sizeof actions[0],
	    e->action);
}

/* @text and spaces after it to @cols display columns, and @gap more.
 * A new string; the caller frees. */
static char *
screen_audit_pad(const char *text, int cols, int gap)
{
	int pad = cols - draw_width(text);

	return xasprintf("%s%*s", text, (pad > 0 ? pad : 0) + gap, "");
}

/* Entry @e as a line: when, who, what, detail, apart by @sep; in columns
 * of @who_cols and @action_cols display columns when @who_cols > 0.  The
 * caller frees. */
static char *
screen_audit_line(const struct audit_entry *e, const char *sep,
    int who_cols, int action_cols)
{
	char when[32], *action, *detail, *line;
	struct tm tm;

	gmtime_r(&e->at, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	action = screen_audit_action(e);
	detail = screen_audit_word(details, sizeof details / sizeof details[0],
	    e->detail);
	if (who_cols > 0) {
		char *who = screen_audit_pad(e->who, who_cols, 2),
		    *what = screen_audit_pad(action, action_cols, 2);

		line = xasprintf("%s%s%s%s%s", when, sep, who, what, detail);
		free(who);
		free(what);
	} else {
		line = xasprintf("%s%s%s%s%s%s%s", when, sep, e->who, sep, action,
		    *detail ? sep : "", detail);
	}
	free(action);
	free(detail);
	return line;
}

/* The widths of the who and action columns: the widest of the entries,
 * in the current language, up to a limit.  Also the on_language op. */
static void
screen_audit_columns(struct app *app, void *state)
{
	struct screen_audit_state *s = state;

	(void)app;
	s->who_cols = 1;
	s->action_cols = 1;
	for (int i = 0; i < s->n; i++) {
		char *action = screen_audit_action(&s->entries[i]);
		int w = draw_width(s->entries[i].who), a = draw_width(action);

		s->who_cols = w > s->who_cols ? w : s->who_cols;
		s->action_cols = a > s->action_cols ? a : s->action_cols;
		free(action);
	}
	s->who_cols = s->who_cols < WHO_COLS ? s->who_cols : WHO_COLS;
	s->action_cols = s->action_cols < ACTION_COLS ? s->action_cols :
	    ACTION_COLS;
}

static void
screen_audit_open(struct app *app, void *state)
{
	struct screen_audit_state *s = state;

	s->n = app->admin ? audit_list(app->state, AUDIT_SHOWN, &s->entries) : 0;
	if (s->n < 0)
		s->n = 0;
	screen_audit_columns(app, s);
}

static void
screen_audit_paint(struct app *app, void *state)
{
	struct screen_audit_state *s = state;
	int x = 2, width = COLS - 4, rows = app_body_bottom() - APP_BODY_TOP;

	if (!app->admin) {
		draw_text(APP_BODY_TOP, x, width, _(texts[0]),
		    app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	if (s->scroll > s->n - rows)
		s->scroll = s->n - rows > 0 ? s->n - rows : 0;
	for (int r = 0; r < rows && s->scroll + r < s->n; r++) {
		char *line = screen_audit_line(&s->entries[s->scroll + r], "  ",
		    s->who_cols, s->action_cols);

		draw_text(APP_BODY_TOP + r, x, width, line, 0);
		free(line);
	}
	if (s->n == 0)
		draw_text(APP_BODY_TOP, x, width, _(texts[1]), 0);
	move(APP_BODY_TOP, x);
}

static bool
screen_audit_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_audit_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->n, app_body_bottom() - APP_BODY_TOP, key);
}

/* The entries on the screen, one sentence each (or why there are none);
 * scrolling moves no focus. */
static void
screen_audit_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_audit_state *s = state;
	int rows = app_body_bottom() - APP_BODY_TOP;

	if (what != SCREEN_SPEAK_ALL)
		return;
	if (!app->admin || s->n == 0) {
		utterance_add(out, _(texts[app->admin ? 1 : 0]));
		return;
	}
	for (int r = 0; r < rows && s->scroll + r < s->n; r++) {
		char *line = screen_audit_line(&s->entries[s->scroll + r], ", ",
		    0, 0);

		utterance_add(out, line);
		free(line);
	}
}

const struct screen_ops screen_audit_ops = {
	.title = N_("Audit trail"),
	.help = N_("Newest first. The arrow and page keys scroll."),
	.state_size = sizeof(struct screen_audit_state),
	.open = screen_audit_open,
	.close = screen_audit_close,
	.paint = screen_audit_paint,
	.key = screen_audit_key,
	.speak = screen_audit_speak,
	.on_language = screen_audit_columns,
};
