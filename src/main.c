/*
 * orientation: the guidance kiosk of the Maison de l'orientation.
 *
 * main() only wires the layers together: it reads the command line, sets
 * up gettext, opens the catalog and the state database, and hands them to
 * the terminal UI.  Every error before the UI starts is one line on stderr
 * in the user's language and a non-zero exit; nothing is overwritten.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/catalog.h"
#include "store/occupation.h"
#include "store/state.h"
#include "ui/app.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

enum { EXIT_USAGE = 2, EXIT_DATA = 3 };

struct options {
	const char *lang;
	const char *catalog;
	const char *state;
	bool no_color;
};

/* Print the usage text in the current language. */
static void
usage(FILE *out)
{
	fprintf(out, "%s\n\n%s\n", _("Usage: orientation [OPTION]..."),
	    _("The guidance kiosk of the Maison de l'orientation.\n"
	      "\n"
	      "  --lang CODE      start in this language (nl, fr, de, en)\n"
	      "  --catalog FILE   read the catalog from FILE\n"
	      "  --state FILE     keep results and figures in FILE\n"
	      "  --no-color       use no colours (also when NO_COLOR is set)\n"
	      "  --help           show this help and exit\n"
	      "  --version        show the version and exit"));
}

/* Parse the command line; exits on --help, --version and errors. */
static void
parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "catalog", required_argument, NULL, 'c' },
		{ "state", required_argument, NULL, 's' },
		{ "no-color", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o->lang = optarg;
			break;
		case 'c':
			o->catalog = optarg;
			break;
		case 's':
			o->state = optarg;
			break;
		case 'n':
			o->no_color = true;
			break;
		case 'h':
			usage(stdout);
			exit(EXIT_SUCCESS);
		case 'V':
			printf("orientation %s\n", VERSION);
			exit(EXIT_SUCCESS);
		default:
			fprintf(stderr, "orientation: %s: %s\n",
			    _("unknown or incomplete option"), argv[optind - 1]);
			fprintf(stderr, "%s\n", _("Try 'orientation --help'."));
			exit(EXIT_USAGE);
		}
	}
	if (optind < argc) {
		fprintf(stderr, "orientation: %s: %s\n", _("unexpected argument"),
		    argv[optind]);
		fprintf(stderr, "%s\n", _("Try 'orientation --help'."));
		exit(EXIT_USAGE);
	}
}

/* Create @dir and its parents; 0 or -1. */
static int
make_dirs(const char *dir)
{
	char *p = xstrdup(dir);
	int rc = 0;

	for (char *s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	if (mkdir(p, 0700) != 0 && errno != EEXIST)
		rc = -1;
	free(p);
	return rc;
}

/*
 * The default state file: $XDG_STATE_HOME/orientation/state.db, else
 * ~/.local/state/orientation/state.db.  Returns a new string or NULL.
 */
static char *
default_state_path(void)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	char *dir, *path;

	if (xdg != NULL && xdg[0] == '/')
		dir = xasprintf("%s/orientation", xdg);
	else if (home != NULL && home[0] == '/')
		dir = xasprintf("%s/.local/state/orientation", home);
	else
		return NULL;
	if (make_dirs(dir) != 0) {
		free(dir);
		return NULL;
	}
	path = xasprintf("%s/state.db", dir);
	free(dir);
	return path;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct catalog *cat = NULL;
	struct occupation_store *occupations = NULL;
	struct state *st = NULL;
	enum orientation_status status;
	const char *no_color = getenv("NO_COLOR");
	char *state_path = NULL;
	struct app app;
	int rc = EXIT_DATA;

	i18n_init(LOCALEDIR);
	parse_args(argc, argv, &o);
	if (no_color != NULL && *no_color != '\0')
		o.no_color = true;
	if (o.catalog == NULL)
		o.catalog = getenv("ORIENTATION_CATALOG");
	if (o.catalog == NULL)
		o.catalog = CATALOG_PATH;

	if ((status = catalog_open(o.catalog, &cat)) != ORIENTATION_OK ||
	    (status = occupation_store_open(cat, &occupations)) !=
	    ORIENTATION_OK) {
		fprintf(stderr, "orientation: %s: %s\n", o.catalog,
		    status_message(status));
		goto out;
	}
	if (o.lang != NULL && catalog_language_find(cat, o.lang) == NULL) {
		fprintf(stderr, "orientation: %s: %s\n", o.lang,
		    _("this language is not available"));
		rc = EXIT_USAGE;
		goto out;
	}
	state_path = o.state != NULL ? xstrdup(o.state) : default_state_path();
	if (state_path == NULL) {
		fprintf(stderr, "orientation: %s\n",
		    _("No place to keep results: set HOME or XDG_STATE_HOME, or "
		      "use --state FILE."));
		goto out;
	}
	if ((status = state_open(state_path, &st)) != ORIENTATION_OK) {
		fprintf(stderr, "orientation: %s: %s\n", state_path,
		    status_message(status));
		goto out;
	}
	if (app_init(&app, cat, occupations, st, &(struct app_options){
	    .lang = o.lang, .no_color = o.no_color }) == 0) {
		rc = app_run(&app);
		app_end(&app);
	}
out:
	free(state_path);
	state_free(st);
	occupation_store_free(occupations);
	catalog_free(cat);
	return rc;
}
