/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * orientation search: see cli-search.h.
 */
#include "cli-search.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/catalog.h"
#include "store/search.h"
#include "util/i18n.h"
#include "util/status.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define CLI_SEARCH_DEFAULT_LIMIT 10
#define CLI_SEARCH_MAX_LIMIT 1000

/* Print the usage text in the current language. */
static void
cli_search_usage(FILE *out)
{
	fprintf(out, "%s\n\n%s\n",
	    _("Usage: orientation search [--lang CODE] [--limit N] [--json] "
	      "WORDS..."),
	    _("Search the catalogue as the kiosk's search box does.  One hit a "
	      "line: kind, id, label and language, separated by tabs; with "
	      "--json, one JSON object a line, with the occupation's preferred "
	      "label too.\n"
	      "\n"
	      "  --lang CODE   rank labels in this language first\n"
	      "  --limit N     at most N hits of each kind (default 10)\n"
	      "  --json        JSON lines\n"
	      "\n"
	      "Exit status: 0 when something was found, 1 when nothing was."));
}

/* Complain about the command line and give the exit status. */
static int
cli_search_refuse(const char *what, const char *arg)
{
	fprintf(stderr, "orientation search: %s%s%s\n", what,
	    arg != NULL ? ": " : "", arg != NULL ? arg : "");
	fprintf(stderr, "%s\n", _("Try 'orientation search --help'."));
	return CLI_SEARCH_EXIT_USAGE;
}

/* Write @s as a JSON string, or null for NULL. */
static void
cli_search_json_string(const char *s)
{
	if (s == NULL) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (size_t left = strlen(s), n; left > 0; s += n, left -= n) {
		unsigned char c = (unsigned char)*s;

		if ((n = utf8_control(s, left)) == 0) {
			n = 1;
			if (c == '"' || c == '\\')
				putchar('\\');
			putchar(c);
		} else if (c == '\n') {
			fputs("\\n", stdout);
		} else if (c == '\t') {
			fputs("\\t", stdout);
		} else {
			/* C0 and DEL: one byte; C1: 0xC2, then the code
			 * point's own value. */
			printf("\\u%04x", n == 1 ? c : (unsigned char)s[1]);
		}
	}
	putchar('"');
}

/* Print one hit. */
static void
cli_search_print(const struct search_hit *h, bool json)
{
	if (!json) {
		printf("%s\t%s\t", search_kind_name(h->kind), h->ref);
		/* a tab-separated field: no tab, line end or other control */
		utf8_write_clean(stdout, h->label, strlen(h->label), ' ');
		printf("\t%s\n", h->lang);
		return;
	}
	printf("{\"kind\":\"%s\",\"id\":", search_kind_name(h->kind));
	cli_search_json_string(h->ref);
	fputs(",\"label\":", stdout);
	cli_search_json_string(h->label);
	fputs(",\"lang\":", stdout);
	cli_search_json_string(h->lang);
	fputs(",\"preferred\":", stdout);
	cli_search_json_string(h->preferred);
	fputs(",\"detail\":", stdout);
	cli_search_json_string(h->detail);
	fputs("}\n", stdout);
}

/* Search @cat for the @nwords @words and print the hits; the exit code. */
static int
cli_search_run(struct catalog *cat, int nwords, char **words,
    const char *lang, size_t limit, bool json)
{
	struct search_hit *hits;
	char *typed;
	size_t n, len = 0;

	for (int i = 0; i < nwords; i++)
		len += strlen(words[i]) + 1;
	typed = xcalloc(len + 1, 1);
	for (int i = 0; i < nwords; i++) {
		strcat(typed, words[i]);
		strcat(typed, " ");
	}
	n = search_run(cat, typed, lang, limit, &hits);
	free(typed);
	for (size_t i = 0; i < n; i++)
		cli_search_print(&hits[i], json);
	rows_free(hits);
	return n > 0 ? CLI_SEARCH_EXIT_FOUND : CLI_SEARCH_EXIT_NONE;
}

int
cli_search_main(int argc, char **argv, const char *catalog_path,
    const char *lang)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "limit", required_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	long limit = CLI_SEARCH_DEFAULT_LIMIT;
	bool json = false;
	struct catalog *cat = NULL;
	enum orientation_status status;
	char *end;
	int c;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			lang = optarg;
			break;
		case 'n':
			limit = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || limit < 1 ||
			    limit > CLI_SEARCH_MAX_LIMIT)
				return cli_search_refuse(_("--limit wants a number "
				    "from 1 to 1000"), optarg);
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			cli_search_usage(stdout);
			return CLI_SEARCH_EXIT_FOUND;
		default:
			return cli_search_refuse(_("unknown or incomplete option"),
			    argv[optind - 1]);
		}
	}
	/* The catalog only now: --help and a bad command line need none. */
	if ((status = catalog_open(catalog_path, &cat)) != ORIENTATION_OK) {
		fprintf(stderr, "orientation: %s: %s\n", catalog_path,
		    status_message(status));
		catalog_free(cat);
		return CLI_SEARCH_EXIT_DATA;
	}
	if (lang == NULL)
		lang = i18n_language();
	if (catalog_language_find(cat, lang) == NULL)
		c = cli_search_refuse(_("this language is not available"), lang);
	else if (optind >= argc)
		c = cli_search_refuse(_("no words to search for"), NULL);
	else
		c = cli_search_run(cat, argc - optind, argv + optind, lang,
		    (size_t)limit, json);
	catalog_free(cat);
	return c;
}
