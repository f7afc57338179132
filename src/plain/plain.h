/*
 * The plain line mode (--plain): questions and choices as plain lines on
 * standard output, answers as lines on standard input, for screen readers
 * and braille displays.  It shares the domain, the store and the words of
 * the curses screens; nothing here draws.
 */
#ifndef PLAIN_PLAIN_H
#define PLAIN_PLAIN_H

struct catalog;
struct state;

struct plain_options {
	const char *lang;     /* start in this language, or NULL to ask */
	int retention_days;   /* how long hand-off codes are kept */
};

/**
 * Run the line mode until the visitor quits or standard input ends.
 * @return the exit status (0).
 */
int plain_run(struct catalog *cat, struct state *st,
    const struct plain_options *o);

#endif
