/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Printing a report: the file is handed to lp, run without a shell and
 * with its output thrown away, since curses may be up.
 */
#include "config.h"

#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

enum report_status
report_print(const char *path)
{
	posix_spawn_file_actions_t actions;
	char *argv[] = { (char *)"lp", (char *)"--", (char *)path, NULL };
	pid_t pid;
	int rc, status;

	/* lp's messages must not reach a curses screen. */
	if (posix_spawn_file_actions_init(&actions) != 0)
		return REPORT_PRINT_FAILED;
	rc = posix_spawn_file_actions_addopen(&actions, STDIN_FILENO,
	    "/dev/null", O_RDONLY, 0);
	if (rc == 0)
		rc = posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO,
		    "/dev/null", O_WRONLY, 0);
	if (rc == 0)
		rc = posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO,
		    STDERR_FILENO);
	if (rc != 0) {
		posix_spawn_file_actions_destroy(&actions);
		return REPORT_PRINT_FAILED;
	}
	rc = posix_spawnp(&pid, "lp", &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	if (rc == ENOENT)
		return REPORT_NO_PRINTER;
	if (rc != 0)
		return REPORT_PRINT_FAILED;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return REPORT_PRINT_FAILED;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? REPORT_OK :
	    REPORT_PRINT_FAILED;
}
