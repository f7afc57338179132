/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The secret prompt of `orientation --hash-pin` and `orientation admin`,
 * driven through a pseudo-terminal: the secret is not echoed while it is
 * typed; the terminal's echo is back afterwards, after end of input and
 * after the program is killed at the prompt (^C, SIGTERM, SIGHUP); under
 * nohup a SIGHUP is ignored as nohup promises; and lines typed before the
 * program asks are read, not dropped.  The line
 * mode's staff PIN prompt turns echo off the same way.  The test
 * keeps the terminal's slave side open, so it reads the settings the
 * program left behind.  Each run has a guard of 120 s against a program
 * that waits for input that was lost; it is not a timing test.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "skip.h"
#include "scratch.h"

#define GUARD_SECONDS 120

/* The signals a user sends from the keyboard or a shell. */
static const int user_signals[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP };
#define OUT_MAX 8192

static char dir[64];

/* The program on a pseudo-terminal. */
struct child {
	pid_t pid;
	int master, slave;      /* both kept open by the test */
	char out[OUT_MAX];      /* everything written to the terminal */
	size_t len;
	int status;             /* from waitpid, once it ended */
	bool ended;
};

/* Seconds on the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Start the program with @args (after its name) on a new terminal whose
 * input already holds @typed_ahead (may be NULL): the program's session
 * has the terminal as its controlling terminal, so ^C sends SIGINT.
 */
static void
start_as(struct child *c, const char *const *args, const char *typed_ahead,
    bool nohup)
{
	const char *bin = getenv("ORIENTATION_BIN");
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	char *argv[16];
	int n = 0;

	assert_non_null(bin);
	memset(c, 0, sizeof *c);
	argv[n++] = (char *)bin;
	for (int i = 0; args[i] != NULL && n < 15; i++)
		argv[n++] = (char *)args[i];
	argv[n] = NULL;
	assert_int_equal(openpty(&c->master, &c->slave, NULL, NULL, &ws), 0);
	if (typed_ahead != NULL)
		assert_int_equal(write(c->master, typed_ahead, strlen(typed_ahead)),
		    (ssize_t)strlen(typed_ahead));
	c->pid = fork();
	assert_true(c->pid >= 0);
	if (c->pid == 0) {
		close(c->master);
		/* A user's terminal session: the signals a user can send end
		 * the program by default, whatever the test runner inherited
		 * (nohup, a background job of a script ignore some). */
		for (size_t i = 0; i < sizeof user_signals / sizeof user_signals[0]; i++)
			signal(user_signals[i], SIG_DFL);
		if (nohup)
			signal(SIGHUP, SIG_IGN);
		setsid();
		if (ioctl(c->slave, TIOCSCTTY, 0) != 0)
			_exit(126);
		dup2(c->slave, STDIN_FILENO);
		dup2(c->slave, STDOUT_FILENO);
		dup2(c->slave, STDERR_FILENO);
		if (c->slave > STDERR_FILENO)
			close(c->slave);
		execv(bin, argv);
		_exit(127);
	}
}

/* The program started as a user starts it from a shell. */
static void
start(struct child *c, const char *const *args, const char *typed_ahead)
{
	start_as(c, args, typed_ahead, false);
}

/* Read what the program wrote for up to @ms milliseconds; whether
 * anything came. */
static bool
pump(struct child *c, int ms)
{
	struct pollfd pfd = { .fd = c->master, .events = POLLIN };
	ssize_t got;

	if (poll(&pfd, 1, ms) <= 0 || (pfd.revents & POLLIN) == 0)
		return false;
	got = read(c->master, c->out + c->len, OUT_MAX - 1 - c->len);
	if (got <= 0)
		return false;
	c->len += (size_t)got;
	c->out[c->len] = '\0';
	return true;
}

/* Wait until the program has written @text. */
static void
wait_for(struct child *c, const char *text)
{
	double until = now() + GUARD_SECONDS;

	while (strstr(c->out, text) == NULL) {
		if (now() > until) {
			kill(c->pid, SIGKILL);
			fail_msg("no \"%s\" on the terminal; it shows:\n%s", text,
			    c->out);
		}
		pump(c, 100);
	}
}

/*
 * What the kernel says of a program that does not end: its state, its
 * pending, blocked and caught signals and where it sleeps, printed before
 * it is killed so that a hang seen once can be understood.
 */
static void
print_process(pid_t pid)
{
	static const char *const files[] = { "status", "wchan", "stack" };
	char path[64], line[256];

	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		FILE *f;

		snprintf(path, sizeof path, "/proc/%ld/%s", (long)pid, files[i]);
		f = fopen(path, "r");
		if (f == NULL)
			continue;
		while (fgets(line, sizeof line, f) != NULL)
			if (i > 0 || strncmp(line, "State", 5) == 0 ||
			    strncmp(line, "Sig", 3) == 0 ||
			    strncmp(line, "ShdPnd", 6) == 0)
				fprintf(stderr, "%s: %s%s", files[i], line,
				    strchr(line, '\n') != NULL ? "" : "\n");
		fclose(f);
	}
}

/* Wait for the program to end and read all it wrote. */
static void
wait_end(struct child *c)
{
	double until = now() + GUARD_SECONDS;

	for (;;) {
		pid_t r = waitpid(c->pid, &c->status, WNOHANG);

		if (r == c->pid)
			break;
		if (r < 0 && errno != EINTR)
			fail_msg("waitpid: %s", strerror(errno));
		if (now() > until) {
			print_process(c->pid);
			kill(c->pid, SIGKILL);
			waitpid(c->pid, &c->status, 0);
			fail_msg("the program did not end (input lost?); it "
			    "shows:\n%s", c->out);
		}
		pump(c, 100);
	}
	while (pump(c, 0))
		;
	c->ended = true;
}

/* Whether the terminal echoes typed characters now. */
static bool
echo_on(const struct child *c)
{
	struct termios t;

	assert_int_equal(tcgetattr(c->slave, &t), 0);
	return (t.c_lflag & ECHO) != 0;
}

/* Type @s on the terminal. */
static void
type(struct child *c, const char *s)
{
	assert_int_equal(write(c->master, s, strlen(s)), (ssize_t)strlen(s));
}

/* Close the terminal. */
static void
finish(struct child *c)
{
	if (!c->ended) {
		kill(c->pid, SIGKILL);
		waitpid(c->pid, &c->status, 0);
	}
	close(c->master);
	close(c->slave);
}

/* The exit status of the ended program, or -1 if a signal ended it. */
static int
exit_code(const struct child *c)
{
	return WIFEXITED(c->status) ? WEXITSTATUS(c->status) : -1;
}

/* Wait for the program to exit with @code having written @text; the
 * terminal echoes again. */
static void
expect_exit(struct child *c, int code, const char *text)
{
	wait_end(c);
	assert_int_equal(exit_code(c), code);
	assert_non_null(strstr(c->out, text));
	assert_true(echo_on(c));
}

/* Wait for signal @sig to end the program; the terminal echoes again. */
static void
expect_killed(struct child *c, int sig)
{
	wait_end(c);
	assert_true(WIFSIGNALED(c->status));
	assert_int_equal(WTERMSIG(c->status), sig);
	assert_true(echo_on(c));
}

/* ------------------------------------------------------------ --hash-pin */

static const char *const hash_pin[] = { "--hash-pin", NULL };

/* A PIN typed while the prompt waits is not shown, and is hashed. */
static void
test_pin_not_echoed(void **state)
{
	struct child c;
	size_t prompt_end;

	(void)state;
	start(&c, hash_pin, NULL);
	wait_for(&c, "Staff PIN:");
	assert_false(echo_on(&c));
	prompt_end = c.len;
	type(&c, "246810\n");
	expect_exit(&c, 0, "staff_pin_hash = $argon2id$");
	assert_null(strstr(c.out + prompt_end, "246810"));
	finish(&c);
}

/* A PIN typed before the program asks for it is read (TCSAFLUSH would
 * drop it and leave the program waiting). */
static void
test_pin_typed_ahead(void **state)
{
	struct child c;

	(void)state;
	start(&c, hash_pin, "135790\n");
	expect_exit(&c, 0, "staff_pin_hash = $argon2id$");
	finish(&c);
}

/* ^C at the prompt ends the program by SIGINT and gives echo back. */
static void
test_pin_interrupted(void **state)
{
	struct child c;

	(void)state;
	start(&c, hash_pin, NULL);
	wait_for(&c, "Staff PIN:");
	assert_false(echo_on(&c));
	type(&c, "1234");
	type(&c, "\003");
	expect_killed(&c, SIGINT);
	finish(&c);
}

/* SIGTERM and SIGHUP at the prompt give echo back too. */
static void
test_pin_killed(void **state)
{
	static const int signals[] = { SIGTERM, SIGHUP };

	(void)state;
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		struct child c;

		start(&c, hash_pin, NULL);
		wait_for(&c, "Staff PIN:");
		assert_false(echo_on(&c));
		kill(c.pid, signals[i]);
		expect_killed(&c, signals[i]);
		finish(&c);
	}
}

/* Started under nohup (SIGHUP ignored), a hang-up signal at the prompt
 * leaves it waiting, as nohup promises; the PIN is still read. */
static void
test_pin_nohup(void **state)
{
	struct child c;

	(void)state;
	start_as(&c, hash_pin, NULL, true);
	wait_for(&c, "Staff PIN:");
	kill(c.pid, SIGHUP);
	type(&c, "246810\n");
	expect_exit(&c, 0, "staff_pin_hash = $argon2id$");
	finish(&c);
}

/* End of input (^D) at the prompt: a clear message, echo back. */
static void
test_pin_end_of_input(void **state)
{
	struct child c;

	(void)state;
	start(&c, hash_pin, NULL);
	wait_for(&c, "Staff PIN:");
	type(&c, "\004");
	expect_exit(&c, 2, "a staff PIN has 6 to 32 digits");
	finish(&c);
}

/* A PIN too long for the buffer is refused, not cut to fit. */
static void
test_pin_too_long(void **state)
{
	struct child c;

	(void)state;
	start(&c, hash_pin, "1234567890123456789012345678901234567890\n");
	expect_exit(&c, 2, "a staff PIN has 6 to 32 digits");
	assert_null(strstr(c.out, "staff_pin_hash"));
	finish(&c);
}

/* ------------------------------------------------------------ admin */

/* The state file of the scratch folder; a static buffer. */
static const char *
state_path(void)
{
	static char path[128];

	snprintf(path, sizeof path, "%s/state.db", dir);
	return path;
}

/* Both password lines typed ahead are read, one per prompt. */
static void
test_admin_typed_ahead(void **state)
{
	const char *args[] = { "--state", state_path(), "admin",
		"add-counselor", "alice", NULL };
	struct child c;

	(void)state;
	start(&c, args, "correct horse\ncorrect horse\n");
	expect_exit(&c, 0, "Counsellor alice added.");
	finish(&c);
}

/* ^C at the second prompt: echo back, nobody added. */
static void
test_admin_interrupted(void **state)
{
	const char *add[] = { "--state", state_path(), "admin",
		"add-counselor", "bob", NULL };
	const char *list[] = { "--state", state_path(), "admin", "list", NULL };
	struct child c;
	size_t prompt_end;

	(void)state;
	start(&c, add, NULL);
	wait_for(&c, "New password for bob:");
	assert_false(echo_on(&c));
	prompt_end = c.len;
	type(&c, "battery staple\n");
	wait_for(&c, "The same password again:");
	assert_false(echo_on(&c));
	assert_null(strstr(c.out + prompt_end, "battery"));
	type(&c, "\003");
	expect_killed(&c, SIGINT);
	finish(&c);

	start(&c, list, NULL);
	wait_end(&c);
	assert_int_equal(exit_code(&c), 0);
	assert_null(strstr(c.out, "bob"));
	finish(&c);
}

/* ------------------------------------------------------------ plain */

/* The hash of the staff PIN 246810 (made by orientation --hash-pin). */
#define PIN_HASH "$argon2id$v=19$m=65536,t=2,p=1$UbG5DPtsHq/ZOzVYuR9+nQ$" \
	"++0mB1yFklGA5GXzx8zrd4EFfGljd1Jn9ltKQIhGRcQ"

/* The line mode's staff PIN prompt: not echoed, and SIGTERM there gives
 * echo back. */
static void
test_plain_staff_pin_killed(void **state)
{
	char conf[128];
	const char *args[] = { "--kiosk", "--plain", "--lang", "en",
		"--config", conf, "--state", state_path(), NULL };
	struct child c;
	FILE *f;

	(void)state;
	snprintf(conf, sizeof conf, "%s/orientation.conf", dir);
	assert_non_null(f = fopen(conf, "w"));
	fprintf(f, "[kiosk]\nstaff_pin_hash = %s\n", PIN_HASH);
	assert_int_equal(fclose(f), 0);
	start(&c, args, NULL);
	wait_for(&c, "Find a guidance service");
	type(&c, "staff\n");
	wait_for(&c, "PIN:");
	assert_false(echo_on(&c));
	kill(c.pid, SIGTERM);
	expect_killed(&c, SIGTERM);
	finish(&c);
	unlink(conf);
}

/* ------------------------------------------------------------ main */

/* Make the scratch folder. */
static int
setup(void **state)
{
	(void)state;
	return scratch_dir(dir, sizeof dir, "prompt");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pin_not_echoed),
		cmocka_unit_test(test_pin_typed_ahead),
		cmocka_unit_test(test_pin_interrupted),
		cmocka_unit_test(test_pin_killed),
		cmocka_unit_test(test_pin_nohup),
		cmocka_unit_test(test_pin_end_of_input),
		cmocka_unit_test(test_pin_too_long),
		cmocka_unit_test(test_admin_typed_ahead),
		cmocka_unit_test(test_admin_interrupted),
		cmocka_unit_test(test_plain_staff_pin_killed),
	};

	/* A killed child must not take the test with it. */
	signal(SIGPIPE, SIG_IGN);
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
