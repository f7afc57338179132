/*
 * The benchmark pty (see term.h).
 */
#include "term.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct term {
	int fd;
	pid_t pid;
	int rows, cols;
	bool exited;
	int status;
	size_t bytes;
	double last;
	VTerm *vt;
	VTermScreen *screen;
	char rowbuf[4096];
};

double
term_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* libvterm's answers and encoded keys go to the program. */
static void
term_output(const char *s, size_t len, void *user)
{
	struct term *t = user;

	while (len > 0) {
		ssize_t n = write(t->fd, s, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		s += n;
		len -= (size_t)n;
	}
}

struct term *
term_spawn(char *const argv[], char *const env[], int rows, int cols)
{
	struct term *t = calloc(1, sizeof *t);
	struct winsize ws = { .ws_row = (unsigned short)rows,
	    .ws_col = (unsigned short)cols };

	if (t == NULL)
		abort();
	t->rows = rows;
	t->cols = cols;
	t->pid = forkpty(&t->fd, NULL, NULL, &ws);
	if (t->pid < 0) {
		perror("forkpty");
		exit(1);
	}
	if (t->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		for (int i = 0; env != NULL && env[i] != NULL; i++)
			putenv(env[i]);
		execv(argv[0], argv);
		_exit(127);
	}
	t->vt = vterm_new(rows, cols);
	vterm_set_utf8(t->vt, 1);
	vterm_output_set_callback(t->vt, term_output, t);
	t->screen = vterm_obtain_screen(t->vt);
	vterm_screen_enable_altscreen(t->screen, 1);
	vterm_screen_reset(t->screen, 1);
	return t;
}

pid_t
term_pid(const struct term *t)
{
	return t->pid;
}

size_t
term_bytes(const struct term *t)
{
	return t->bytes;
}

double
term_last_byte(const struct term *t)
{
	return t->last;
}

/* Read what arrives within @ms; the bytes read. */
static size_t
term_pump(struct term *t, int ms)
{
	struct pollfd pfd = { .fd = t->fd, .events = POLLIN };
	char buf[16384];
	size_t got = 0;

	while (poll(&pfd, 1, ms) > 0) {
		ssize_t n = read(t->fd, buf, sizeof buf);

		if (n <= 0)
			break;
		t->last = term_now();
		t->bytes += (size_t)n;
		got += (size_t)n;
		vterm_input_write(t->vt, buf, (size_t)n);
		ms = 0;
	}
	return got;
}

/* Row @row as UTF-8 without trailing blanks; static buffer. */
static const char *
term_row(struct term *t, int row)
{
	size_t n = vterm_screen_get_text(t->screen, t->rowbuf,
	    sizeof t->rowbuf - 1, (VTermRect){ .start_row = row,
	    .end_row = row + 1, .start_col = 0, .end_col = t->cols });

	t->rowbuf[n] = '\0';
	while (n > 0 && t->rowbuf[n - 1] == ' ')
		t->rowbuf[--n] = '\0';
	return t->rowbuf;
}

int
term_find_row(struct term *t, const char *text)
{
	for (int r = 0; r < t->rows; r++)
		if (strstr(term_row(t, r), text) != NULL)
			return r;
	return -1;
}

bool
term_has_text(struct term *t, const char *text)
{
	return term_find_row(t, text) >= 0;
}

bool
term_wait_text(struct term *t, const char *text, int ms)
{
	double deadline = term_now() + ms / 1000.0;

	for (;;) {
		if (term_has_text(t, text))
			return true;
		if (term_now() > deadline)
			return false;
		term_pump(t, 5);
	}
}

size_t
term_settle(struct term *t, int quiet_ms, int max_ms)
{
	double deadline = term_now() + max_ms / 1000.0;
	size_t got = 0, n;

	while ((n = term_pump(t, quiet_ms)) > 0 && term_now() < deadline)
		got += n;
	return got + n;
}

size_t
term_answer(struct term *t, int ms, int quiet_ms)
{
	size_t got = term_pump(t, ms);

	if (got == 0)
		return 0;
	return got + term_settle(t, quiet_ms, 3000);
}

void
term_send(struct term *t, const char *bytes)
{
	term_output(bytes, strlen(bytes), t);
}

void
term_key(struct term *t, VTermKey key)
{
	vterm_keyboard_key(t->vt, key, VTERM_MOD_NONE);
}

void
term_click(struct term *t, int row, int col)
{
	vterm_mouse_move(t->vt, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(t->vt, 1, true, VTERM_MOD_NONE);
	vterm_mouse_button(t->vt, 1, false, VTERM_MOD_NONE);
}

int
term_wait_exit(struct term *t, int ms)
{
	double deadline = term_now() + ms / 1000.0;

	while (!t->exited) {
		if (waitpid(t->pid, &t->status, WNOHANG) == t->pid) {
			t->exited = true;
			break;
		}
		if (term_now() > deadline)
			return -1;
		term_pump(t, 10);
	}
	return WIFEXITED(t->status) ? WEXITSTATUS(t->status) :
	    128 + WTERMSIG(t->status);
}

void
term_dump(struct term *t)
{
	fprintf(stderr, "---- screen %dx%d ----\n", t->cols, t->rows);
	for (int r = 0; r < t->rows; r++)
		fprintf(stderr, "%2d|%s\n", r, term_row(t, r));
	fprintf(stderr, "----\n");
}

void
term_free(struct term *t)
{
	if (!t->exited) {
		kill(t->pid, SIGKILL);
		waitpid(t->pid, &t->status, 0);
	}
	close(t->fd);
	vterm_free(t->vt);
	free(t);
}
