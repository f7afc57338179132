/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The keys that work on every screen, one table per mode (normal, kiosk,
 * counselor).  The main loop looks keys up here, and the footer and the
 * help are drawn from the same table, so the help never names a key that
 * does nothing and shows the keys this terminal has (a vt100 has no F10).
 * On a screen with a text field ("typing"), "?", "/" and Backspace type
 * or delete there, so the footer and the help name only the other keys
 * of those commands (F1, F3, Esc).
 *
 * Speech (every mode): F4 turns it on and off; it is PF4 on a vt100, the
 * fourth key of the only four a vt100 has, so it is the same key on every
 * terminal.  While speech is on, control keys that no screen, terminal or
 * multiplexer takes (not Ctrl+A, B, C, H, I, J, K, M, Q, S, U, Z) repeat,
 * stop, read the whole screen and change speed and volume; the left key
 * of each pair is less, the right one more (D F, O P: side by side on
 * QWERTY, QWERTZ and AZERTY).  With speech off they do nothing and are
 * neither looked up nor listed.
 */
#ifndef UI_KEYMAP_H
#define UI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

struct ui_key;

enum keymap_mode {
	KEYMAP_NORMAL,
	KEYMAP_KIOSK,
	KEYMAP_COUNSELOR,
};

enum keymap_command {
	KEYMAP_NONE,
	KEYMAP_HELP,      /* show the help */
	KEYMAP_LANGUAGE,  /* choose another language */
	KEYMAP_SEARCH,    /* open the search */
	KEYMAP_BACK,      /* close the screen */
	KEYMAP_QUIT,      /* leave the program */
	KEYMAP_STAFF,     /* kiosk: the staff PIN prompt */
	KEYMAP_SPEECH,    /* speech on or off */
	KEYMAP_SPEECH_REPEAT,  /* while speaking: say the last thing again */
	KEYMAP_SPEECH_STOP,    /* stop speaking */
	KEYMAP_SPEECH_ALL,     /* read the whole screen */
	KEYMAP_SPEECH_SLOWER,
	KEYMAP_SPEECH_FASTER,
	KEYMAP_SPEECH_SOFTER,
	KEYMAP_SPEECH_LOUDER,
};

#define KEYMAP_KEYS 3

struct keymap_binding {
	enum keymap_command cmd;
	struct {
		int code;     /* a curses key code, or 0 */
		wint_t ch;    /* or a typed character */
	} keys[KEYMAP_KEYS];  /* the footer shows the first this terminal has */
	const char *footer;   /* N_() footer label; NULL: not in the footer */
	const char *help;     /* N_() help line; NULL: not in the help */
	bool speaking;        /* only while speech is on */
};

/** The bindings of @mode, @n of them; static, never freed.  Those marked
 *  speaking are in force only while speech is on. */
const struct keymap_binding *keymap_table(enum keymap_mode mode, size_t *n);

/** What @key does in @mode (KEYMAP_NONE: nothing); the speaking keys
 *  only when @speaking. */
enum keymap_command keymap_lookup(enum keymap_mode mode, bool speaking,
    const struct ui_key *key);

/** Whether @cmd is one of the speech commands (F4 and the speaking keys). */
bool keymap_is_speech(enum keymap_command cmd);

/** The binding of @cmd in @mode, or NULL. */
const struct keymap_binding *keymap_binding(enum keymap_mode mode,
    enum keymap_command cmd);

/**
 * The name of the first key of @b this terminal can send ("F1", "Esc",
 * "Ctrl+C" in the current language), or NULL if it has none; when
 * @typing, not a key a text field takes (a character, Backspace).
 * @return a string the caller frees.
 */
char *keymap_key_name(const struct keymap_binding *b, bool typing);

/**
 * The help for the keys of @mode: a heading and one line per binding
 * with help, naming every key of it this terminal can send (when
 * @typing, but those a text field takes); the speaking keys only when
 * @speaking, all in one paragraph.
 * @return a string in the current language; the caller frees it.
 */
char *keymap_help(enum keymap_mode mode, bool speaking, bool typing);

#endif
