/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plain line mode through pipes, as a screen reader would drive it:
 * Dutch, the short form with Social liked, the profile in words, a code
 * kept for a counselor; and input that ends half-way is a clean exit.
 * Keeping twice in one visit keeps one code and counts one.  "Delete my
 * results" deletes by code, with the kiosk's count of wrong codes.
 * --counselor is refused with --plain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "capture.h"
#include "core/handoff.h"
#include "probe.h"
#include "store/state.h"
#include "scratch.h"

/* A wrong code typed to delete: never written to a file. */
#define CANARY_WRONG "QXCQ-XCQX"
#define CANARY_WRONG_CANON "QXCQXCQX"

static char dir[64];

/* Run the program with @input on stdin; its stdout in a new string,
 * its exit status in *@code. */
static char *
run(const char *input, const char *const *extra, int *code)
{
	char state[128], *argv[16], *out;
	int n = 0;

	snprintf(state, sizeof state, "%s/state.db", dir);
	argv[n++] = getenv("ORIENTATION_BIN");
	argv[n++] = (char *)"--plain";
	argv[n++] = (char *)"--catalog";
	argv[n++] = getenv("ORIENTATION_CATALOG");
	argv[n++] = (char *)"--state";
	argv[n++] = state;
	for (int i = 0; extra != NULL && extra[i] != NULL && n < 15; i++)
		argv[n++] = (char *)extra[i];
	argv[n] = NULL;
	*code = capture_run(argv, input, &out, NULL);
	return out;
}

/* Append the short form's 30 answers to @input (@size bytes), Social
 * liked: items cycle R I A S E C, so the fourth of every six. */
static void
add_short_form(char *input, size_t size)
{
	for (int i = 0; i < 30; i++)
		strncat(input, i % 6 == 3 ? "5\n" : "1\n",
		    size - strlen(input) - 1);
}

/* The kept codes the usage figures count in the state database. */
static long
codes_counted(void)
{
	char path[128];

	snprintf(path, sizeof path, "%s/state.db", dir);
	return probe_sql_number(path, "SELECT coalesce(sum(n), 0) FROM usage "
	    "WHERE kind = 'handoff'");
}

/* Fail with @what and the output. */
static void
check(int ok, const char *what, const char *out)
{
	if (ok)
		return;
	fprintf(stderr, "check failed: %s\n---- output ----\n%s\n----\n", what,
	    out);
	exit(1);
}

/* The first code printed in @out ("Code: XXXX-XXXX") into @code, as
 * shown; false when there is none. */
static bool
code_of(const char *out, char code[HANDOFF_CODE_SHOWN])
{
	const char *at = strstr(out, "Code: ");

	if (at == NULL || strlen(at) < 15)
		return false;
	snprintf(code, HANDOFF_CODE_SHOWN, "%.9s", at + 6);
	return code[4] == '-';
}

/* The number @sql answers on the state database. */
static long
state_number(const char *sql)
{
	char path[128];

	snprintf(path, sizeof path, "%s/state.db", dir);
	return probe_sql_number(path, sql);
}

/* Whether a file of the state database holds @needle. */
static bool
state_files_have(const char *needle)
{
	static const char *const suffix[] = { "", "-wal", "-journal", "-shm" };
	char path[160];

	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(path, sizeof path, "%s/state.db%s", dir, suffix[i]);
		if (probe_file_has(path, needle))
			return true;
	}
	return false;
}

/*
 * "Delete my results" in the main menu: a code that is not one, a wrong
 * code (never written anywhere), @kept deleted, then again (gone), an
 * empty line back to the menu; and the wrong codes of this station
 * counted, so that after STATE_CODE_TRIES look-ups are refused and
 * @other stays kept.  In English, and the menu item in French.
 */
static void
delete_results(const char *kept, const char *other)
{
	const char *const en[] = { "--lang", "en", NULL };
	const char *const fr[] = { "--lang", "fr", NULL };
	/* What is said, in this order. */
	static const struct {
		const char *text, *what;
	} said[] = {
		{ "4. Delete my results (with my code)\n5. Quit\n",
		  "the menu offers to delete, then to quit" },
		{ "An empty line or q goes back to the main menu.",
		  "how to go back is said" },
		{ "A code has 8 letters and digits",
		  "a line that is not a code is explained" },
		{ "No results are kept under this code.", "a wrong code is said" },
		{ "Your results were deleted.", "the right code deletes" },
		{ "No results are kept under this code.", "a deleted code is gone" },
		{ "5. Quit\n", "back at the main menu after an empty line" },
	};
	long kept_before = state_number("SELECT count(*) FROM handoff");
	char input[512], *out;
	const char *from;
	int code;

	snprintf(input, sizeof input, "4\nabc\n" CANARY_WRONG "\n%s\n4\n%s\n"
	    "\n5\n", kept, kept);
	out = run(input, en, &code);
	from = out;
	check(code == 0, "exit 0", out);
	for (size_t i = 0; i < sizeof said / sizeof said[0]; i++) {
		/* Each after the one before. */
		from = strstr(from, said[i].text);
		check(from != NULL, said[i].what, out);
	}
	check(state_number("SELECT count(*) FROM handoff") == kept_before - 1,
	    "one session fewer kept", out);
	check(!state_files_have(CANARY_WRONG_CANON) &&
	    !state_files_have(CANARY_WRONG), "a wrong code is not written", out);
	check(state_number("SELECT count(*) FROM audit WHERE action = 'code "
	    "refused' AND detail = 'not found'") == 2, "wrong codes audited",
	    out);
	free(out);
	/* Two wrong codes so far: the rest of the tries, then a right code
	 * is refused and stays kept. */
	snprintf(input, sizeof input, "4\n");
	for (int i = 2; i < STATE_CODE_TRIES; i++)
		strcat(input, "ZZZZ-ZZZ0\n");
	snprintf(input + strlen(input), sizeof input - strlen(input),
	    "%s\nq\n5\n", other);
	out = run(input, en, &code);
	check(code == 0, "exit 0", out);
	check(strstr(out, "Too many wrong codes. Please wait ten minutes") !=
	    NULL, "look-ups refused after too many wrong codes", out);
	check(state_number("SELECT count(*) FROM handoff") == kept_before - 1,
	    "a refused code deletes nothing", out);
	free(out);
	out = run("q\n", fr, &code);
	check(code == 0 && strstr(out, "4. Effacer mes résultats (avec mon "
	    "code)") != NULL, "the menu item in French", out);
	free(out);
}

int
main(void)
{
	char input[512] = "1\n1\n";   /* Nederlands, short form */
	char dutch[HANDOFF_CODE_SHOWN], english[HANDOFF_CODE_SHOWN];
	struct state *st;
	int code;
	char *out;

	if (scratch_dir(dir, sizeof dir, "plain") != 0)
		return 1;
	add_short_form(input, sizeof input);
	strcat(input, "1\n5\n");   /* keep the results, quit */
	out = run(input, NULL, &code);
	check(code == 0, "exit 0", out);
	check(strstr(out, "Kies uw taal") != NULL, "language prompt", out);
	check(strstr(out, "Vraag 30 van 30") != NULL, "questions in Dutch", out);
	check(strstr(out, "Uw interessecode: SRI (Sociaal, Realistisch, "
	    "Onderzoekend)") != NULL, "code in Dutch, Social first", out);
	check(strstr(out, "Sociaal, 100 procent") != NULL, "Social share", out);
	check(code_of(out, dutch), "a code is printed", out);
	free(out);
	{
		char path[128];

		snprintf(path, sizeof path, "%s/state.db", dir);
		if (state_open(path, &st) != ORIENTATION_OK)
			return 1;
		check(state_handoff_count(st) == 1, "one session kept", "");
		state_free(st);
	}
	/* Input that ends in the middle of the questionnaire. */
	out = run("2\n1\n4\n5\n", NULL, &code);
	check(code == 0, "end of input is a clean exit", out);
	check(strstr(out, "Question 3 sur 30") != NULL, "French questions", out);
	free(out);
	/* --lang skips the language question; a wrong number is explained. */
	{
		const char *const lang[] = { "--lang", "de", NULL };

		out = run("9\n5\n", lang, &code);
		check(strstr(out, "Wählen Sie Ihre Sprache") == NULL,
		    "no language question with --lang", out);
		check(strstr(out, "Bitte tippen Sie eine der Nummern") != NULL,
		    "a wrong number is explained in German", out);
		check(code == 0, "exit 0", out);
		free(out);
	}
	/* A counsellor signs in on the screens, never in the line mode:
	 * --counselor with --plain is refused before anything runs. */
	{
		char *argv[] = { getenv("ORIENTATION_BIN"), (char *)"--plain",
		    (char *)"--counselor", (char *)"--catalog",
		    getenv("ORIENTATION_CATALOG"), (char *)"--state", NULL,
		    NULL };
		char state[128], *err;

		snprintf(state, sizeof state, "%s/state.db", dir);
		argv[6] = state;
		code = capture_run(argv, "1\n", &out, &err);
		check(code == 2, "--plain --counselor: exit 2", out);
		check(strstr(err, "--plain and --counselor cannot be used "
		    "together") != NULL, "--plain --counselor: said why", err);
		check(strstr(out, "Choose your language") == NULL &&
		    strstr(out, "Kies uw taal") == NULL,
		    "--plain --counselor: no visit began", out);
		free(out);
		free(err);
	}
	/* Portuguese: the short form, Social liked, the profile in words and
	 * the code's expiry written the Portuguese way. */
	{
		const char *const lang[] = { "--lang", "pt", NULL };

		snprintf(input, sizeof input, "1\n");
		add_short_form(input, sizeof input);
		strcat(input, "1\n5\n");
		out = run(input, lang, &code);
		check(code == 0, "exit 0", out);
		check(strstr(out, "Nada do que escreve é guardado") != NULL,
		    "the privacy note in Portuguese before any question", out);
		check(strstr(out, "Pergunta 30 de 30") != NULL,
		    "questions in Portuguese", out);
		check(strstr(out, "Reparar uma bicicleta") != NULL,
		    "items in Portuguese", out);
		check(strstr(out, "O seu código de interesses: S") != NULL,
		    "code in Portuguese, Social first", out);
		check(strstr(out, " de 20") != NULL && strstr(out, "válido até ") !=
		    NULL, "expiry date written in Portuguese", out);
		free(out);
	}
	/* Keeping twice in one visit is one code, and the figures count one
	 * code kept, not two. */
	{
		const char *const lang[] = { "--lang", "en", NULL };
		long before = codes_counted();
		const char *first, *second;

		snprintf(input, sizeof input, "1\n");
		add_short_form(input, sizeof input);
		strcat(input, "1\n1\n");   /* keep, then the short form again */
		add_short_form(input, sizeof input);
		strcat(input, "1\n5\n");   /* keep again, quit */
		out = run(input, lang, &code);
		check(code == 0, "exit 0", out);
		first = strstr(out, "Code: ");
		second = first != NULL ? strstr(first + 1, "Code: ") : NULL;
		check(second != NULL && code_of(out, english),
		    "a code printed at each keep", out);
		check(strncmp(first, second, 15) == 0, "the same code both times",
		    out);
		check(before >= 0 && codes_counted() == before + 1,
		    "the figures count one code kept, not two", out);
		free(out);
	}
	delete_results(english, dutch);
	return 0;
}
