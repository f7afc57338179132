/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plain line mode through pipes, as a screen reader would drive it:
 * Dutch, the short form with Social liked, the profile in words, a code
 * kept for a counselor; and input that ends half-way is a clean exit.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "store/state.h"

static char dir[64];

/* Run the program with @input on stdin; its stdout in a new string. */
static char *
run(const char *input, const char *const *extra, int *status)
{
	char in_path[128], out_path[128], state[128];
	const char *bin = getenv("ORIENTATION_BIN"), *cat = getenv("ORIENTATION_CATALOG");
	char *argv[16], *out;
	int n = 0;
	FILE *f;
	long len;
	pid_t pid;

	snprintf(in_path, sizeof in_path, "%s/in.txt", dir);
	snprintf(out_path, sizeof out_path, "%s/out.txt", dir);
	snprintf(state, sizeof state, "%s/state.db", dir);
	f = fopen(in_path, "w");
	fputs(input, f);
	fclose(f);
	argv[n++] = (char *)bin;
	argv[n++] = (char *)"--plain";
	argv[n++] = (char *)"--catalog";
	argv[n++] = (char *)cat;
	argv[n++] = (char *)"--state";
	argv[n++] = state;
	for (int i = 0; extra != NULL && extra[i] != NULL; i++)
		argv[n++] = (char *)extra[i];
	argv[n] = NULL;
	if ((pid = fork()) == 0) {
		int in = open(in_path, O_RDONLY);
		int o = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		dup2(in, STDIN_FILENO);
		dup2(o, STDOUT_FILENO);
		execv(bin, argv);
		_exit(127);
	}
	waitpid(pid, status, 0);
	f = fopen(out_path, "r");
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	out = calloc(1, (size_t)len + 1);
	if (fread(out, 1, (size_t)len, f) != (size_t)len)
		exit(1);
	fclose(f);
	return out;
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

int
main(void)
{
	char input[512] = "1\n1\n";   /* Nederlands, short form */
	struct state *st;
	int status;
	char *out;

	snprintf(dir, sizeof dir, "/tmp/orientation-plain-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 1;
	/* Items cycle R I A S E C: the fourth of every six is Social. */
	for (int i = 0; i < 30; i++)
		strcat(input, i % 6 == 3 ? "5\n" : "1\n");
	strcat(input, "1\n4\n");   /* keep the results, quit */
	out = run(input, NULL, &status);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit 0", out);
	check(strstr(out, "Kies uw taal") != NULL, "language prompt", out);
	check(strstr(out, "Vraag 30 van 30") != NULL, "questions in Dutch", out);
	check(strstr(out, "Uw interessecode: SRI (Sociaal, Realistisch, "
	    "Onderzoekend)") != NULL, "code in Dutch, Social first", out);
	check(strstr(out, "Sociaal: 100 %") != NULL, "Social share", out);
	check(strstr(out, "Code: ") != NULL, "a code is printed", out);
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
	out = run("2\n1\n4\n5\n", NULL, &status);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "end of input is a clean exit", out);
	check(strstr(out, "Question 3 sur 30") != NULL, "French questions", out);
	free(out);
	/* --lang skips the language question; a wrong number is explained. */
	{
		const char *const lang[] = { "--lang", "de", NULL };

		out = run("9\n4\n", lang, &status);
		check(strstr(out, "Wählen Sie Ihre Sprache") == NULL,
		    "no language question with --lang", out);
		check(strstr(out, "Bitte tippen Sie eine der Nummern") != NULL,
		    "a wrong number is explained in German", out);
		check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit 0", out);
		free(out);
	}
	/* Portuguese: the short form, Social liked, the profile in words and
	 * the code's expiry written the Portuguese way. */
	{
		const char *const lang[] = { "--lang", "pt", NULL };

		snprintf(input, sizeof input, "1\n");
		for (int i = 0; i < 30; i++)
			strcat(input, i % 6 == 3 ? "5\n" : "1\n");
		strcat(input, "1\n4\n");
		out = run(input, lang, &status);
		check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit 0", out);
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
	return 0;
}
