/*
 * A small harness for fault tests: runs the kiosk as a child process,
 * either on a pseudo-terminal read back through libvterm or with no
 * terminal at all, and keeps its standard error apart (a pipe) so a test
 * can check that exactly one clear line was printed and no sanitizer
 * report.  Unlike tests/screen/vt.c it exposes the hang-up (closing the
 * pty master) and running the child under another user or in a prepared
 * mount namespace.
 */
#ifndef TESTS_FAULT_CHILD_H
#define TESTS_FAULT_CHILD_H

#include <stdbool.h>
#include <sys/types.h>
#include <vterm.h>

/* Exit code meson counts as "skipped". */
#define CHILD_SKIP 77

struct child;

struct child_opts {
	const char *const *args; /* after the program name, NULL-terminated */
	const char *const *env;  /* "NAME=VALUE" sets, "NAME" unsets; NULL-terminated */
	int rows, cols;          /* terminal size; 0: no terminal at all */
	bool as_nobody;          /* run as uid/gid 65534 (the test must be root) */
	bool block_sighup;       /* start with SIGHUP blocked (inherited mask) */
};

/** The program under test ($ORIENTATION_BIN). */
const char *child_program(void);

/** The catalog under test ($ORIENTATION_CATALOG). */
const char *child_catalog(void);

/**
 * A new scratch folder for this test, created once; the child's HOME and
 * XDG_*_HOME point there.  Static string.
 */
const char *child_scratch(void);

/** Start the program as @o describes.  Aborts the test on failure. */
struct child *child_spawn(const struct child_opts *o);

/** The child's process id. */
pid_t child_pid(const struct child *c);

/** Wait until @text is on the terminal; false after @ms milliseconds. */
bool child_wait_text(struct child *c, const char *text, int ms);

/** Whether @text is on the terminal now. */
bool child_has_text(struct child *c, const char *text);

/** Row @row of the terminal, trailing blanks removed; static buffer. */
const char *child_row(struct child *c, int row);

/** The row holding @text, or -1. */
int child_find_row(struct child *c, const char *text);

/** Click (press and release button 1) at @row, @col. */
void child_click(struct child *c, int row, int col);

/** Read output until the child is quiet for @quiet_ms. */
void child_settle(struct child *c, int quiet_ms);

/** Send a special key. */
void child_key(struct child *c, VTermKey key);

/** Send UTF-8 text as typed keys. */
void child_type(struct child *c, const char *text);

/** Resize the terminal; the program gets SIGWINCH. */
void child_resize(struct child *c, int rows, int cols);

/** Close the terminal's master side: the line hangs up. */
void child_hangup(struct child *c);

/**
 * Wait for the child to end.  @return its exit code, 128 + the signal
 * that killed it, or -1 after @ms milliseconds.
 */
int child_wait_exit(struct child *c, int ms);

/** Everything the child wrote to stderr so far. */
const char *child_stderr(struct child *c);

/** Everything it wrote to stdout (only without a terminal). */
const char *child_stdout(struct child *c);

/** Print the screen and stderr (for failures). */
void child_dump(struct child *c);

/** Kill the child if it still runs and free everything. */
void child_free(struct child *c);

/* Assertion: report, dump and fail the test. */
#define CHILD_CHECK(c, cond, ...)                                           \
	do {                                                                \
		if (!(cond)) {                                              \
			fprintf(stderr, "%s:%d: check failed: %s\n  ",      \
			    __FILE__, __LINE__, #cond);                     \
			fprintf(stderr, __VA_ARGS__);                       \
			fprintf(stderr, "\n");                              \
			if ((c) != NULL)                                    \
				child_dump(c);                              \
			exit(1);                                            \
		}                                                           \
	} while (0)

#endif
