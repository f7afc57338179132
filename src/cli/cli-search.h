/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `orientation search ...`: the kiosk's search from a shell, for
 * counselors and scripts.  Same words, same ranking, same hits.
 */
#ifndef CLI_SEARCH_H
#define CLI_SEARCH_H

enum {
	CLI_SEARCH_EXIT_FOUND = 0,
	CLI_SEARCH_EXIT_NONE = 1,   /* nothing found (as grep) */
	CLI_SEARCH_EXIT_USAGE = 2,  /* bad command line */
	CLI_SEARCH_EXIT_DATA = 3,   /* the catalog cannot be opened */
};

/**
 * Run `search [--lang CODE] [--limit N] [--json] WORDS...`.  @argc and
 * @argv are the words from "search" on.  @lang is the language asked for
 * before "search" (NULL for none); --lang wins over it, and without
 * either the UI language is used.  One hit a line on stdout: kind, id,
 * label, language, separated by tabs; with --json, one JSON object a line
 * that also has the occupation's preferred label and what tells
 * look-alikes apart.  At most N hits of each kind (default 10).  Errors
 * go to stderr in the current UI language.  The catalog at @catalog_path
 * is opened only once the command line is read, so --help and a bad
 * option need none.
 * @return one of the CLI_SEARCH_EXIT_ codes.
 */
int cli_search_main(int argc, char **argv, const char *catalog_path,
    const char *lang);

#endif
