/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running the program and reading files back, for tests (capture.h). */
#include "capture.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

/* Stop the test: what it checks cannot be known. */
static void
capture_fail(const char *what)
{
	perror(what);
	exit(1);
}

/* The rest of the stream @f from where it stands, as a new string of
 * *@len bytes (@len may be NULL); NULL on a read error. */
static char *
capture_stream(FILE *f, size_t *len)
{
	char *data = NULL;
	size_t n = 0, cap = 0, got;

	do {
		if (cap - n < 2) {
			cap = cap != 0 ? cap * 2 : 8192;
			if ((data = realloc(data, cap)) == NULL)
				capture_fail("realloc");
		}
		got = fread(data + n, 1, cap - n - 1, f);
		n += got;
	} while (got > 0);
	if (ferror(f)) {
		free(data);
		return NULL;
	}
	data[n] = '\0';
	if (len != NULL)
		*len = n;
	return data;
}

char *
capture_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data;

	if (f == NULL)
		return NULL;
	data = capture_stream(f, len);
	fclose(f);
	return data;
}

/* A new anonymous file for one stream, or NULL when @want is false. */
static FILE *
capture_open(int want)
{
	FILE *f;

	if (!want)
		return NULL;
	if ((f = tmpfile()) == NULL)
		capture_fail("tmpfile");
	return f;
}

/* Read @f back from its start into a new string and close it. */
static char *
capture_take(FILE *f)
{
	char *text;

	rewind(f);
	if ((text = capture_stream(f, NULL)) == NULL)
		capture_fail("reading the program's output");
	fclose(f);
	return text;
}

int
capture_run(char *const argv[], const char *input, char **out, char **err)
{
	FILE *in = capture_open(input != NULL);
	FILE *o = capture_open(out != NULL), *e = capture_open(err != NULL);
	int status;
	pid_t pid;

	if (in != NULL) {
		fputs(input, in);
		if (fflush(in) != 0)
			capture_fail("writing the program's input");
		rewind(in);
	}
	fflush(NULL);
	if ((pid = fork()) < 0)
		capture_fail("fork");
	if (pid == 0) {
		if ((in != NULL && dup2(fileno(in), STDIN_FILENO) < 0) ||
		    (o != NULL && dup2(fileno(o), STDOUT_FILENO) < 0) ||
		    (e != NULL && dup2(fileno(e), STDERR_FILENO) < 0))
			_exit(127);
		execv(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid)
		capture_fail("waitpid");
	if (in != NULL)
		fclose(in);
	if (o != NULL)
		*out = capture_take(o);
	if (e != NULL)
		*err = capture_take(e);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
