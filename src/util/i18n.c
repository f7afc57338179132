/*
 * Gettext set-up and switching.  Measured on glibc 2.36 (see
 * shared/toolchain-notes §1): under C.UTF-8, LANGUAGE selects the catalog,
 * and textdomain(textdomain(NULL)) drops gettext's translation cache so a
 * switch takes effect at once.
 */
#include "config.h"

#include "i18n.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

static char current[16] = "en";

int
i18n_init(const char *localedir)
{
	const char *dir = getenv("ORIENTATION_LOCALEDIR");
	int rc = 0;

	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "C.utf8") == NULL) {
		/* Fall back to the environment; it may still be UTF-8. */
		if (setlocale(LC_ALL, "") == NULL)
			rc = -1;
	}
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	i18n_set_language(current);
	return rc;
}

void
i18n_set_language(const char *code)
{
	size_t n = strlen(code);

	if (n == 0 || n >= sizeof current)
		return;
	memcpy(current, code, n + 1);
	setenv("LANGUAGE", current, 1);
	textdomain(textdomain(NULL));
}

const char *
i18n_language(void)
{
	return current;
}
