/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The pty + libvterm harness (see vt.h).  One harness for the screen
 * tests, the fault tests and the benchmark.
 */
#include "vt.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ui/handshake.h"

#define VT_NOBODY 65534

/* The descriptors a program's output comes on. */
enum vt_stream { VT_TERM, VT_OUT, VT_ERR, VT_SYNC, VT_SPEECH, VT_STREAMS };

struct vt {
	pid_t pid;
	int fd[VT_STREAMS];  /* -1: none, or closed at end of file */
	bool sync;           /* started with the handshake */
	bool hold;           /* input without fences (vt_hold) */
	long acked;          /* the last fence number read; -1: none yet */
	long sent;           /* fences sent */
	char line[32];       /* a partial number from the program */
	size_t linelen;
	size_t bytes;        /* written to the terminal so far */
	double last;         /* when the last of them arrived, vt_now() */
	int rows, cols;      /* 0: no terminal */
	bool exited;
	int status;
	VTerm *term;
	VTermScreen *screen;
	char *err, *out;     /* what came on stderr and stdout */
	size_t errlen, outlen;
	char *speech;        /* what the record engine wrote */
	size_t speechlen, speechread; /* its length; how much vt_spoken gave */
	char *spoken;        /* the last vt_spoken answer */
	char rowbuf[4096];
};

static struct vt *live;   /* killed at exit if a check fails */

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

/* Write all of @s to @fd (nothing if @fd < 0). */
static void
write_all(int fd, const char *s, size_t len)
{
	while (fd >= 0 && len > 0) {
		ssize_t n = write(fd, s, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		s += n;
		len -= (size_t)n;
	}
}

/* libvterm sends keys, mouse reports and replies to the program. */
static void
vt_output(const char *s, size_t len, void *user)
{
	struct vt *vt = user;

	write_all(vt->fd[VT_TERM], s, len);
}

/* Append @n bytes to a growing string. */
static void
append(char **buf, size_t *len, const char *s, size_t n)
{
	*buf = realloc(*buf, *len + n + 1);
	if (*buf == NULL)
		abort();
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

/* Kill a program left behind by a failed check. */
static void
vt_atexit(void)
{
	if (live != NULL && !live->exited) {
		kill(live->pid, SIGKILL);
		waitpid(live->pid, NULL, 0);
	}
}

/* In the child: the environment @env asks for, over TERM's default. */
static void
vt_environment(const char *const *env)
{
	setenv("TERM", "xterm-256color", 1);
	for (int i = 0; env != NULL && env[i] != NULL; i++) {
		const char *eq = strchr(env[i], '=');

		if (eq == NULL) {
			unsetenv(env[i]);
		} else {
			char name[128];

			snprintf(name, sizeof name, "%.*s", (int)(eq - env[i]),
			    env[i]);
			setenv(name, eq + 1, 1);
		}
	}
}

/* In the child, after fork: descriptors, signals, user; then exec. */
static void
vt_child(const struct vt_opts *o, const int errp[2], const int outp[2],
    const int syncp[2], const int speechp[2])
{
	/* First, before dup() below takes the lowest free numbers. */
	if (o->speech)
		dup2(speechp[1], VT_SPEECH_FD);
	if (o->rows == 0) {
		int null = open("/dev/null", O_RDONLY);

		setsid();   /* no controlling terminal either */
		dup2(null, STDIN_FILENO);
		dup2(outp[1], STDOUT_FILENO);
		close(null);
	}
	if (o->stderr_apart)
		dup2(errp[1], STDERR_FILENO);
	if (o->sync) {
		char num[16];

		/* dup() clears close-on-exec; the number is the program's. */
		snprintf(num, sizeof num, "%d", dup(syncp[1]));
		setenv("ORIENTATION_SYNC_FD", num, 1);
	} else {
		unsetenv("ORIENTATION_SYNC_FD");
	}
	/* The program meets the signals as a user's session gives them,
	 * whatever the test runner inherited (nohup or a script's background
	 * job ignore some of them). */
	signal(SIGPIPE, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	if (o->block_sighup) {
		sigset_t set;

		sigemptyset(&set);
		sigaddset(&set, SIGHUP);
		sigprocmask(SIG_BLOCK, &set, NULL);
	}
	vt_environment(o->env);
	if (o->as_nobody && (setgroups(0, NULL) != 0 ||
	    setgid(VT_NOBODY) != 0 || setuid(VT_NOBODY) != 0)) {
		perror("dropping to nobody");
		_exit(126);
	}
	execv(o->argv[0], o->argv);
	_exit(127);
}

/* A close-on-exec pipe (or socket pair) in @p, or { -1, -1 } if not @want. */
static void
vt_channel(int p[2], bool want, bool socket)
{
	p[0] = p[1] = -1;
	if (!want)
		return;
	if (socket ? socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, p) :
	    pipe2(p, O_CLOEXEC)) {
		perror("pipe");
		exit(1);
	}
}

struct vt *
vt_start(const struct vt_opts *o)
{
	struct vt *vt = calloc(1, sizeof *vt);
	int errp[2], outp[2], syncp[2], speechp[2];

	if (vt == NULL)
		abort();
	vt->rows = o->rows;
	vt->cols = o->cols;
	vt->sync = o->sync;
	vt->acked = -1;
	vt_channel(errp, o->stderr_apart, false);
	vt_channel(outp, o->rows == 0, false);
	vt_channel(syncp, o->sync, true);
	vt_channel(speechp, o->speech, false);
	fflush(NULL);
	if (o->rows > 0) {
		struct winsize ws = { .ws_row = (unsigned short)o->rows,
		    .ws_col = (unsigned short)o->cols };

		vt->pid = forkpty(&vt->fd[VT_TERM], NULL, NULL, &ws);
	} else {
		vt->pid = fork();
		vt->fd[VT_TERM] = -1;
	}
	if (vt->pid < 0) {
		perror("fork");
		exit(1);
	}
	if (vt->pid == 0)
		vt_child(o, errp, outp, syncp, speechp);
	/* Ours are the read ends; the write ends close, so that the end of
	 * the program is the end of each file. */
	vt->fd[VT_ERR] = errp[0];
	vt->fd[VT_OUT] = outp[0];
	vt->fd[VT_SYNC] = syncp[0];
	vt->fd[VT_SPEECH] = speechp[0];
	if (speechp[1] >= 0)
		close(speechp[1]);
	if (errp[1] >= 0)
		close(errp[1]);
	if (outp[1] >= 0)
		close(outp[1]);
	if (syncp[1] >= 0)
		close(syncp[1]);
	if (o->rows > 0) {
		fcntl(vt->fd[VT_TERM], F_SETFD, FD_CLOEXEC);
		vt->term = vterm_new(o->rows, o->cols);
		vterm_set_utf8(vt->term, 1);
		vterm_output_set_callback(vt->term, vt_output, vt);
		vt->screen = vterm_obtain_screen(vt->term);
		/* curses switches to the alternate screen; without its buffer,
		 * libvterm 0.1.4 can crash when the terminal is resized.  And
		 * like xterm, leaving curses shows the normal screen again. */
		vterm_screen_enable_altscreen(vt->screen, 1);
		vterm_screen_reset(vt->screen, 1);
	}
	append(&vt->err, &vt->errlen, "", 0);
	append(&vt->out, &vt->outlen, "", 0);
	append(&vt->speech, &vt->speechlen, "", 0);
	if (live == NULL)
		atexit(vt_atexit);
	live = vt;
	return vt;
}

struct vt *
vt_spawn(char *const argv[], char *const env[], int rows, int cols)
{
	return vt_start(&(struct vt_opts){ .argv = argv,
	    .env = (const char *const *)env, .rows = rows, .cols = cols });
}

/* Fence numbers from the program: "N\n" each. */
static void
vt_acks(struct vt *vt, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\n') {
			if (vt->linelen < sizeof vt->line - 1)
				vt->line[vt->linelen++] = s[i];
			continue;
		}
		vt->line[vt->linelen] = '\0';
		vt->linelen = 0;
		if (atol(vt->line) > vt->acked)
			vt->acked = atol(vt->line);
	}
}

/* Whether any stream from the program is still open. */
static bool
vt_streams_open(const struct vt *vt)
{
	for (int s = 0; s < VT_STREAMS; s++)
		if (vt->fd[s] >= 0)
			return true;
	return false;
}

/*
 * Read what arrives on any stream within @ms, then what is already there.
 * @return whether anything came or a stream ended.
 */
static bool
vt_pump(struct vt *vt, int ms)
{
	bool moved = false;

	for (;;) {
		struct pollfd pfd[VT_STREAMS];
		enum vt_stream which[VT_STREAMS];
		int nfd = 0, r;

		for (int s = 0; s < VT_STREAMS; s++) {
			if (vt->fd[s] >= 0) {
				which[nfd] = (enum vt_stream)s;
				pfd[nfd++] = (struct pollfd){ .fd = vt->fd[s],
				    .events = POLLIN };
			}
		}
		if (nfd == 0) {
			if (ms > 0)
				poll(NULL, 0, ms);
			return moved;
		}
		r = poll(pfd, (nfds_t)nfd, ms);
		if (r <= 0)
			return moved;
		ms = 0; /* then drain what is already there */
		for (int i = 0; i < nfd; i++) {
			char buf[16384];
			ssize_t len;

			if (pfd[i].revents == 0)
				continue;
			len = read(pfd[i].fd, buf, sizeof buf);
			moved = true;
			if (len > 0) {
				switch (which[i]) {
				case VT_TERM:
					vt->last = vt_now();
					vt->bytes += (size_t)len;
					vterm_input_write(vt->term, buf, (size_t)len);
					break;
				case VT_OUT:
					append(&vt->out, &vt->outlen, buf, (size_t)len);
					break;
				case VT_ERR:
					append(&vt->err, &vt->errlen, buf, (size_t)len);
					break;
				case VT_SPEECH:
					append(&vt->speech, &vt->speechlen, buf,
					    (size_t)len);
					break;
				default:
					vt_acks(vt, buf, (size_t)len);
					break;
				}
			} else if (len == 0 || (errno != EAGAIN && errno != EINTR)) {
				/* End of file, or EIO once the pty's other side
				 * is closed. */
				close(vt->fd[which[i]]);
				vt->fd[which[i]] = -1;
			}
		}
	}
}

size_t
vt_read(struct vt *vt, int ms)
{
	size_t before = vt->bytes;

	vt_pump(vt, ms);
	return vt->bytes - before;
}

/* Read everything already written, up to the last byte. */
static void
vt_drain(struct vt *vt)
{
	while (vt_pump(vt, 0))
		;
}

/*
 * Wait until @n is acknowledged (true) or the program is gone (false).  A
 * program still there that does not answer within VT_SYNC_MS hangs: that
 * fails the test here, instead of letting the next check read a screen
 * the program never finished.
 */
static bool
vt_wait_ack(struct vt *vt, long n)
{
	long deadline = now_ms() + VT_SYNC_MS;

	while (vt->acked < n && vt->fd[VT_SYNC] >= 0 && now_ms() < deadline)
		vt_pump(vt, 100);
	vt_drain(vt);
	if (vt->acked < n && vt->fd[VT_SYNC] >= 0)
		vt_fail(vt, __FILE__, __LINE__, "vt->acked >= n",
		    "no answer to fence %ld in %d ms: the program hangs", n,
		    VT_SYNC_MS);
	return vt->acked >= n;
}

/* Before the first input: the program has its first frame up. */
static void
vt_ready(struct vt *vt)
{
	if (vt->sync && vt->acked < 0)
		vt_wait_ack(vt, 0);
}

bool
vt_first_frame(struct vt *vt)
{
	vt_ready(vt);
	return vt->acked >= 0;
}

bool
vt_sync(struct vt *vt)
{
	if (!vt->sync)
		return false;
	vt_ready(vt);
	if (vt->fd[VT_SYNC] < 0 || vt->fd[VT_TERM] < 0) {
		vt_drain(vt);
		return false;
	}
	write_all(vt->fd[VT_TERM], HANDSHAKE_FENCE, sizeof HANDSHAKE_FENCE - 1);
	return vt_wait_ack(vt, ++vt->sent);
}

void
vt_hold(struct vt *vt, bool hold)
{
	vt->hold = hold;
}

/* After input: fence, unless held. */
static bool
vt_after_input(struct vt *vt)
{
	return !vt->hold && vt_sync(vt);
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
vt_row(struct vt *vt, int row)
{
	size_t n;

	if (vt->screen == NULL || row < 0 || row >= vt->rows)
		return "";
	n = vterm_screen_get_text(vt->screen, vt->rowbuf, sizeof vt->rowbuf - 1,
	    (VTermRect){ .start_row = row, .end_row = row + 1, .start_col = 0,
	    .end_col = vt->cols });
	vt->rowbuf[n] = '\0';
	while (n > 0 && vt->rowbuf[n - 1] == ' ')
		vt->rowbuf[--n] = '\0';
	return vt->rowbuf;
}

int
vt_find_row(struct vt *vt, const char *text)
{
	/* Every row holds "": a look for it (a text the test failed to
	 * find in the catalog, say) would pass whatever is on screen. */
	if (text == NULL || text[0] == '\0')
		vt_fail(vt, __FILE__, __LINE__, "text != NULL && text[0] != '\\0'",
		    "a look for no text on the screen: it would always match");
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

/* Wait until @text is on screen (@present) or not; then a fence, so that
 * the frame is whole. */
static bool
vt_wait_for(struct vt *vt, const char *text, bool present, int ms)
{
	long deadline;

	vt_ready(vt);   /* the first frame, however slow the start */
	vt_drain(vt);
	deadline = now_ms() + ms;
	while (vt_has_text(vt, text) != present) {
		if (now_ms() > deadline)
			return false;
		vt_pump(vt, 20);
	}
	if (vt->sync && vt->fd[VT_SYNC] >= 0)
		vt_sync(vt);
	return vt_has_text(vt, text) == present;
}

bool
vt_wait_text(struct vt *vt, const char *text, int ms)
{
	return vt_wait_for(vt, text, true, ms);
}

bool
vt_wait_gone(struct vt *vt, const char *text, int ms)
{
	return vt_wait_for(vt, text, false, ms);
}

bool
vt_type(struct vt *vt, const char *text)
{
	vt_ready(vt);
	write_all(vt->fd[VT_TERM], text, strlen(text));
	return vt_after_input(vt);
}

bool
vt_key(struct vt *vt, VTermKey key)
{
	if (vt->term == NULL)
		return false;
	vt_ready(vt);
	vterm_keyboard_key(vt->term, key, VTERM_MOD_NONE);
	return vt_after_input(vt);
}

bool
vt_click(struct vt *vt, int row, int col)
{
	if (vt->term == NULL || row < 0)
		return false;
	vt_ready(vt);
	vterm_mouse_move(vt->term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(vt->term, 1, true, VTERM_MOD_NONE);
	vterm_mouse_button(vt->term, 1, false, VTERM_MOD_NONE);
	return vt_after_input(vt);
}

bool
vt_resize(struct vt *vt, int rows, int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
	    .ws_col = (unsigned short)cols };

	if (vt->term == NULL || vt->fd[VT_TERM] < 0)
		return false;
	vt_ready(vt);
	vt->rows = rows;
	vt->cols = cols;
	vterm_set_size(vt->term, rows, cols);
	ioctl(vt->fd[VT_TERM], TIOCSWINSZ, &ws);
	return vt_after_input(vt);
}

void
vt_hangup(struct vt *vt)
{
	if (vt->fd[VT_TERM] >= 0) {
		close(vt->fd[VT_TERM]);
		vt->fd[VT_TERM] = -1;
	}
}

void
vt_cursor(struct vt *vt, int *row, int *col)
{
	VTermPos pos = { 0, 0 };

	if (vt->term != NULL)
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
		if (waitpid(vt->pid, &vt->status, WNOHANG) == vt->pid) {
			vt->exited = true;
			break;
		}
		if (now_ms() > deadline)
			return -1;
		vt_pump(vt, 20);
	}
	/* Everything the program wrote: each stream ends now that it has
	 * gone (unless something it started still holds one); once all have
	 * ended there is nothing to wait for. */
	deadline = now_ms() + 2000;
	while (vt_streams_open(vt) && vt_pump(vt, 100) && now_ms() < deadline)
		;
	return WIFEXITED(vt->status) ? WEXITSTATUS(vt->status) :
	    128 + WTERMSIG(vt->status);
}

const char *
vt_stderr(struct vt *vt)
{
	vt_drain(vt);
	return vt->err;
}

const char *
vt_stdout(struct vt *vt)
{
	vt_drain(vt);
	return vt->out;
}

const char *
vt_spoken(struct vt *vt)
{
	vt_drain(vt);
	free(vt->spoken);
	vt->spoken = strdup(vt->speech + vt->speechread);
	if (vt->spoken == NULL)
		abort();
	vt->speechread = vt->speechlen;
	return vt->spoken;
}

void
vt_dump(struct vt *vt)
{
	int r, c;

	if (vt->screen != NULL) {
		vt_cursor(vt, &r, &c);
		fprintf(stderr, "---- screen %dx%d, cursor at %d,%d ----\n",
		    vt->cols, vt->rows, r, c);
		for (r = 0; r < vt->rows; r++)
			fprintf(stderr, "%2d|%s\n", r, vt_row(vt, r));
	}
	if (vt->errlen > 0 || vt->outlen > 0)
		fprintf(stderr, "---- stderr ----\n%s---- stdout ----\n%s",
		    vt->err, vt->out);
	fprintf(stderr, "----\n");
}

void
vt_fail(struct vt *vt, const char *file, int line, const char *cond,
    const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: check failed: %s\n  ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	if (vt != NULL) {
		vt_dump(vt);
		vt_free(vt);
	}
	exit(1);
}

void
vt_free(struct vt *vt)
{
	if (!vt->exited) {
		kill(vt->pid, SIGKILL);
		waitpid(vt->pid, &vt->status, 0);
		vt->exited = true;
	}
	for (int s = 0; s < VT_STREAMS; s++)
		if (vt->fd[s] >= 0)
			close(vt->fd[s]);
	if (vt->term != NULL)
		vterm_free(vt->term);
	if (live == vt)
		live = NULL;
	free(vt->err);
	free(vt->out);
	free(vt->speech);
	free(vt->spoken);
	free(vt);
}
