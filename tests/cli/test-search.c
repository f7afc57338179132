/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * orientation search from a shell: tab-separated lines and JSON lines
 * (escaped), --lang and --limit, the exit status, and errors in the
 * language asked for; its --help and the program's, whose list of
 * language codes is there, without a catalog file.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"

/* Run the program on the catalog at @catalog with @args (NULL-terminated,
 * after the program name); its stdout, or its stderr with @err, in a new
 * string; *@code gets the exit status. */
static char *
run_on(const char *catalog, const char *const *args, bool err, int *code)
{
	char *argv[32], *out, *errs;
	int n = 0;

	argv[n++] = getenv("ORIENTATION_BIN");
	argv[n++] = (char *)"--catalog";
	argv[n++] = (char *)catalog;
	for (int i = 0; args[i] != NULL && n < 31; i++)
		argv[n++] = (char *)args[i];
	argv[n] = NULL;
	*code = capture_run(argv, NULL, &out, &errs);
	free(err ? out : errs);
	return err ? errs : out;
}

/* run_on the catalog the build made. */
static char *
run(const char *const *args, bool err, int *code)
{
	return run_on(getenv("ORIENTATION_CATALOG"), args, err, code);
}

static int failures;

/* Note a failed check with @what and the output. */
static void
check(bool ok, const char *what, const char *out)
{
	if (ok)
		return;
	fprintf(stderr, "check failed: %s\n---- output ----\n%s----\n", what,
	    out);
	failures++;
}

/* The number of lines of @out that start with @prefix. */
static int
lines_starting(const char *out, const char *prefix)
{
	int n = 0;

	for (const char *p = out; *p != '\0'; p = strchr(p, '\n') + 1) {
		if (strncmp(p, prefix, strlen(prefix)) == 0)
			n++;
		if (strchr(p, '\n') == NULL)
			break;
	}
	return n;
}

/* Whether every line of @out is one JSON object whose strings are
 * closed: braces outside strings balance, no raw control character. */
static bool
json_lines(const char *out)
{
	int depth = 0;
	bool in_string = false;

	for (const char *p = out; *p != '\0'; p++) {
		if (in_string) {
			if (*p == '\\' && p[1] != '\0')
				p++;
			else if (*p == '"')
				in_string = false;
			else if ((unsigned char)*p < 0x20)
				return false;
		} else if (*p == '"') {
			in_string = true;
		} else if (*p == '{') {
			depth++;
		} else if (*p == '}') {
			depth--;
		} else if (*p == '\n') {
			if (depth != 0)
				return false;
		} else if (depth == 0) {
			return false;
		}
	}
	return !in_string && depth == 0;
}

int
main(void)
{
	char *out;
	int code;

	/* A service by its keywords, as the kiosk finds it. */
	out = run((const char *const[]){ "search", "--lang", "fr", "conseil",
	    "orientation", NULL }, false, &code);
	check(code == 0, "found: exit 0", out);
	check(strstr(out, "service\tmo-counters\tMaison de l'orientation – "
	    "accueil sans rendez-vous\tfr\n") != NULL,
	    "kind, id, label, language", out);
	free(out);

	/* Two occupations called "plumber": each once, preferred first. */
	out = run((const char *const[]){ "search", "--lang", "en", "plumber",
	    NULL }, false, &code);
	check(strncmp(out, "occupation\t", 11) == 0 &&
	    lines_starting(out, "occupation\t") >= 2, "occupations first", out);
	check(strstr(out, "\tplumber\ten\n") != NULL, "plumber", out);
	free(out);

	/* JSON lines: the quotes of an alternative label escaped, the
	 * preferred label beside it. */
	out = run((const char *const[]){ "search", "--json", "--lang", "fr",
	    "formatrice", "illettrisme", NULL }, false, &code);
	check(code == 0, "json: exit 0", out);
	check(json_lines(out), "one well-formed JSON object a line", out);
	check(strstr(out, "\"label\":\"formatrice \\\"lutte contre") != NULL,
	    "quotes escaped", out);
	check(strstr(out, "\"preferred\":\"formateur ") != NULL,
	    "preferred label", out);
	check(strstr(out, "\"kind\":\"occupation\",\"id\":\"") != NULL,
	    "kind and id", out);
	free(out);

	/* --limit caps each kind; the language before "search" counts. */
	out = run((const char *const[]){ "--lang", "de", "search", "--limit",
	    "1", "a", NULL }, false, &code);
	check(lines_starting(out, "service\t") == 1 &&
	    lines_starting(out, "occupation\t") == 1 &&
	    lines_starting(out, "isco\t") == 1, "one of each kind", out);
	check(strstr(out, "\tde\n") != NULL, "German labels first", out);
	free(out);

	/* Nothing found is exit 1 and no output; operators are only text. */
	out = run((const char *const[]){ "search", "\"zzqx*", "NEAR(", NULL },
	    false, &code);
	check(code == 1 && out[0] == '\0', "nothing found: exit 1", out);
	free(out);

	/* Bad command lines: exit 2 and a message in the language asked. */
	out = run((const char *const[]){ "--lang", "de", "search", "--limit",
	    "0", "a", NULL }, true, &code);
	check(code == 2 && strstr(out, "--limit erwartet eine Zahl") != NULL,
	    "bad --limit, in German", out);
	free(out);
	out = run((const char *const[]){ "search", "--lang", "xx", "a", NULL },
	    true, &code);
	check(code == 2 && strstr(out, "xx") != NULL, "unknown language", out);
	free(out);
	out = run((const char *const[]){ "search", NULL }, true, &code);
	check(code == 2, "no words", out);
	free(out);

	/* The help needs no catalog: "orientation --help" says to run
	 * "orientation search --help", and lists the language codes it says
	 * --lang takes.  Without the file a search says so: exit 3. */
	out = run_on("/nonexistent/catalog.db", (const char *const[]){
	    "search", "--help", NULL }, false, &code);
	check(code == 0 && strstr(out, "--limit N") != NULL,
	    "search --help without a catalog", out);
	free(out);
	out = run_on("/nonexistent/catalog.db", (const char *const[]){
	    "--help", NULL }, false, &code);
	{
		int with_code;
		char *with = run((const char *const[]){ "--help", NULL },
		    false, &with_code);

		check(code == 0 && with_code == 0 && strcmp(out, with) == 0 &&
		    strstr(with, "--lang CODE") != NULL,
		    "--help lists the same languages without a catalog", out);
		free(with);
	}
	free(out);
	out = run_on("/nonexistent/catalog.db", (const char *const[]){
	    "search", "a", NULL }, true, &code);
	check(code == 3 && strstr(out, "/nonexistent/catalog.db") != NULL,
	    "search without a catalog: exit 3", out);
	free(out);

	return failures == 0 ? 0 : 1;
}
