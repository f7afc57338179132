/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading a secret (a counselor's password, the staff PIN) from the
 * command line: from the terminal with echo off, or one line from
 * standard input when it is not a terminal (for scripts).  The one place
 * that turns echo off, so the one place that must turn it back on.
 */
#ifndef UTIL_PROMPT_SECRET_H
#define UTIL_PROMPT_SECRET_H

#include <stdbool.h>
#include <stddef.h>

/* What prompt_secret_read found. */
enum prompt_secret_result {
	PROMPT_SECRET_OK,        /* a line, without its newline */
	PROMPT_SECRET_EOF,       /* end of input before any byte */
	PROMPT_SECRET_TOO_LONG,  /* the line did not fit; the rest was dropped */
};

/**
 * Read one line into @buf (@size bytes, at least 2).  On a terminal,
 * @prompt is written to stderr once echo is off; the terminal's settings
 * are put back when the line is read, and also when SIGINT, SIGTERM,
 * SIGHUP or SIGQUIT ends the program meanwhile (a signal that was ignored
 * stays ignored).  The settings change with TCSADRAIN, never TCSAFLUSH:
 * lines typed ahead are read, not dropped.  Input is read byte by byte,
 * so nothing after the line is taken from standard input.  A CR before
 * the newline is dropped.  @buf always ends in a NUL; the caller wipes it
 * (explicit_bzero) after use.
 * @return PROMPT_SECRET_OK, PROMPT_SECRET_EOF or PROMPT_SECRET_TOO_LONG.
 */
enum prompt_secret_result prompt_secret_read(const char *prompt, char *buf,
    size_t size);

/**
 * Turn echo off on the terminal at standard input, for a program that
 * reads the secret itself (the line mode's staff PIN, with its idle
 * timer); prompt_secret_quiet_end turns it back on.  The fatal signals
 * restore the terminal meanwhile, as in prompt_secret_read.  Not nested.
 * @return true when echo went off; false when standard input is not a
 * terminal (nothing changed, and prompt_secret_quiet_end must not be
 * called).
 */
bool prompt_secret_quiet_begin(void);

/** Put the terminal and the signals back as prompt_secret_quiet_begin
 * found them. */
void prompt_secret_quiet_end(void);

#endif
