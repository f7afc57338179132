/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault-test set-up (see child.h).
 */
#include "child.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char scratch[256];

const char *
child_program(void)
{
	const char *p = getenv("ORIENTATION_BIN");

	return p != NULL ? p : "src/orientation";
}

const char *
child_catalog(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

/* Let a read-only folder be emptied. */
static int
scratch_open_up(const char *path, const struct stat *sb, int type,
    struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (type == FTW_D || type == FTW_DNR)
		chmod(path, 0755);
	return 0;
}

/* Remove one entry, contents first. */
static int
scratch_remove(const char *path, const struct stat *sb, int type,
    struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (type == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

/* Remove the scratch folder at exit, unless FAULT_KEEP is set. */
static void
scratch_atexit(void)
{
	if (scratch[0] == '\0' || getenv("FAULT_KEEP") != NULL)
		return;
	nftw(scratch, scratch_open_up, 16, FTW_PHYS);
	nftw(scratch, scratch_remove, 16, FTW_PHYS | FTW_DEPTH);
}

const char *
child_scratch(void)
{
	if (scratch[0] == '\0') {
		snprintf(scratch, sizeof scratch, "/tmp/orientation-fault-XXXXXX");
		if (mkdtemp(scratch) == NULL) {
			perror("mkdtemp");
			exit(1);
		}
		/* Readable by a child that runs as nobody. */
		chmod(scratch, 0755);
		atexit(scratch_atexit);
	}
	return scratch;
}

struct vt *
child_spawn(const struct child_opts *o)
{
	/* Pinned first; @o->env on top.  HOME and XDG_*_HOME as strings
	 * that live as long as the scratch folder. */
	static char home[300], state[320], config[320], data[320];
	const char *env[64];
	char *argv[32];
	int n = 0, e = 0;
	const char *dir = child_scratch();

	argv[n++] = (char *)child_program();
	for (int i = 0; o->args != NULL && o->args[i] != NULL && n < 31; i++)
		argv[n++] = (char *)o->args[i];
	argv[n] = NULL;
	snprintf(home, sizeof home, "HOME=%s", dir);
	snprintf(state, sizeof state, "XDG_STATE_HOME=%s", dir);
	snprintf(config, sizeof config, "XDG_CONFIG_HOME=%s", dir);
	snprintf(data, sizeof data, "XDG_DATA_HOME=%s", dir);
	env[e++] = home;
	env[e++] = state;
	env[e++] = config;
	env[e++] = data;
	env[e++] = "LANGUAGE=en";
	env[e++] = "LANG";
	env[e++] = "LC_ALL";
	env[e++] = "LC_MESSAGES";
	env[e++] = "NO_COLOR";
	env[e++] = "COLUMNS";
	env[e++] = "LINES";
	for (int i = 0; o->env != NULL && o->env[i] != NULL && e < 63; i++)
		env[e++] = o->env[i];
	env[e] = NULL;
	return vt_start(&(struct vt_opts){ .argv = argv, .env = env,
	    .rows = o->rows, .cols = o->cols, .stderr_apart = true,
	    .sync = o->rows > 0, .as_nobody = o->as_nobody,
	    .block_sighup = o->block_sighup });
}
