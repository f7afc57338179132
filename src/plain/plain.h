/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plain line mode (--plain): questions and choices as plain lines on
 * standard output, answers as lines on standard input, for screen readers
 * and braille displays.  It shares the domain, the store and the words of
 * the curses screens; nothing here draws.
 */
#ifndef PLAIN_PLAIN_H
#define PLAIN_PLAIN_H

#include <stdbool.h>

struct catalog;
struct state;

struct plain_options {
	const char *lang;     /* start in this language, or NULL to ask */
	long retention_seconds; /* how long hand-off codes are kept */
	bool kiosk;           /* locked: see plain_run */
	int idle_seconds;     /* kiosk: idle time before the warning; 0 never */
	int warning_seconds;  /* kiosk: the warning's time before the wipe */
	int purge_seconds;    /* kiosk: how often expired codes are purged */
	const char *staff_pin_hash; /* kiosk: NULL, no staff exit */
	const char *site;     /* [site] name, or NULL */
};

/**
 * Run the line mode until the visitor quits or standard input ends.  In a
 * kiosk there is no Quit: ^C, ^\ and ^Z are ignored, end of input (^D)
 * starts over for the next person, a visitor idle for idle_seconds is
 * warned in words and then wiped, expired codes are purged, and only
 * "staff" at the main menu followed by the staff PIN ends the program
 * (or the terminal going away).
 * @return the exit status (0).
 */
int plain_run(struct catalog *cat, struct state *st,
    const struct plain_options *o);

#endif
