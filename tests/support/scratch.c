/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scratch folders removed at exit (see scratch.h). */
#include "scratch.h"

#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCRATCH_MAX 8

static char made[SCRATCH_MAX][256];
static int nmade;
static pid_t owner;   /* the process that made them */
static bool kept;     /* scratch_keep */

/* nftw: remove one entry, a folder's contents before the folder. */
static int
scratch_remove_entry(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

/* At exit, in the process that made them: every folder, or a note of
 * where they are kept. */
static void
scratch_remove_all(void)
{
	const char *keep = getenv("ORIENTATION_TEST_KEEP");
	bool keeping = kept ||
	    (keep != NULL && keep[0] != '\0' && strcmp(keep, "0") != 0);

	if (getpid() != owner)
		return;
	for (int i = 0; i < nmade; i++) {
		if (keeping)
			fprintf(stderr, "scratch folder kept: %s\n", made[i]);
		else
			nftw(made[i], scratch_remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	}
}

/*
 * SIGTERM (meson's on a timeout), SIGINT and SIGHUP: the folders go as at
 * exit, then the signal ends the process as it would have.  Without this
 * a test that timed out left its folder behind.
 */
static void
scratch_signal(int sig)
{
	scratch_remove_all();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The handler for @sig, unless the test has one of its own. */
static void
scratch_on_signal(int sig)
{
	struct sigaction sa, old;

	if (sigaction(sig, NULL, &old) != 0 || old.sa_handler != SIG_DFL)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = scratch_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

void
scratch_clean(void)
{
	scratch_remove_all();
	nmade = 0;
}

void
scratch_keep(void)
{
	kept = true;
}

int
scratch_dir(char *out, size_t size, const char *name)
{
	char path[sizeof made[0]];
	int n = snprintf(path, sizeof path, "/tmp/orientation-%s-XXXXXX", name);

	if (n < 0 || (size_t)n >= sizeof path || (size_t)n >= size ||
	    nmade == SCRATCH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (mkdtemp(path) == NULL)
		return -1;
	if (nmade == 0) {
		owner = getpid();
		atexit(scratch_remove_all);
		scratch_on_signal(SIGTERM);
		scratch_on_signal(SIGINT);
		scratch_on_signal(SIGHUP);
	}
	memcpy(made[nmade++], path, (size_t)n + 1);
	memcpy(out, path, (size_t)n + 1);
	return 0;
}
