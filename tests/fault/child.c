/*
 * The fault-test harness (see child.h).  One child at a time per test
 * process; a child still running when the test fails is killed at exit.
 */
#include "child.h"
#include "vt.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHILD_NOBODY 65534

struct child {
	pid_t pid;
	int master;          /* pty master, or -1 */
	int out;             /* stdout pipe without a terminal, or -1 */
	int err;             /* stderr pipe, or -1 once at EOF */
	int rows, cols;
	bool exited;
	int status;
	VTerm *term;
	VTermScreen *screen;
	char *errbuf, *outbuf;
	size_t errlen, outlen;
	char rowbuf[4096];
};

static struct child *live;   /* killed at exit if the test fails */
static char scratch[256];

/* Milliseconds from a monotonic clock. */
static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Kill a child left behind by a failed check. */
static void
child_atexit(void)
{
	if (live != NULL && !live->exited) {
		kill(live->pid, SIGKILL);
		waitpid(live->pid, NULL, 0);
	}
}

const char *
child_program(void)
{
	const char *p = getenv("ORIENTATION_BIN");

	return p != NULL ? p : "src/orientation";
}

const char *
child_catalog(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

/* Let a read-only folder be emptied. */
static int
scratch_open_up(const char *path, const struct stat *sb, int type,
    struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (type == FTW_D || type == FTW_DNR)
		chmod(path, 0755);
	return 0;
}

/* Remove one entry, contents first. */
static int
scratch_remove(const char *path, const struct stat *sb, int type,
    struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (type == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

/* Remove the scratch folder at exit, unless FAULT_KEEP is set. */
static void
scratch_atexit(void)
{
	if (scratch[0] == '\0' || getenv("FAULT_KEEP") != NULL)
		return;
	nftw(scratch, scratch_open_up, 16, FTW_PHYS);
	nftw(scratch, scratch_remove, 16, FTW_PHYS | FTW_DEPTH);
}

const char *
child_scratch(void)
{
	if (scratch[0] == '\0') {
		snprintf(scratch, sizeof scratch, "/tmp/orientation-fault-XXXXXX");
		if (mkdtemp(scratch) == NULL) {
			perror("mkdtemp");
			exit(1);
		}
		/* Readable by a child that runs as nobody. */
		chmod(scratch, 0755);
		atexit(scratch_atexit);
	}
	return scratch;
}

/* Write all of @s to @fd. */
static void
write_all(int fd, const char *s, size_t len)
{
	while (len > 0) {
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

/* libvterm sends keys and replies to the program. */
static void
child_output(const char *s, size_t len, void *user)
{
	struct child *c = user;

	if (c->master >= 0)
		write_all(c->master, s, len);
}

/* Append @n bytes to a growing buffer. */
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

/* The environment of the child: pinned, then @env on top. */
static void
child_environment(const char *const *env)
{
	const char *dir = child_scratch();

	setenv("HOME", dir, 1);
	setenv("XDG_STATE_HOME", dir, 1);
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("XDG_DATA_HOME", dir, 1);
	setenv("TERM", "xterm-256color", 1);
	setenv("LANGUAGE", "en", 1);
	unsetenv("LANG");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("NO_COLOR");
	unsetenv("COLUMNS");
	unsetenv("LINES");
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

/* In the child: become nobody, keeping the open descriptors. */
static void
child_drop(void)
{
	if (setgroups(0, NULL) != 0 || setgid(CHILD_NOBODY) != 0 ||
	    setuid(CHILD_NOBODY) != 0) {
		perror("dropping to nobody");
		_exit(126);
	}
}

struct child *
child_spawn(const struct child_opts *o)
{
	struct child *c = calloc(1, sizeof *c);
	char *argv[32];
	int errp[2], outp[2] = { -1, -1 }, n = 0;

	if (c == NULL)
		abort();
	argv[n++] = (char *)child_program();
	for (int i = 0; o->args != NULL && o->args[i] != NULL && n < 31; i++)
		argv[n++] = (char *)o->args[i];
	argv[n] = NULL;

	c->master = c->out = -1;
	c->rows = o->rows;
	c->cols = o->cols;
	fflush(NULL);
	if (pipe(errp) != 0 || (o->rows == 0 && pipe(outp) != 0)) {
		perror("pipe");
		exit(1);
	}
	if (o->rows > 0) {
		struct winsize ws = { .ws_row = (unsigned short)o->rows,
		    .ws_col = (unsigned short)o->cols };

		c->pid = forkpty(&c->master, NULL, NULL, &ws);
	} else {
		c->pid = fork();
	}
	if (c->pid < 0) {
		perror("fork");
		exit(1);
	}
	if (c->pid == 0) {
		if (o->rows == 0) {
			int null = open("/dev/null", O_RDONLY);

			setsid();   /* no controlling terminal either */
			dup2(null, STDIN_FILENO);
			dup2(outp[1], STDOUT_FILENO);
			close(null);
			close(outp[0]);
			close(outp[1]);
		}
		dup2(errp[1], STDERR_FILENO);
		close(errp[0]);
		close(errp[1]);
		signal(SIGPIPE, SIG_DFL);
		if (o->block_sighup) {
			sigset_t set;

			sigemptyset(&set);
			sigaddset(&set, SIGHUP);
			sigprocmask(SIG_BLOCK, &set, NULL);
		}
		child_environment(o->env);
		if (o->as_nobody)
			child_drop();
		execv(argv[0], argv);
		_exit(127);
	}
	close(errp[1]);
	c->err = errp[0];
	fcntl(c->err, F_SETFL, O_NONBLOCK);
	if (o->rows == 0) {
		close(outp[1]);
		c->out = outp[0];
		fcntl(c->out, F_SETFL, O_NONBLOCK);
	} else {
		c->term = vterm_new(o->rows, o->cols);
		vterm_set_utf8(c->term, 1);
		vterm_output_set_callback(c->term, child_output, c);
		c->screen = vterm_obtain_screen(c->term);
		/* Like xterm: leaving curses shows the normal screen again. */
		vterm_screen_enable_altscreen(c->screen, 1);
		vterm_screen_reset(c->screen, 1);
	}
	append(&c->errbuf, &c->errlen, "", 0);
	append(&c->outbuf, &c->outlen, "", 0);
	if (live == NULL)
		atexit(child_atexit);
	live = c;
	return c;
}

pid_t
child_pid(const struct child *c)
{
	return c->pid;
}

/* Read whatever arrives within @ms; false if nothing came. */
static bool
child_pump(struct child *c, int ms)
{
	bool got = false;

	for (;;) {
		struct pollfd pfd[3];
		int nfd = 0, r;
		char buf[8192];

		if (c->master >= 0)
			pfd[nfd++] = (struct pollfd){ .fd = c->master, .events = POLLIN };
		if (c->out >= 0)
			pfd[nfd++] = (struct pollfd){ .fd = c->out, .events = POLLIN };
		if (c->err >= 0)
			pfd[nfd++] = (struct pollfd){ .fd = c->err, .events = POLLIN };
		if (nfd == 0) {
			if (ms > 0)
				poll(NULL, 0, ms);
			return got;
		}
		r = poll(pfd, (nfds_t)nfd, ms);
		if (r <= 0)
			return got;
		ms = 0; /* drain what is already there */
		for (int i = 0; i < nfd; i++) {
			ssize_t len;

			if (pfd[i].revents == 0)
				continue;
			len = read(pfd[i].fd, buf, sizeof buf);
			if (len > 0) {
				got = true;
				if (pfd[i].fd == c->master)
					vterm_input_write(c->term, buf, (size_t)len);
				else if (pfd[i].fd == c->out)
					append(&c->outbuf, &c->outlen, buf, (size_t)len);
				else
					append(&c->errbuf, &c->errlen, buf, (size_t)len);
			} else if (len == 0 || (errno != EAGAIN && errno != EINTR)) {
				/* EOF, or EIO once the child side is closed. */
				if (pfd[i].fd == c->master) {
					close(c->master);
					c->master = -1;
				} else if (pfd[i].fd == c->out) {
					close(c->out);
					c->out = -1;
				} else {
					close(c->err);
					c->err = -1;
				}
			}
		}
	}
}

void
child_settle(struct child *c, int quiet_ms)
{
	long deadline = now_ms() + 3000;

	while (child_pump(c, quiet_ms) && now_ms() < deadline)
		;
}

const char *
child_row(struct child *c, int row)
{
	if (c->screen == NULL)
		return "";
	return vt_screen_row(c->screen, row, c->cols, c->rowbuf,
	    sizeof c->rowbuf);
}

int
child_find_row(struct child *c, const char *text)
{
	for (int r = 0; r < c->rows; r++)
		if (strstr(child_row(c, r), text) != NULL)
			return r;
	return -1;
}

bool
child_has_text(struct child *c, const char *text)
{
	return child_find_row(c, text) >= 0;
}

void
child_click(struct child *c, int row, int col)
{
	if (c->term == NULL || row < 0)
		return;
	vt_term_click(c->term, row, col);
}

bool
child_wait_text(struct child *c, const char *text, int ms)
{
	long deadline = now_ms() + ms;

	for (;;) {
		if (child_has_text(c, text)) {
			child_settle(c, 30);
			return true;
		}
		if (now_ms() > deadline)
			return false;
		child_pump(c, 20);
	}
}

void
child_key(struct child *c, VTermKey key)
{
	if (c->term != NULL)
		vterm_keyboard_key(c->term, key, VTERM_MOD_NONE);
}

void
child_type(struct child *c, const char *text)
{
	if (c->master >= 0)
		write_all(c->master, text, strlen(text));
}

void
child_resize(struct child *c, int rows, int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
	    .ws_col = (unsigned short)cols };

	if (c->term == NULL || c->master < 0)
		return;
	c->rows = rows;
	c->cols = cols;
	vterm_set_size(c->term, rows, cols);
	ioctl(c->master, TIOCSWINSZ, &ws);
}

void
child_hangup(struct child *c)
{
	if (c->master >= 0) {
		close(c->master);
		c->master = -1;
	}
}

int
child_wait_exit(struct child *c, int ms)
{
	long deadline = now_ms() + ms;

	while (!c->exited) {
		if (waitpid(c->pid, &c->status, WNOHANG) == c->pid) {
			c->exited = true;
			break;
		}
		if (now_ms() > deadline)
			return -1;
		child_pump(c, 20);
	}
	/* Collect what is still in the pipes. */
	while (child_pump(c, 0))
		;
	return WIFEXITED(c->status) ? WEXITSTATUS(c->status) :
	    128 + WTERMSIG(c->status);
}

const char *
child_stderr(struct child *c)
{
	while (child_pump(c, 0))
		;
	return c->errbuf;
}

const char *
child_stdout(struct child *c)
{
	while (child_pump(c, 0))
		;
	return c->outbuf;
}

void
child_dump(struct child *c)
{
	if (c->screen != NULL) {
		fprintf(stderr, "---- screen %dx%d ----\n", c->cols, c->rows);
		for (int r = 0; r < c->rows; r++)
			fprintf(stderr, "%2d|%s\n", r, child_row(c, r));
	}
	fprintf(stderr, "---- stderr ----\n%s---- stdout ----\n%s----\n",
	    c->errbuf, c->outbuf);
}

void
child_free(struct child *c)
{
	if (!c->exited) {
		kill(c->pid, SIGKILL);
		waitpid(c->pid, &c->status, 0);
		c->exited = true;
	}
	if (c->master >= 0)
		close(c->master);
	if (c->out >= 0)
		close(c->out);
	if (c->err >= 0)
		close(c->err);
	if (c->term != NULL)
		vterm_free(c->term);
	if (live == c)
		live = NULL;
	free(c->errbuf);
	free(c->outbuf);
	free(c);
}
