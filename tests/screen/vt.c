/*
 * The pty + libvterm harness (see vt.h).
 */
#include "vt.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct vt {
	int fd;
	pid_t pid;
	size_t bytes;        /* written by the program so far */
	double last;         /* when the last of them arrived, vt_now() */
	int rows, cols;
	bool exited;
	int status;
	VTerm *term;
	VTermScreen *screen;
	char rowbuf[4096];
};

/* Milliseconds from a monotonic clock. */
static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

double
vt_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* libvterm wants to send bytes (keys, mouse, replies) to the program. */
static void
vt_output(const char *s, size_t len, void *user)
{
	struct vt *vt = user;

	while (len > 0) {
		ssize_t n = write(vt->fd, s, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		s += n;
		len -= (size_t)n;
	}
}

struct vt *
vt_spawn(char *const argv[], char *const env[], int rows, int cols)
{
	struct vt *vt = calloc(1, sizeof *vt);
	struct winsize ws = { .ws_row = (unsigned short)rows,
	    .ws_col = (unsigned short)cols };

	vt->rows = rows;
	vt->cols = cols;
	vt->pid = forkpty(&vt->fd, NULL, NULL, &ws);
	if (vt->pid < 0) {
		perror("forkpty");
		exit(1);
	}
	if (vt->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		for (int i = 0; env != NULL && env[i] != NULL; i++)
			putenv(env[i]);
		execv(argv[0], argv);
		_exit(127);
	}
	vt->term = vterm_new(rows, cols);
	vterm_set_utf8(vt->term, 1);
	vterm_output_set_callback(vt->term, vt_output, vt);
	vt->screen = vterm_obtain_screen(vt->term);
	/* curses switches to the alternate screen; without its buffer,
	 * libvterm 0.1.4 can crash when the terminal is resized. */
	vterm_screen_enable_altscreen(vt->screen, 1);
	vterm_screen_reset(vt->screen, 1);
	return vt;
}

/* Read what is there within @ms; the bytes read (0: nothing came). */
static size_t
vt_pump(struct vt *vt, int ms)
{
	struct pollfd pfd = { .fd = vt->fd, .events = POLLIN };
	char buf[16384];
	size_t got = 0;

	while (poll(&pfd, 1, ms) > 0) {
		ssize_t n = read(vt->fd, buf, sizeof buf);

		if (n <= 0)
			break;
		vt->last = vt_now();
		vt->bytes += (size_t)n;
		got += (size_t)n;
		vterm_input_write(vt->term, buf, (size_t)n);
		ms = 0; /* drain what is already there */
	}
	return got;
}

size_t
vt_settle_for(struct vt *vt, int quiet_ms, int max_ms)
{
	long deadline = now_ms() + max_ms;
	size_t got = 0, n;

	while ((n = vt_pump(vt, quiet_ms)) > 0 && now_ms() < deadline)
		got += n;
	return got + n;
}

void
vt_settle(struct vt *vt, int quiet_ms)
{
	vt_settle_for(vt, quiet_ms, 3000);
}

size_t
vt_answer(struct vt *vt, int ms, int quiet_ms)
{
	size_t got = vt_pump(vt, ms);

	return got == 0 ? 0 : got + vt_settle_for(vt, quiet_ms, 3000);
}

pid_t
vt_pid(const struct vt *vt)
{
	return vt->pid;
}

size_t
vt_bytes(const struct vt *vt)
{
	return vt->bytes;
}

double
vt_last_byte(const struct vt *vt)
{
	return vt->last;
}

const char *
vt_screen_row(VTermScreen *screen, int row, int cols, char *buf, size_t size)
{
	size_t n = vterm_screen_get_text(screen, buf, size - 1,
	    (VTermRect){ .start_row = row, .end_row = row + 1, .start_col = 0,
	    .end_col = cols });

	buf[n] = '\0';
	while (n > 0 && buf[n - 1] == ' ')
		buf[--n] = '\0';
	return buf;
}

const char *
vt_row(struct vt *vt, int row)
{
	return vt_screen_row(vt->screen, row, vt->cols, vt->rowbuf,
	    sizeof vt->rowbuf);
}

int
vt_find_row(struct vt *vt, const char *text)
{
	for (int r = 0; r < vt->rows; r++)
		if (strstr(vt_row(vt, r), text) != NULL)
			return r;
	return -1;
}

bool
vt_has_text(struct vt *vt, const char *text)
{
	return vt_find_row(vt, text) >= 0;
}

bool
vt_wait_text(struct vt *vt, const char *text, int ms)
{
	long deadline = now_ms() + ms;

	for (;;) {
		if (vt_has_text(vt, text)) {
			vt_settle(vt, 30);
			return true;
		}
		if (now_ms() > deadline)
			return false;
		vt_pump(vt, 20);
	}
}

bool
vt_wait_gone(struct vt *vt, const char *text, int ms)
{
	long deadline = now_ms() + ms;

	for (;;) {
		if (!vt_has_text(vt, text)) {
			vt_settle(vt, 30);
			return true;
		}
		if (now_ms() > deadline)
			return false;
		vt_pump(vt, 20);
	}
}

void
vt_type(struct vt *vt, const char *text)
{
	vt_output(text, strlen(text), vt);
}

void
vt_key(struct vt *vt, VTermKey key)
{
	vterm_keyboard_key(vt->term, key, VTERM_MOD_NONE);
}

void
vt_term_click(VTerm *term, int row, int col)
{
	vterm_mouse_move(term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(term, 1, true, VTERM_MOD_NONE);
	vterm_mouse_button(term, 1, false, VTERM_MOD_NONE);
}

void
vt_click(struct vt *vt, int row, int col)
{
	vt_term_click(vt->term, row, col);
}

void
vt_resize(struct vt *vt, int rows, int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
	    .ws_col = (unsigned short)cols };

	vt->rows = rows;
	vt->cols = cols;
	vterm_set_size(vt->term, rows, cols);
	ioctl(vt->fd, TIOCSWINSZ, &ws);
}

void
vt_cursor(struct vt *vt, int *row, int *col)
{
	VTermPos pos;

	vterm_state_get_cursorpos(vterm_obtain_state(vt->term), &pos);
	*row = pos.row;
	*col = pos.col;
}

void
vt_cell(struct vt *vt, int row, int col, VTermScreenCell *cell)
{
	vterm_screen_get_cell(vt->screen, (VTermPos){ .row = row, .col = col },
	    cell);
}

int
vt_wait_exit(struct vt *vt, int ms)
{
	long deadline = now_ms() + ms;

	while (!vt->exited) {
		pid_t r = waitpid(vt->pid, &vt->status, WNOHANG);

		if (r == vt->pid) {
			vt->exited = true;
			break;
		}
		if (now_ms() > deadline)
			return -1;
		vt_pump(vt, 20);
	}
	return WIFEXITED(vt->status) ? WEXITSTATUS(vt->status) :
	    128 + WTERMSIG(vt->status);
}

void
vt_dump(struct vt *vt)
{
	int r, c;

	vt_cursor(vt, &r, &c);
	fprintf(stderr, "---- screen %dx%d, cursor at %d,%d ----\n", vt->cols,
	    vt->rows, r, c);
	for (r = 0; r < vt->rows; r++)
		fprintf(stderr, "%2d|%s\n", r, vt_row(vt, r));
	fprintf(stderr, "----\n");
}

void
vt_free(struct vt *vt)
{
	if (!vt->exited) {
		kill(vt->pid, SIGKILL);
		waitpid(vt->pid, &vt->status, 0);
	}
	close(vt->fd);
	vterm_free(vt->term);
	free(vt);
}
