/*
 * A pseudo-terminal harness for screen tests: runs the real program on a
 * pty and reads the screen back through libvterm, so tests assert what a
 * person would see.  Waits poll for content with a deadline; there are no
 * fixed sleeps.
 */
#ifndef TESTS_VT_H
#define TESTS_VT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <vterm.h>

struct vt;

/**
 * Start @argv on a new pty of @rows x @cols.  @env holds extra NAME=VALUE
 * strings for the child (NULL-terminated); TERM defaults to xterm-256color.
 */
struct vt *vt_spawn(char *const argv[], char *const env[], int rows, int cols);

/** Wait until @text is on screen; false after @ms milliseconds. */
bool vt_wait_text(struct vt *vt, const char *text, int ms);

/** Wait until @text is gone from the screen. */
bool vt_wait_gone(struct vt *vt, const char *text, int ms);

/** Read output until the program is quiet for @quiet_ms (3 s at most). */
void vt_settle(struct vt *vt, int quiet_ms);

/** The same, at most @max_ms in all.  @return the bytes read meanwhile. */
size_t vt_settle_for(struct vt *vt, int quiet_ms, int max_ms);

/** Read until at least one byte arrives (at most @ms), then until quiet
 *  for @quiet_ms.  @return the bytes read (0: none came). */
size_t vt_answer(struct vt *vt, int ms, int quiet_ms);

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

/**
 * Row @row of @screen (@cols wide) as UTF-8 without trailing blanks, in
 * @buf of @size bytes; returns @buf.  For harnesses that keep their own
 * libvterm screen (tests/fault/child.c).
 */
const char *vt_screen_row(VTermScreen *screen, int row, int cols, char *buf,
    size_t size);

/** Click (press and release button 1) at @row, @col of @term. */
void vt_term_click(VTerm *term, int row, int col);

/** Row @row as UTF-8, trailing blanks removed; static buffer. */
const char *vt_row(struct vt *vt, int row);

/** The row holding @text, or -1. */
int vt_find_row(struct vt *vt, const char *text);

/** Send UTF-8 text as typed keys. */
void vt_type(struct vt *vt, const char *text);

/** Send a special key (VTERM_KEY_ENTER, VTERM_KEY_FUNCTION(2), ...). */
void vt_key(struct vt *vt, VTermKey key);

/** Click (press and release button 1) at @row, @col. */
void vt_click(struct vt *vt, int row, int col);

/** Resize the terminal; the program gets SIGWINCH. */
void vt_resize(struct vt *vt, int rows, int cols);

/** The cursor position. */
void vt_cursor(struct vt *vt, int *row, int *col);

/** The cell at @row, @col. */
void vt_cell(struct vt *vt, int row, int col, VTermScreenCell *cell);

/** Wait for the program to exit; its exit status, or -1 on timeout. */
int vt_wait_exit(struct vt *vt, int ms);

/** Print the screen to stderr (for failures). */
void vt_dump(struct vt *vt);

/** Kill the program if it still runs and free everything. */
void vt_free(struct vt *vt);

/* Assertion for screen tests: dump the screen and fail. */
#define VT_CHECK(vt, cond, ...)                                             \
	do {                                                                \
		if (!(cond)) {                                              \
			fprintf(stderr, "%s:%d: check failed: %s\n  ",      \
			    __FILE__, __LINE__, #cond);                     \
			fprintf(stderr, __VA_ARGS__);                       \
			fprintf(stderr, "\n");                              \
			vt_dump(vt);                                        \
			vt_free(vt);                                        \
			exit(1);                                            \
		}                                                           \
	} while (0)

#endif
