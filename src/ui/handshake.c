/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The test handshake (see handshake.h).
 */
#include "ui/handshake.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "util/fits.h"

#define HANDSHAKE_MAX_DELAY_MS 5000

static int sync_fd = -1;
static bool enabled;            /* ORIENTATION_SYNC_FD is set */
static unsigned long fences;    /* read so far */
static unsigned long answered;  /* written so far */
static bool started;            /* "0" written */
static long frame_delay_ms;

/* A non-negative number from the environment, or -1. */
static long
handshake_env(const char *name, long max)
{
	const char *s = getenv(name);
	char *end;
	long v;

	if (s == NULL || *s == '\0')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || v > max)
		return -1;
	return v;
}

void
handshake_init(void)
{
	long fd = handshake_env("ORIENTATION_SYNC_FD", 1 << 20);
	long delay = handshake_env("ORIENTATION_TEST_FRAME_DELAY_MS",
	    HANDSHAKE_MAX_DELAY_MS);

	frame_delay_ms = delay > 0 ? delay : 0;
	if (fd < 0 || fcntl((int)fd, F_SETFD, FD_CLOEXEC) != 0)
		return;
	sync_fd = (int)fd;
	enabled = true;
	define_key(HANDSHAKE_FENCE, HANDSHAKE_KEY);
}

int
handshake_match(const char *buf, size_t len)
{
	size_t n = sizeof HANDSHAKE_FENCE - 1;

	if (!enabled)
		return 0;
	if (len >= n)
		return memcmp(buf, HANDSHAKE_FENCE, n) == 0 ? (int)n : 0;
	return memcmp(buf, HANDSHAKE_FENCE, len) == 0 ? -1 : 0;
}

bool
handshake_is_key(int code)
{
	return enabled && code == HANDSHAKE_KEY;
}

void
handshake_fence(void)
{
	fences++;
}

bool
handshake_owed(void)
{
	return answered != fences;
}

void
handshake_frame_delay(void)
{
	struct timespec ts = { .tv_sec = frame_delay_ms / 1000,
	    .tv_nsec = frame_delay_ms % 1000 * 1000000L };

	if (frame_delay_ms > 0)
		while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
			;
}

void
handshake_answer(void)
{
	char line[FITS_DECIMAL(unsigned long) + 1];   /* and the newline */
	ssize_t w;
	int n;

	if (sync_fd < 0 || (started && answered == fences))
		return;
	n = snprintf(line, sizeof line, "%lu\n", fences);
	/* A harness that stopped reading must not stop the program: no
	 * SIGPIPE on a socket; a pipe is written plainly. */
	w = send(sync_fd, line, (size_t)n, MSG_NOSIGNAL);
	if (w < 0 && errno == ENOTSOCK)
		w = write(sync_fd, line, (size_t)n);
	if (w != n) {
		close(sync_fd);
		sync_fd = -1;
	}
	started = true;
	answered = fences;
}
