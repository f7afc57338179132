/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * orientation: the guidance kiosk of the Maison de l'orientation.
 *
 * main() only wires the layers together: it reads the command line, sets
 * up gettext, opens the catalog and the state database, and hands them to
 * the terminal UI (which opens a state file itself once its first frame
 * is up: run_kiosk).  Every error is one line on stderr in the user's
 * language and a non-zero exit; nothing is overwritten.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/admin.h"
#include "cli/admin-backup.h"
#include "cli/admin-catalog.h"
#include "cli/cli-search.h"
#include "plain/plain.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "store/state.h"
#include "ui/app.h"
#include "ui/builtin-languages.h"
#include "util/settings.h"
#include "util/i18n.h"
#include "util/prompt-secret.h"
#include "util/secret.h"
#include "util/xmalloc.h"

enum { EXIT_USAGE = 2, EXIT_DATA = 3 };

/* A staff PIN has this many digits at least, and at most. */
#define STAFF_PIN_MIN 6
#define STAFF_PIN_MAX 32

struct options {
	const char *lang;
	const char *catalog;
	const char *state;
	const char *config;
	bool no_color;
	bool kiosk;
	bool counselor;
	bool plain;
	bool hash_pin;
	bool help;
};

/* Print the usage text in the current language, and the @n languages
 * @langs, each in its own name. */
static void
usage(FILE *out, const struct catalog_language *langs, size_t n)
{
	size_t col = 0;

	fprintf(out, "%s\n\n%s\n", _("Usage: orientation [OPTION]..."),
	    _("The guidance kiosk of the Maison de l'orientation.\n"
	      "\n"
	      "  --lang CODE      start in this language (the codes are listed below)\n"
	      "  --catalog FILE   read the catalogue from FILE\n"
	      "  --state FILE|URL keep results and figures in FILE, or on the\n"
	      "                   PostgreSQL server at postgresql://...\n"
	      "  --config FILE    read settings from FILE\n"
	      "  --kiosk          lock the kiosk: only staff can leave\n"
	      "  --counselor      sign in as a counsellor\n"
	      "  --plain          plain lines, for screen readers and braille\n"
	      "  --hash-pin       read a staff PIN and print its hash\n"
	      "  --no-color       use no colours (also when NO_COLOR is set)\n"
	      "  --help           show this help and exit\n"
	      "  --version        show the version and exit\n"
	      "\n"
	      "  orientation admin help   manage counsellor accounts"));
	fprintf(out, "%s\n", _("  orientation search --help   search from the "
	    "command line"));
	/* One short paragraph, so the whole help fits a 24-row screen. */
	if (n > 0) {
		fprintf(out, "\n%s", _("Languages:"));
		col = strlen(_("Languages:"));
	}
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(langs[i].code) + strlen(langs[i].native_name) +
		    4;

		if (col + len > 78) {
			fputs("\n ", out);
			col = 1;
		}
		fprintf(out, " %s (%s)%s", langs[i].code, langs[i].native_name,
		    i + 1 < n ? "," : "\n");
		col += len;
	}
}

/* Make each language's fallback chain known to gettext. */
static void
add_chains(const struct catalog *cat)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(cat, &langs);

	for (size_t i = 0; i < n; i++)
		i18n_add_chain(langs[i].chain);
}

/* Parse the command line; exits on --help, --version and errors. */
static void
parse_args(int argc, char **argv, struct options *o)
{
	/* An option's val is its place in @to, where its value goes. */
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 0 },
		{ "catalog", required_argument, NULL, 1 },
		{ "state", required_argument, NULL, 2 },
		{ "config", required_argument, NULL, 3 },
		{ "kiosk", no_argument, NULL, 4 },
		{ "counselor", no_argument, NULL, 5 },
		{ "plain", no_argument, NULL, 6 },
		{ "hash-pin", no_argument, NULL, 7 },
		{ "no-color", no_argument, NULL, 8 },
		{ "help", no_argument, NULL, 9 },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const struct {
		const char **text;  /* takes the argument */
		bool *flag;         /* or is set */
	} to[] = {
		{ &o->lang, NULL }, { &o->catalog, NULL }, { &o->state, NULL },
		{ &o->config, NULL }, { NULL, &o->kiosk }, { NULL, &o->counselor },
		{ NULL, &o->plain }, { NULL, &o->hash_pin }, { NULL, &o->no_color },
		{ NULL, &o->help },
	};
	int c;

	opterr = 0;
	/* "+": stop at the first word, so "admin ..." keeps its own options. */
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (c == 'V') {
			printf("orientation %s\n", VERSION);
			exit(EXIT_SUCCESS);
		}
		if (c < 0 || (size_t)c >= sizeof to / sizeof to[0]) {
			fprintf(stderr, "orientation: %s: %s\n",
			    _("unknown or incomplete option"), argv[optind - 1]);
			fprintf(stderr, "%s\n", _("Try 'orientation --help'."));
			exit(EXIT_USAGE);
		}
		if (to[c].text != NULL)
			*to[c].text = optarg;
		else
			*to[c].flag = true;
	}
	/* The line mode is a visitor's: a counsellor signs in on the
	 * screens, so the two together would be a visit run as staff. */
	if (o->plain && o->counselor) {
		fprintf(stderr, "orientation: %s\n",
		    _("--plain and --counselor cannot be used together: a "
		      "counsellor signs in on the screens."));
		fprintf(stderr, "%s\n", _("Try 'orientation --help'."));
		exit(EXIT_USAGE);
	}
	if (optind < argc && strcmp(argv[optind], "admin") != 0 &&
	    strcmp(argv[optind], "search") != 0) {
		fprintf(stderr, "orientation: %s: %s\n", _("unexpected argument"),
		    argv[optind]);
		fprintf(stderr, "%s\n", _("Try 'orientation --help'."));
		exit(EXIT_USAGE);
	}
}

/*
 * The default state file: $XDG_STATE_HOME/orientation/state.db, else
 * ~/.local/state/orientation/state.db.  Returns a new string or NULL.
 */
static char *
default_state_path(void)
{
	char *dir = state_local_dir(), *path;

	if (dir == NULL)
		return NULL;
	path = xasprintf("%s/state.db", dir);
	free(dir);
	return path;
}

/* While the screens are up on the terminal that stderr also writes to,
 * a line for stderr would spoil them: it waits here until they end. */
static bool holding_errors;
static char *held_errors;

/* Say on stderr that the catalog or state at @target (a file or a URL,
 * whose password is never shown; may be NULL) failed with @status. */
static void
say_error(const char *target, enum orientation_status status)
{
	char *shown = state_masked(target != NULL ? target : "");
	char *line = xasprintf("orientation: %s: %s\n", shown,
	    status_message(status));

	if (holding_errors) {
		char *all = xasprintf("%s%s", held_errors != NULL ? held_errors :
		    "", line);

		free(held_errors);
		held_errors = all;
	} else {
		fputs(line, stderr);
	}
	free(line);
	free(shown);
}

/* The screens have ended: say what waited. */
static void
say_held_errors(void)
{
	holding_errors = false;
	if (held_errors != NULL)
		fputs(held_errors, stderr);
	free(held_errors);
	held_errors = NULL;
}

/*
 * The configuration file: --config FILE (must exist), else
 * $XDG_CONFIG_HOME/orientation/orientation.conf or /etc/orientation/
 * orientation.conf when present.  Returns 0, or -1 after a message.
 */
static int
load_settings(const char *path, struct settings *c)
{
	static const char *const said[] = {
		[SETTINGS_CANNOT_READ] = N_("the settings file cannot be read"),
		[SETTINGS_BAD_LINE] = N_("this line is not a setting (key = "
		    "value) or a [section]"),
		[SETTINGS_UNKNOWN_KEY] = N_("unknown setting"),
		[SETTINGS_BAD_VALUE] = N_("this value is not allowed here"),
	};
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *found = NULL;
	enum settings_result r;
	int line;

	settings_defaults(c);
	if (path == NULL) {
		if (xdg != NULL && xdg[0] == '/')
			found = xasprintf("%s/orientation/orientation.conf", xdg);
		else if (home != NULL && home[0] == '/')
			found = xasprintf("%s/.config/orientation/orientation.conf",
			    home);
		if (found == NULL || access(found, F_OK) != 0) {
			free(found);
			found = xstrdup(SYSCONFDIR "/orientation/orientation.conf");
			if (access(found, F_OK) != 0) {
				free(found);
				return 0;
			}
		}
		path = found;
	}
	r = settings_load(path, c, &line);
	if (r == SETTINGS_CANNOT_READ)
		fprintf(stderr, "orientation: %s: %s\n", path, _(said[r]));
	else if (r != SETTINGS_OK)
		fprintf(stderr, "orientation: %s:%d: %s\n", path, line, _(said[r]));
	free(found);
	return r == SETTINGS_OK ? 0 : -1;
}

/*
 * --hash-pin: read a PIN (6 to 32 digits) from standard input, without
 * echo on a terminal, and print its Argon2id hash for staff_pin_hash.
 */
static int
hash_pin(void)
{
	char pin[STAFF_PIN_MAX + 2], hash[SECRET_HASH_MAX];
	enum prompt_secret_result got;
	size_t n;

	/* Not asked for a PIN that could not be hashed. */
	if (!secret_available()) {
		fprintf(stderr, "orientation: %s\n",
		    status_message(ORIENTATION_SECRET_LIBRARY));
		return EXIT_DATA;
	}
	got = prompt_secret_read(_("Staff PIN:"), pin, sizeof pin);
	n = strlen(pin);
	if (got != PROMPT_SECRET_OK || n < STAFF_PIN_MIN || n > STAFF_PIN_MAX ||
	    strspn(pin, "0123456789") != n) {
		fprintf(stderr, "orientation: %s\n",
		    _("a staff PIN has 6 to 32 digits"));
		explicit_bzero(pin, sizeof pin);
		return EXIT_USAGE;
	}
	if (secret_hash(pin, hash) != 0) {
		explicit_bzero(pin, sizeof pin);
		fprintf(stderr, "orientation: %s\n", _("the PIN could not be hashed"));
		return EXIT_DATA;
	}
	explicit_bzero(pin, sizeof pin);
	printf("staff_pin_hash = %s\n", hash);
	return EXIT_SUCCESS;
}

/* Settings and the environment fill in what the command line left out. */
static void
apply_settings(struct options *o, struct settings *cfg)
{
	const char *no_color = getenv("NO_COLOR");

	if (no_color != NULL && *no_color != '\0')
		o->no_color = true;
	if (o->catalog == NULL)
		o->catalog = getenv("ORIENTATION_CATALOG");
	if (o->catalog == NULL)
		o->catalog = cfg->catalog != NULL ? cfg->catalog : CATALOG_PATH;
	if (o->state == NULL)
		o->state = cfg->state_url != NULL ? cfg->state_url : cfg->state;
	if (o->kiosk)
		cfg->kiosk = true;
}

/* --help: the usage text, with the catalog's languages, or those of the
 * catalog the program was built with when the file does not open. */
static int
run_help(const struct options *o)
{
	struct catalog *cat = NULL;
	const struct catalog_language *langs = builtin_languages;
	size_t n = builtin_language_count;

	if (catalog_open(o->catalog, &cat) == ORIENTATION_OK)
		n = catalog_languages(cat, &langs);
	for (size_t i = 0; i < n; i++)
		i18n_add_chain(langs[i].chain);
	usage(stdout, langs, n);
	catalog_free(cat);
	return EXIT_SUCCESS;
}

/* The state database's path: --state or the default; a new string, or
 * NULL after a message when there is no default. */
static char *
state_path_of(const struct options *o)
{
	char *path = o->state != NULL ? xstrdup(o->state) : default_state_path();

	if (path == NULL)
		fprintf(stderr, "orientation: %s\n",
		    _("No place to keep results: set HOME or XDG_STATE_HOME, or "
		      "use --state FILE."));
	return path;
}

/*
 * Open the state database at @path into *@st.  With @damaged_ok a
 * damaged file is kept open in damaged mode (a kiosk goes on without
 * keeping results; a counselor may open what can be read, if its schema
 * can), after the message; with @away_ok a server that cannot be reached
 * too.  0, or -1 after a message.
 */
static int
open_state_at(const struct options *o, const char *path, bool damaged_ok,
    bool away_ok, struct state **st)
{
	enum orientation_status status;

	status = damaged_ok ? state_open_damaged(path, st) :
	    state_open(path, st);
	if (status != ORIENTATION_OK) {
		/* The URL's password is never shown. */
		say_error(path, status);
		if (status == ORIENTATION_STATE_UNAVAILABLE && away_ok)
			return 0;
		if (*st == NULL || !damaged_ok ||
		    status == ORIENTATION_STATE_UNAVAILABLE ||
		    (o->counselor && status != ORIENTATION_STATE_DAMAGED)) {
			state_free(*st);
			*st = NULL;
			return -1;
		}
	}
	return 0;
}

/* open_state_at the path of --state or the default; @path gets it (a
 * new string, or NULL when there is no default). */
static int
open_state(const struct options *o, bool damaged_ok, bool away_ok,
    char **path, struct state **st)
{
	if ((*path = state_path_of(o)) == NULL)
		return -1;
	return open_state_at(o, *path, damaged_ok, away_ok, st);
}

/* orientation admin ...: the state database as a file (check, backup,
 * restore: before it is opened, and locked, as usual), accounts, and the
 * catalog's path for publishing it. */
static int
run_admin(int argc, char **argv, const struct options *o,
    const struct settings *cfg)
{
	struct state *st = NULL;
	char *path = NULL;
	int rc = EXIT_DATA;

	if (argc > 1 && admin_backup_command(argv[1]) &&
	    state_is_server(o->state)) {
		path = state_masked(o->state);
		fprintf(stderr, "orientation: %s: %s\n", path, _("check, backup "
		    "and restore work on a state file; a PostgreSQL server is "
		    "checked and backed up with its own tools."));
		free(path);
		return EXIT_USAGE;
	}
	/* The help (also for a missing command) needs no database, and
	 * makes none. */
	if (argc < 2 || strcmp(argv[1], "help") == 0 ||
	    strcmp(argv[1], "--help") == 0)
		return admin_main(argc, argv, NULL);
	if (argc > 1 && admin_backup_command(argv[1])) {
		if ((path = state_path_of(o)) != NULL)
			rc = admin_backup_main(argc, argv,
			    &(struct admin_backup_options){ .state_path = path,
			    .folder = cfg->backup_folder, .keep = cfg->backup_keep });
		free(path);
		return rc;
	}
	if (open_state(o, false, false, &path, &st) == 0) {
		rc = admin_catalog_main(argc, argv, o->catalog, st);
		if (rc < 0)
			rc = admin_main(argc, argv, st);
	}
	state_free(st);
	free(path);
	return rc;
}

/* The state as the screens use it: a visitor's Keep or Delete never
 * hangs on another process's lock (a counselor's work may wait the usual
 * busy timeout); a damaged file is said on the status line. */
static void
ui_use_state(struct app *app, bool counselor, struct state *st)
{
	if (!counselor)
		state_set_patience(st, STATE_KIOSK_PATIENCE_MS);
	app->opts.output_dir = state_reports_dir(st);
	if (state_damaged(st))
		app_message(app, counselor ? N_("The results database is "
		    "damaged: nothing new can be kept. Ask an administrator to "
		    "run 'orientation admin check'.") : N_("Results cannot be kept "
		    "at this kiosk now. Please ask at the desk."));
}

/* The catalog and its occupations; on failure, after the message
 * (held while the screens are up). */
static enum orientation_status
open_catalog(const char *path, struct catalog **cat,
    struct occupation_store **occupations)
{
	enum orientation_status status;

	if ((status = catalog_open(path, cat)) == ORIENTATION_OK &&
	    (status = occupation_store_open(*cat, occupations)) ==
	    ORIENTATION_OK) {
		add_chains(*cat);
		return ORIENTATION_OK;
	}
	say_error(path, status);
	catalog_free(*cat);
	*cat = NULL;
	return status;
}

/* The state of the screens, opened before them or after their first
 * frame (ui_open_state); the same for the catalog (ui_open_catalog). */
struct ui_state {
	const struct options *o;
	const struct settings *cfg;
	const char *path;
	struct state *st;
	bool failed;            /* it could not be opened: said, and the end */
};

/* app_options.open_catalog: the catalog, once the first frame is up. */
static bool
ui_open_catalog(void *ctx, struct catalog **cat,
    struct occupation_store **occupations)
{
	struct ui_state *u = ctx;

	holding_errors = isatty(STDERR_FILENO);
	if (open_catalog(u->o->catalog, cat, occupations) != ORIENTATION_OK) {
		u->failed = true;
		return false;
	}
	return true;
}

/* app_options.open_state: the state file, once the first frame is up.
 * The rules and messages are open_state_at's; a message for stderr waits
 * until the screens end if they cover the terminal it would go to. */
static struct state *
ui_open_state(struct app *app, void *ctx)
{
	struct ui_state *u = ctx;

	holding_errors = isatty(STDERR_FILENO);
	/* On a damaged file a kiosk goes on without keeping results and a
	 * counselor may still open what can be read; both say so. */
	if (open_state_at(u->o, u->path, u->cfg->kiosk || u->o->counselor,
	    true, &u->st) != 0) {
		u->failed = true;
		return NULL;
	}
	ui_use_state(app, u->o->counselor, u->st);
	return u->st;
}

/*
 * The line mode (--plain) or the screens, on an open catalog, and the
 * state at @path: open in *@st, or NULL for the screens to open after
 * their first frame (then *@st is the one opened, or NULL).  The screens
 * may take up a newer catalog file: *@cat and *@occupations are then the
 * new ones (app.h).
 */
static int
run_ui(const struct options *o, const struct settings *cfg,
    struct catalog **cat, struct occupation_store **occupations,
    const char *path, struct state **st)
{
	struct ui_state later = { .o = o, .cfg = cfg, .path = path };
	struct app app;
	int rc = EXIT_DATA;

	if (o->plain) {
		if (!o->counselor)
			state_set_patience(*st, STATE_KIOSK_PATIENCE_MS);
		return plain_run(*cat, *st, &(struct plain_options){
		    .lang = o->lang,
		    .retention_seconds = settings_retention(cfg),
		    .kiosk = cfg->kiosk, .idle_seconds = cfg->idle_seconds,
		    .warning_seconds = cfg->warning_seconds,
		    .purge_seconds = cfg->purge_seconds,
		    .staff_pin_hash = cfg->staff_pin_hash, .site = cfg->site });
	}
	if (app_init(&app, *cat, *occupations, *st, &(struct app_options){
	    .lang = o->lang, .no_color = o->no_color,
	    .kiosk = cfg->kiosk && !o->counselor,
	    .idle_seconds = o->counselor ? cfg->counselor_idle_seconds :
	    cfg->idle_seconds,
	    .warning_seconds = o->counselor ? cfg->counselor_warning_seconds :
	    cfg->warning_seconds,
	    .retention_seconds = settings_retention(cfg),
	    .purge_seconds = cfg->purge_seconds,
	    .staff_pin_hash = cfg->staff_pin_hash,
	    .counselor = o->counselor, .catalog_path = o->catalog,
	    .glyphs = cfg->glyphs, .site = cfg->site,
	    .speech = cfg->speech, .speech_settings = {
		.engine = cfg->speech_engine, .output = cfg->speech_output,
		.rate = cfg->speech_rate, .volume = cfg->speech_volume },
	    .open_state = *st == NULL ? ui_open_state : NULL,
	    .open_state_ctx = &later,
	    .open_catalog = *cat == NULL ? ui_open_catalog : NULL,
	    .open_catalog_ctx = &later }) == 0) {
		if (*st != NULL)
			ui_use_state(&app, o->counselor, *st);
		rc = app_run(&app);
		app_end(&app);
		say_held_errors();
		*st = app.state;
		*cat = app.catalog;
		*occupations = app.occupations;
		if (later.failed)
			rc = EXIT_DATA;
	}
	return rc;
}

/* Whether the screens (not the line mode) will run, on a terminal. */
static bool
ui_on_terminal(const struct options *o)
{
	return !o->plain && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

/*
 * The kiosk itself: catalog, occupations and state, then the UI.  The
 * screens on a terminal open a state file after their first frame, which
 * needs none: a large file's check (store/integrity.c) then no longer
 * holds the first screen back.  A server is reached first, as its
 * messages go on to the screens; so is a file when there is no terminal
 * (the screens will not start, and the file is made all the same).  When
 * the first screen is the language screen, the catalog too opens after
 * the first frame, before the state.
 */
static int
run_kiosk(const struct options *o, const struct settings *cfg)
{
	struct catalog *cat = NULL;
	struct occupation_store *occupations = NULL;
	struct state *st = NULL;
	char *state_path = NULL;
	bool later;
	int rc = EXIT_DATA;

	/* The kiosk's first screen, the language screen, is drawn from the
	 * language list built into the program: the catalog opens after it
	 * (its schema alone takes about a millisecond to read). */
	if (!(o->lang == NULL && !o->counselor && ui_on_terminal(o)) &&
	    open_catalog(o->catalog, &cat, &occupations) != ORIENTATION_OK)
		goto out;
	if (o->lang != NULL)
		i18n_set_language(o->lang);
	if (o->lang != NULL && catalog_language_find(cat, o->lang) == NULL) {
		fprintf(stderr, "orientation: %s: %s\n", o->lang,
		    _("this language is not available"));
		rc = EXIT_USAGE;
		goto out;
	}
	if ((state_path = state_path_of(o)) == NULL)
		goto out;
	later = !state_is_server(state_path) && ui_on_terminal(o);
	/* On a damaged file a kiosk goes on without keeping results and a
	 * counselor may still open what can be read; both say so.  With the
	 * server away every UI goes on: the store reconnects. */
	if (later || open_state_at(o, state_path, cfg->kiosk || o->counselor,
	    true, &st) == 0)
		rc = run_ui(o, cfg, &cat, &occupations, state_path, &st);
out:
	free(state_path);
	state_free(st);
	occupation_store_free(occupations);
	catalog_free(cat);
	return rc;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct settings cfg;
	int rc;

	/* Whatever the umask: the state database, its WAL and SHM, reports
	 * and exports are for this user alone (docs/privacy.md). */
	umask(077);
	state_init_memory();
	/* Without a UTF-8 locale the program still runs, in English letters
	 * at worst; say why accents may look wrong. */
	if (i18n_init(LOCALEDIR) != 0)
		fprintf(stderr, "orientation: %s\n", _("No UTF-8 locale is "
		    "available: letters with accents may not show correctly."));
	parse_args(argc, argv, &o);
	if (o.hash_pin)
		return hash_pin();
	if (load_settings(o.config, &cfg) != 0) {
		settings_free(&cfg);
		return EXIT_USAGE;
	}
	apply_settings(&o, &cfg);
	/* A kiosk started in a language comes back to it after each visit. */
	if (o.lang != NULL)
		i18n_start_language(o.lang);
	if (o.help)
		rc = run_help(&o);
	else if (optind < argc && strcmp(argv[optind], "search") == 0)
		rc = cli_search_main(argc - optind, argv + optind, o.catalog,
		    o.lang);
	else if (optind < argc)
		rc = run_admin(argc - optind, argv + optind, &o, &cfg);
	else
		rc = run_kiosk(&o, &cfg);
	settings_free(&cfg);
	return rc;
}
