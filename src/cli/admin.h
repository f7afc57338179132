/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `orientation admin ...`: managing counselor accounts and reading the
 * audit trail from a shell, without the kiosk's screens.
 */
#ifndef CLI_ADMIN_H
#define CLI_ADMIN_H

struct state;

enum {
	ADMIN_EXIT_OK = 0,
	ADMIN_EXIT_USAGE = 2, /* bad command line or refused input */
	ADMIN_EXIT_DATA = 3,  /* the database said no (unknown name, ...) */
};

/**
 * Run one admin command.  @argc and @argv are the words from "admin" on
 * (argv[0] is "admin"):
 *
 *   add-counselor NAME [--admin]   passwd NAME   disable NAME
 *   enable NAME   list   audit [N]   help
 *
 * Passwords are read from the terminal with echo off and asked twice; when
 * standard input is not a terminal, one line is read (for scripts).  They
 * are never printed, logged or kept after use.  Results go to stdout,
 * errors to stderr, both in the current UI language.  @st is borrowed
 * (NULL for help, which needs none).
 * @return an exit status: ADMIN_EXIT_OK, ADMIN_EXIT_USAGE or
 * ADMIN_EXIT_DATA.
 */
int admin_main(int argc, char **argv, struct state *st);

#endif
