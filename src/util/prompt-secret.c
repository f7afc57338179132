/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The command line's secret prompt.  Echo goes off before the prompt is
 * written and comes back after the line, on every path: a normal return,
 * end of input, a read error, and the fatal signals a user can send from
 * the keyboard or a shell, whose handler restores the terminal and then
 * dies of the same signal.  TCSADRAIN waits for the prompt to be written
 * but keeps what was typed ahead (TCSAFLUSH would drop it); the signal
 * handler restores at once (TCSANOW), since it must never wait.
 */
#include "prompt-secret.h"

#include <assert.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

/* The terminal as it was, for a signal that arrives while echo is off. */
static struct termios saved_termios;
static volatile sig_atomic_t echo_is_off;

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])
/* Their actions before prompt_secret_quiet_begin. */
static struct sigaction saved_actions[NFATAL];

/* Put the terminal back and die of @sig as if it had not been caught. */
static void
restore_and_reraise(int sig)
{
	/* TCSANOW: a handler must not wait for output to drain (a reader
	 * that stopped reading would hold the program here for ever). */
	if (echo_is_off)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Set the terminal to @t, again after an interrupting signal. */
static void
set_terminal(const struct termios *t)
{
	while (tcsetattr(STDIN_FILENO, TCSADRAIN, t) != 0 && errno == EINTR)
		;
}

/*
 * Read one line from standard input into @buf, byte by byte so that
 * nothing after it is buffered (and left in memory).
 */
static enum prompt_secret_result
read_line(char *buf, size_t size)
{
	size_t n = 0;
	bool any = false, too_long = false;
	char c = 0;
	ssize_t got;

	assert(size >= 2);
	for (;;) {
		got = read(STDIN_FILENO, &c, 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0 || c == '\n')
			break;
		any = true;
		if (n + 1 < size)
			buf[n++] = c;
		else
			too_long = true;
	}
	c = 0;
	if (n > 0 && buf[n - 1] == '\r')
		n--;
	assert(n < size);
	buf[n] = '\0';
	if (!any && got <= 0)
		return PROMPT_SECRET_EOF;
	return too_long ? PROMPT_SECRET_TOO_LONG : PROMPT_SECRET_OK;
}

/* Catch the fatal signals that are not ignored; their old actions go to
 * @old. */
static void
catch_fatal(struct sigaction old[NFATAL])
{
	struct sigaction quit = { .sa_handler = restore_and_reraise };

	sigemptyset(&quit.sa_mask);
	for (size_t i = 0; i < NFATAL; i++) {
		sigaction(fatal_signals[i], NULL, &old[i]);
		if (old[i].sa_handler != SIG_IGN)
			sigaction(fatal_signals[i], &quit, NULL);
	}
}

bool
prompt_secret_quiet_begin(void)
{
	struct termios quiet;

	assert(!echo_is_off);
	if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_termios) != 0)
		return false;
	catch_fatal(saved_actions);
	quiet = saved_termios;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
	quiet.c_lflag |= ICANON;
	echo_is_off = 1;
	set_terminal(&quiet);
	return true;
}

void
prompt_secret_quiet_end(void)
{
	assert(echo_is_off);
	set_terminal(&saved_termios);
	echo_is_off = 0;
	for (size_t i = 0; i < NFATAL; i++)
		sigaction(fatal_signals[i], &saved_actions[i], NULL);
}

enum prompt_secret_result
prompt_secret_read(const char *prompt, char *buf, size_t size)
{
	enum prompt_secret_result r;

	if (!prompt_secret_quiet_begin())
		return read_line(buf, size);
	fprintf(stderr, "%s ", prompt);
	fflush(stderr);
	r = read_line(buf, size);
	prompt_secret_quiet_end();
	fputc('\n', stderr);
	return r;
}
