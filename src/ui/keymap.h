/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The keys that work on every screen, one table per mode (normal, kiosk,
 * counselor).  The main loop looks keys up here, and the footer and the
 * help are drawn from the same table, so the help never names a key that
 * does nothing and shows the keys this terminal has (a vt100 has no F10).
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
};

/** The bindings of @mode, @n of them; static, never freed. */
const struct keymap_binding *keymap_table(enum keymap_mode mode, size_t *n);

/** What @key does in @mode (KEYMAP_NONE: nothing). */
enum keymap_command keymap_lookup(enum keymap_mode mode,
    const struct ui_key *key);

/**
 * The name of the first key of @b this terminal can send ("F1", "Esc",
 * "Ctrl+C" in the current language), or NULL if it has none.
 * @return a string the caller frees.
 */
char *keymap_key_name(const struct keymap_binding *b);

/**
 * The help for the keys of @mode: a heading and one line per binding
 * with help, naming every key of it this terminal can send.
 * @return a string in the current language; the caller frees it.
 */
char *keymap_help(enum keymap_mode mode);

#endif
