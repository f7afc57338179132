/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The pseudo-terminal harness of the screen and fault tests: runs the
 * real program on a pty (or with no terminal at all), reads the screen
 * back through libvterm so tests assert what a person would see, and
 * keeps the program's stdout and stderr apart when asked.
 *
 * No fixed waits.  Programs started with .sync use the handshake of
 * src/ui/handshake.h:
 *   - the harness passes one end of a socket pair as ORIENTATION_SYNC_FD;
 *   - it types nothing before the program has written "0\n" there (its
 *     first frame is on the terminal, the terminal is in raw mode);
 *   - every vt_key(), vt_type(), vt_click() and vt_resize() writes its
 *     input, then the fence HANDSHAKE_FENCE, and waits until the program
 *     writes that fence's number: every key before it has been handled and
 *     the resulting frame flushed; the harness then drains the terminal
 *     (polling a pty master pushes its pending output), so the screen read
 *     afterwards is final;
 *   - a wait for text (vt_wait_text) is for screens that change by
 *     themselves (the idle warning, the wipe): it polls with a deadline,
 *     then fences once more so that the frame holding the text is whole.
 * Within vt_hold(), input is sent without fences (a burst), and
 * vt_sync() fences once at the end.
 *
 * Speech: with .speech, the program inherits the write end of a pipe as
 * descriptor VT_SPEECH_FD, for the "record" speech engine (settings:
 * [speech] engine = record, output = 200).  That engine writes each
 * request before the program answers the next fence, so after any
 * vt_key() or vt_type(), vt_spoken() holds every request those keys made.
 */
#ifndef TESTS_VT_H
#define TESTS_VT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <vterm.h>

/* Exit code meson counts as "skipped". */
#define VT_SKIP 77

/* How long a fence may take: generous, for valgrind on a loaded core and
 * a program slowed on purpose. */
#define VT_SYNC_MS 120000

/* The descriptor the program gets the speech pipe on (.speech). */
#define VT_SPEECH_FD 200

struct vt;

struct vt_opts {
	char *const *argv;       /* argv[0] is the program; NULL-terminated */
	const char *const *env;  /* "NAME=VALUE" sets, "NAME" unsets; NULL-terminated */
	int rows, cols;          /* terminal size; 0: no terminal, stdin from
	                          * /dev/null and stdout to a pipe */
	bool stderr_apart;       /* stderr to a pipe, not the terminal */
	bool sync;               /* the program speaks the handshake */
	bool as_nobody;          /* run as uid/gid 65534 (the test must be root) */
	bool block_sighup;       /* start with SIGHUP blocked (inherited mask) */
	bool speech;             /* a pipe for the record engine on VT_SPEECH_FD */
};

/** Start a program as @o says; TERM is xterm-256color unless @o->env
 *  sets it.  Aborts the test on failure. */
struct vt *vt_start(const struct vt_opts *o);

/** Start @argv on a @rows x @cols pty, with extra NAME=VALUE @env, and no
 *  handshake (any program, e.g. dialog in the benchmark). */
struct vt *vt_spawn(char *const argv[], char *const env[], int rows, int cols);

/** Fence: wait until the program has handled all input sent and drawn
 *  it.  false if the program ended or has no handshake. */
bool vt_sync(struct vt *vt);

/** Wait until the program has its first frame up (true) or has ended
 *  without one (false).  Only with the handshake. */
bool vt_first_frame(struct vt *vt);

/** While @hold, input is sent without a fence (see vt_sync). */
void vt_hold(struct vt *vt, bool hold);

/** Wait until @text is on screen; false after @ms milliseconds. */
bool vt_wait_text(struct vt *vt, const char *text, int ms);

/** Wait until @text is gone from the screen. */
bool vt_wait_gone(struct vt *vt, const char *text, int ms);

/** Read what the program writes within @ms.  @return the bytes read on
 *  the terminal (for the benchmark, which measures output). */
size_t vt_read(struct vt *vt, int ms);

/** Seconds from a monotonic clock (for vt_last_byte). */
double vt_now(void);

/** The program's process id (for its CPU time and memory). */
pid_t vt_pid(const struct vt *vt);

/** Bytes the program has written to the terminal so far. */
size_t vt_bytes(const struct vt *vt);

/** When the last of them arrived, in vt_now() seconds. */
double vt_last_byte(const struct vt *vt);

/** Whether @text is on screen now. */
bool vt_has_text(struct vt *vt, const char *text);

/** Row @row as UTF-8, trailing blanks removed; static buffer ("" with
 *  no terminal). */
const char *vt_row(struct vt *vt, int row);

/** The row holding @text, or -1.  An empty @text fails the test: it
 *  would match any screen. */
int vt_find_row(struct vt *vt, const char *text);

/* Input.  Each returns whether the program answered the fence after it
 * (always false without the handshake or within vt_hold). */

/** Send UTF-8 text as typed keys. */
bool vt_type(struct vt *vt, const char *text);

/** Send a special key (VTERM_KEY_ENTER, VTERM_KEY_FUNCTION(2), ...). */
bool vt_key(struct vt *vt, VTermKey key);

/** Click (press and release button 1) at @row, @col; nothing if @row < 0. */
bool vt_click(struct vt *vt, int row, int col);

/** Resize the terminal; the program gets SIGWINCH. */
bool vt_resize(struct vt *vt, int rows, int cols);

/** Close the terminal's master side: the line hangs up. */
void vt_hangup(struct vt *vt);

/** The cursor position. */
void vt_cursor(struct vt *vt, int *row, int *col);

/** The cell at @row, @col. */
void vt_cell(struct vt *vt, int row, int col, VTermScreenCell *cell);

/**
 * Wait for the program to exit, then read everything it wrote.  @return
 * its exit code, 128 + the signal that killed it, or -1 after @ms.
 */
int vt_wait_exit(struct vt *vt, int ms);

/** Everything the program wrote to stderr (with .stderr_apart) or to
 *  stdout (without a terminal) so far. */
const char *vt_stderr(struct vt *vt);
const char *vt_stdout(struct vt *vt);

/**
 * What the record speech engine wrote since the last call: its lines
 * ("say LANG<TAB>TEXT...", "queue ...", "stop", "rate N", "volume N"),
 * "" if nothing.  Valid until the next call or vt_free.
 */
const char *vt_spoken(struct vt *vt);

/** Print the screen (and stderr, stdout if kept apart) to stderr. */
void vt_dump(struct vt *vt);

/** Kill the program if it still runs and free everything. */
void vt_free(struct vt *vt);

/**
 * Fail the test: say that @cond failed at @file:@line, then the message
 * printf makes of @fmt; dump and free @vt (when not NULL); exit 1.
 */
void vt_fail(struct vt *vt, const char *file, int line, const char *cond,
    const char *fmt, ...) __attribute__((noreturn, format(printf, 5, 6)));

/* Assertion for screen tests: dump the screen and fail. */
#define VT_CHECK(vt, cond, ...)                                             \
	do {                                                                \
		if (!(cond))                                                \
			vt_fail((vt), __FILE__, __LINE__, #cond, __VA_ARGS__); \
	} while (0)

#endif
