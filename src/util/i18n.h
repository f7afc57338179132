/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Gettext wrappers and run-time language switching.
 *
 * Static tables hold N_() strings and are translated when drawn, never
 * cached: that is what lets a language switch redraw a screen in place.
 */
#ifndef UTIL_I18N_H
#define UTIL_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/*
 * @msgid translated in context @ctx (a string literal, gettext's msgctxt):
 * for one English text that a language translates in more than one way,
 * by what it is used for.  xgettext knows it as pgettext:1c,2 (po/
 * meson.build); an untranslated one gives @msgid.
 */
#define pgettext(ctx, msgid) i18n_pgettext(ctx "\004" msgid, msgid)

/** The translation of @ctx_msgid (context, EOT, msgid), or @msgid when
 *  there is none.  Use pgettext(). */
const char *i18n_pgettext(const char *ctx_msgid, const char *msgid)
    __attribute__((format_arg(2)));

/**
 * Set up gettext.  The locale is forced to C.UTF-8 (present on every Debian
 * machine) because glibc ignores LANGUAGE under the plain "C" locale.
 * @localedir: where <lang>/LC_MESSAGES/orientation.mo live; the environment
 * variable ORIENTATION_LOCALEDIR overrides it.  Messages start in the
 * language the environment names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
 * else English.
 * @return 0, or -1 if no UTF-8 locale could be set.
 */
int i18n_init(const char *localedir);

/**
 * Switch UI messages to @code (a code of the language table).  Strings
 * not translated in that catalog are looked up along the language's chain
 * (i18n_add_chain), then fall back to the English msgid.
 */
void i18n_set_language(const char *code);

/**
 * Make @chain ("lb:de:fr": a code, then its fallbacks, as the language
 * table gives them) the chain of its first code, for every later
 * i18n_set_language.  The text is copied; NULL or "" is ignored.
 */
void i18n_add_chain(const char *chain);

/**
 * Start in @code (a code of the language table, --lang) instead of the
 * environment's language: switch to it, and make it the language
 * i18n_reset_language() goes back to.  "" is ignored.
 */
void i18n_start_language(const char *code);

/** Go back to the language the program started in: the one given to
 *  i18n_start_language(), else the environment's. */
void i18n_reset_language(void);

/** The current language code; valid until the next i18n_set_language. */
const char *i18n_language(void);

#endif
