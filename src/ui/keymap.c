/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The key tables of the three modes (see keymap.h).  A key is "there"
 * when the terminal description names a sequence for it (kf10 for F10)
 * or when it is a typed character or control key, which every keyboard
 * has.
 */
#include "ui/keymap.h"

#include <curses.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "core/keyseq.h"
#include "ui/screen.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define KEYMAP_CTRL(c) ((c) & 0x1f)

/* TRANSLATORS: footer labels; keep them short. */
#define KEYMAP_HELP_BINDING { KEYMAP_HELP, { { KEY_F(1), 0 }, { 0, L'?' } }, \
	N_("Help"), N_("shows this help"), false }
#define KEYMAP_LANGUAGE_BINDING { KEYMAP_LANGUAGE, { { KEY_F(2), 0 } }, \
	N_("Language"), N_("changes the language without losing anything"), false }
#define KEYMAP_SEARCH_BINDING { KEYMAP_SEARCH, \
	{ { KEY_F(3), 0 }, { 0, L'/' } }, N_("Search"), N_("searches"), false }
#define KEYMAP_BACK_BINDING { KEYMAP_BACK, \
	{ { UI_KEY_ESC, 0 }, { KEY_BACKSPACE, 0 } }, N_("Back"), \
	N_("goes back one step"), false }
#define KEYMAP_QUIT_BINDING { KEYMAP_QUIT, \
	{ { KEY_F(10), 0 }, { KEYMAP_CTRL('C'), 0 } }, N_("Quit"), N_("quits"), false }
/* The speech key is in the footer of the kiosk, which has no quit key;
 * elsewhere the footer has no room for it in every language, and the help
 * and the start screen name it. */
#define KEYMAP_SPEECH_HELP \
	N_("reads the screen aloud, or stops reading (on or off)")
/* TRANSLATORS: footer label of the key that turns speech output on and
 * off; keep it short (German: Vorlesen, not Sprache) */
#define KEYMAP_SPEECH_FOOTER N_("Speech")
/* The keys of speech while it is on (see keymap.h for the choice). */
#define KEYMAP_SPEAKING(c, key, help) { c, { { KEYMAP_CTRL(key), 0 } }, NULL, \
	help, true }
#define KEYMAP_SPEECH_BINDINGS(footer) \
	{ KEYMAP_SPEECH, { { KEY_F(4), 0 } }, footer, KEYMAP_SPEECH_HELP, \
	  false }, \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_REPEAT, 'R', N_("says it again")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_STOP, 'X', N_("stops speaking")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_ALL, 'W', N_("reads the whole screen")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_SLOWER, 'D', N_("speaks more slowly")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_FASTER, 'F', N_("speaks faster")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_SOFTER, 'O', N_("speaks more softly")), \
	KEYMAP_SPEAKING(KEYMAP_SPEECH_LOUDER, 'P', N_("speaks louder"))

static const struct keymap_binding keymap_normal[] = {
	KEYMAP_HELP_BINDING,
	KEYMAP_LANGUAGE_BINDING,
	KEYMAP_SEARCH_BINDING,
	KEYMAP_SPEECH_BINDINGS(NULL),
	KEYMAP_BACK_BINDING,
	KEYMAP_QUIT_BINDING,
};

/* No quit key; staff leave with F12 or, where there is no F12 (vt100),
 * Ctrl+K, then the PIN.  Neither is shown to visitors. */
static const struct keymap_binding keymap_kiosk[] = {
	KEYMAP_HELP_BINDING,
	KEYMAP_LANGUAGE_BINDING,
	KEYMAP_SEARCH_BINDING,
	KEYMAP_SPEECH_BINDINGS(KEYMAP_SPEECH_FOOTER),
	KEYMAP_BACK_BINDING,
	{ KEYMAP_STAFF, { { KEY_F(12), 0 }, { KEYMAP_CTRL('K'), 0 } }, NULL,
	  NULL, false },
};

const struct keymap_binding *
keymap_table(enum keymap_mode mode, size_t *n)
{
	switch (mode) {
	case KEYMAP_KIOSK:
		*n = sizeof keymap_kiosk / sizeof keymap_kiosk[0];
		return keymap_kiosk;
	case KEYMAP_COUNSELOR:  /* the same keys as the normal mode */
	case KEYMAP_NORMAL:
	default:
		*n = sizeof keymap_normal / sizeof keymap_normal[0];
		return keymap_normal;
	}
}

enum keymap_command
keymap_lookup(enum keymap_mode mode, bool speaking, const struct ui_key *key)
{
	size_t n;
	const struct keymap_binding *t = keymap_table(mode, &n);

	for (size_t i = 0; i < n; i++) {
		if (t[i].speaking && !speaking)
			continue;
		for (int k = 0; k < KEYMAP_KEYS; k++) {
			if (t[i].keys[k].code != 0 && key->kind == UI_KEY_CODE &&
			    key->code == t[i].keys[k].code)
				return t[i].cmd;
			if (t[i].keys[k].ch != 0 && key->kind == UI_KEY_CHAR &&
			    key->ch == t[i].keys[k].ch)
				return t[i].cmd;
		}
	}
	return KEYMAP_NONE;
}

bool
keymap_is_speech(enum keymap_command cmd)
{
	return cmd >= KEYMAP_SPEECH && cmd <= KEYMAP_SPEECH_LOUDER;
}

/* lfind's comparison: 0 when the binding @elem is for the command @key. */
static int
keymap_other_cmd(const void *key, const void *elem)
{
	return *(const enum keymap_command *)key !=
	    ((const struct keymap_binding *)elem)->cmd;
}

const struct keymap_binding *
keymap_binding(enum keymap_mode mode, enum keymap_command cmd)
{
	size_t n;
	const struct keymap_binding *t = keymap_table(mode, &n);

	return lfind(&cmd, t, &n, sizeof *t, keymap_other_cmd);
}

/* Whether this terminal can send function key @n: its description
 * names a sequence for it that is read as that key.  (vt100's kf5..kf10
 * are keypad keys, which type digits.) */
static bool
keymap_has_function_key(int n)
{
	char cap[sizeof "kf" + FITS_DECIMAL(int)];
	const char *seq;
	struct keyseq dec;
	struct keyseq_event ev = { 0 };
	bool got = false;

	snprintf(cap, sizeof cap, "kf%d", n); /* fits: sized for any int */
	seq = tigetstr(cap);
	if (seq == NULL || seq == (char *)-1)
		return false;
	keyseq_init(&dec);
	for (; *seq != '\0' && !got; seq++)
		got = keyseq_byte(&dec, (unsigned char)*seq, &ev);
	return got && seq[0] == '\0' && ev.kind == KEYSEQ_KEY &&
	    ev.key == KEYSEQ_F(n);
}

/* The name of key @k of @b, or NULL if this terminal has no such key or,
 * when @typing, a text field takes it. */
static char *
keymap_name(const struct keymap_binding *b, int k, bool typing)
{
	int code = b->keys[k].code;

	if (typing && (b->keys[k].ch != 0 || code == KEY_BACKSPACE))
		return NULL;
	if (b->keys[k].ch != 0)
		return xasprintf("%lc", (wint_t)b->keys[k].ch);
	if (code >= KEY_F(1) && code <= KEY_F(63))
		return keymap_has_function_key(code - KEY_F0) ?
		    xasprintf("F%d", code - KEY_F0) : NULL;
	if (code == UI_KEY_ESC)
		return xstrdup("Esc");
	if (code == KEY_BACKSPACE)
		/* TRANSLATORS: the key that deletes to the left */
		return xstrdup(_("Backspace"));
	if (code > 0 && code < 32)
		/* TRANSLATORS: a control key, e.g. Ctrl+C (German: Strg+C) */
		return xasprintf(_("Ctrl+%c"), code + '@');
	return NULL;
}

char *
keymap_key_name(const struct keymap_binding *b, bool typing)
{
	for (int k = 0; k < KEYMAP_KEYS; k++) {
		char *name;

		if (b->keys[k].code == 0 && b->keys[k].ch == 0)
			break;
		if ((name = keymap_name(b, k, typing)) != NULL)
			return name;
	}
	return NULL;
}

char *
keymap_help(enum keymap_mode mode, bool speaking, bool typing)
{
	size_t n;
	const struct keymap_binding *t = keymap_table(mode, &n);
	char *text = xstrdup(_("Everywhere:"));

	for (size_t i = 0; i < n; i++) {
		char *names = NULL, *more, *line;

		if (t[i].help == NULL || (t[i].speaking && !speaking))
			continue;
		for (int k = 0; k < KEYMAP_KEYS; k++) {
			char *name = t[i].keys[k].code != 0 || t[i].keys[k].ch != 0 ?
			    keymap_name(&t[i], k, typing) : NULL;

			if (name == NULL)
				continue;
			more = xasprintf("%s%s%s", names != NULL ? names : "",
			    names != NULL ? ", " : "", name);
			free(names);
			free(name);
			names = more;
		}
		if (names == NULL)
			continue;
		/* "F1, ?: shows this help", with the language's colon (French
		 * " : "). */
		line = xasprintf(_("%s: %s"), names, _(t[i].help));
		/* The speaking keys share one paragraph, so the help still
		 * fits 80x24. */
		more = xasprintf("%s%s%s", text, t[i].speaking &&
		    t[i - 1].speaking ?
		    /* TRANSLATORS: between the speech keys in the help:
		     * "Ctrl+R: says it again; Ctrl+X: stops speaking"
		     * (French: " ; ") */
		    _("; ") : "\n  ", line);
		free(line);
		free(names);
		free(text);
		text = more;
	}
	return text;
}
