/*
 * A pseudo-terminal for the benchmarks: runs a program on a pty, counts
 * every byte it writes to the terminal with the time it arrived, and feeds
 * the bytes to libvterm so the benchmark can wait for text on the screen.
 * Unlike tests/screen/vt.c it exposes byte counts, arrival times and the
 * child's process id (for its CPU time and memory).
 */
#ifndef BENCH_TERM_H
#define BENCH_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <vterm.h>

struct term;

/** Seconds from a monotonic clock. */
double term_now(void);

/**
 * Start @argv (argv[0] a path) on a new pty of @rows x @cols, with
 * TERM=xterm-256color and the "NAME=VALUE" strings of @env (NULL-terminated,
 * may be NULL) added to the environment.  Exits the benchmark on failure.
 */
struct term *term_spawn(char *const argv[], char *const env[], int rows,
    int cols);

/** The child's process id. */
pid_t term_pid(const struct term *t);

/** Bytes the program has written to the terminal so far. */
size_t term_bytes(const struct term *t);

/** When the last byte arrived (term_now() seconds). */
double term_last_byte(const struct term *t);

/** Whether @text is on the screen now. */
bool term_has_text(struct term *t, const char *text);

/** The row holding @text, or -1. */
int term_find_row(struct term *t, const char *text);

/** Read until @text is on the screen; false after @ms milliseconds. */
bool term_wait_text(struct term *t, const char *text, int ms);

/**
 * Read until the program has been quiet for @quiet_ms (at most @max_ms in
 * all).  @return the bytes read meanwhile.
 */
size_t term_settle(struct term *t, int quiet_ms, int max_ms);

/** Read until at least one byte arrives (at most @ms), then until quiet for
 *  @quiet_ms.  @return the bytes read. */
size_t term_answer(struct term *t, int ms, int quiet_ms);

/** Send raw bytes as typed. */
void term_send(struct term *t, const char *bytes);

/** Send a special key, encoded for the modes the program has set. */
void term_key(struct term *t, VTermKey key);

/** Click at @row, @col. */
void term_click(struct term *t, int row, int col);

/** Wait for the program to end; its exit status, or -1 after @ms. */
int term_wait_exit(struct term *t, int ms);

/** Print the screen to stderr. */
void term_dump(struct term *t);

/** Kill the program if it still runs; free everything. */
void term_free(struct term *t);

#endif
