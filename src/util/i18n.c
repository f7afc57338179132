/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Gettext set-up and switching.  Measured on glibc 2.36 (see
 * shared/toolchain-notes §1): under C.UTF-8, LANGUAGE selects the catalog,
 * and textdomain(textdomain(NULL)) drops gettext's translation cache so a
 * switch takes effect at once.
 */
#include "config.h"

#include "i18n.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static char current[16] = "en";
/* The language the program starts in, which i18n_reset_language goes
 * back to: the environment's, or the one given (i18n_start_language). */
static char initial[sizeof current] = "en";

/* The fallback chains given by i18n_add_chain ("lb:de:fr"). */
#define I18N_MAX_CHAINS 32
static char chains[I18N_MAX_CHAINS][64];
static int nchains;

/* The registered chain that starts with @code, or NULL. */
static const char *
i18n_chain(const char *code)
{
	size_t n = strlen(code);

	for (int i = 0; i < nchains; i++)
		if (strncmp(chains[i], code, n) == 0 &&
		    (chains[i][n] == ':' || chains[i][n] == '\0'))
			return chains[i];
	return NULL;
}

void
i18n_add_chain(const char *chain)
{
	const char *colon = chain != NULL ? strchr(chain, ':') : NULL;
	size_t n = colon ? (size_t)(colon - chain) : chain ? strlen(chain) : 0;
	char code[sizeof current];
	int slot = nchains;

	if (n == 0 || n >= sizeof code || strlen(chain) >= sizeof chains[0])
		return;
	memcpy(code, chain, n);
	code[n] = '\0';
	for (int i = 0; i < nchains; i++)
		if (i18n_chain(code) == chains[i])
			slot = i;
	if (slot == I18N_MAX_CHAINS)
		return;
	strcpy(chains[slot], chain);
	if (slot == nchains)
		nchains++;
	if (strcmp(current, code) == 0)
		i18n_set_language(code);
}

/*
 * The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG, first one set), as a two-letter code in @code, for messages shown
 * before the visitor chooses.  A language without a catalog falls back to
 * English through gettext itself.
 */
static void
i18n_environment_language(char code[3])
{
	static const char *const vars[] = {
		"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG",
	};

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v == NULL || v[0] < 'a' || v[0] > 'z' || v[1] < 'a' ||
		    v[1] > 'z')
			continue;
		code[0] = v[0];
		code[1] = v[1];
		code[2] = '\0';
		return;
	}
}

/*
 * The categories of locale @name that the program uses: characters
 * (UTF-8, for curses and the text functions) and messages (gettext
 * follows LANGUAGE only under a locale other than C).  The others stay
 * "C", which is what C.utf8 has too (dates and numbers are written by the
 * catalog's own rules), and are not read from disk: one file each, a
 * dozen system calls of every start.  @return whether both were set.
 */
static bool
i18n_utf8_locale(const char *name)
{
	return setlocale(LC_CTYPE, name) != NULL &&
	    setlocale(LC_MESSAGES, name) != NULL;
}

int
i18n_init(const char *localedir)
{
	const char *dir = getenv("ORIENTATION_LOCALEDIR");
	char code[3] = "en";
	int rc = 0;

	i18n_environment_language(code);
	memcpy(initial, code, sizeof code);

	/* Debian names the folder C.utf8: asking for that first spares a
	 * dozen failed look-ups at every start. */
	if (!i18n_utf8_locale("C.utf8") && !i18n_utf8_locale("C.UTF-8")) {
		/* Fall back to the environment; it may still be UTF-8. */
		if (setlocale(LC_ALL, "") == NULL)
			rc = -1;
	}
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	i18n_set_language(code);
	return rc;
}

void
i18n_set_language(const char *code)
{
	size_t n = strlen(code);

	if (n == 0 || n >= sizeof current)
		return;
	memcpy(current, code, n + 1);
	setenv("LANGUAGE", i18n_chain(current) ? i18n_chain(current) : current,
	    1);
	textdomain(textdomain(NULL));
}

const char *
i18n_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = gettext(ctx_msgid);

	/* gettext gives its argument back when it has no translation. */
	return t == ctx_msgid ? msgid : t;
}

const char *
i18n_language(void)
{
	return current;
}

void
i18n_start_language(const char *code)
{
	i18n_set_language(code);
	/* A code i18n_set_language refused leaves the start as it was. */
	if (strcmp(current, code) == 0)
		memcpy(initial, current, sizeof initial);
}

void
i18n_reset_language(void)
{
	i18n_set_language(initial);
}
