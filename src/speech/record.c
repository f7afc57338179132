/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The "record" engine: a test back end that writes what would be said, one
 * line per request, to the file descriptor named in the settings' output
 * (a descriptor the test harness opened; never a path, so this engine
 * cannot leave spoken words in a file by itself).  Lines:
 *
 *   say LANG<TAB>TEXT[<TAB>LANG<TAB>TEXT...]    (interrupting)
 *   queue LANG<TAB>TEXT...                       (after the current one)
 *   stop | rate N | volume N
 *
 * Tabs and line breaks inside a text are written as spaces.
 */
#include "engine.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/xmalloc.h"

struct record {
	int fd;
};

/* Write all of @buf to @fd; a broken descriptor is ignored (speech is
 * never a reason to stop the kiosk). */
static void
write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		buf += n;
		len -= (size_t)n;
	}
}

static void *
record_open(const struct speech_settings *s, const char **why)
{
	struct record *r;
	char *end;
	long fd;

	if (s->output == NULL || *s->output == '\0') {
		*why = "the record engine needs a file descriptor as output";
		return NULL;
	}
	fd = strtol(s->output, &end, 10);
	if (*end != '\0' || fd < 0 || fd > 1023) {
		*why = "the record engine's output is not a file descriptor";
		return NULL;
	}
	r = xmalloc(sizeof *r);
	r->fd = (int)fd;
	return r;
}

/* Append @text to @buf with tabs and line breaks as spaces. */
static void
append_clean(char *buf, size_t *len, const char *text)
{
	for (const char *c = text; *c != '\0'; c++)
		buf[(*len)++] = (*c == '\t' || *c == '\n' || *c == '\r') ? ' ' : *c;
}

static void
record_say(void *ctx, const struct speech_part *parts, size_t n,
    bool interrupt)
{
	struct record *r = ctx;
	size_t size = 16, len = 0;
	char *line;

	for (size_t i = 0; i < n; i++)
		size += strlen(parts[i].lang) + strlen(parts[i].text) + 2;
	line = xmalloc(size);
	len = (size_t)snprintf(line, size, "%s", interrupt ? "say " : "queue ");
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			line[len++] = '\t';
		append_clean(line, &len, parts[i].lang);
		line[len++] = '\t';
		append_clean(line, &len, parts[i].text);
	}
	line[len++] = '\n';
	write_all(r->fd, line, len);
	xwipe(line, len);
	free(line);
}

static void
record_stop(void *ctx)
{
	struct record *r = ctx;

	write_all(r->fd, "stop\n", 5);
}

/* Write "@what N". */
static void
record_number(struct record *r, const char *what, int value)
{
	char line[32];
	int len = snprintf(line, sizeof line, "%s %d\n", what, value);

	if (len < 0 || (size_t)len >= sizeof line)
		return;   /* @what is one of this file's short words */
	write_all(r->fd, line, (size_t)len);
}

static void
record_set_rate(void *ctx, int rate)
{
	record_number(ctx, "rate", rate);
}

static void
record_set_volume(void *ctx, int volume)
{
	record_number(ctx, "volume", volume);
}

static void
record_close(void *ctx)
{
	free(ctx);
}

const struct speech_engine speech_record_engine = {
	.name = "record",
	.open = record_open,
	.say = record_say,
	.stop = record_stop,
	.set_rate = record_set_rate,
	.set_volume = record_set_volume,
	.close = record_close,
};
