/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Processes writing to one state database at once (see writers.h).
 */
#include "writers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/session.h"
#include "store/account.h"
#include "store/state.h"
#include "util/random.h"

#define NITEMS 30
#define NANSWERED 20
#define RETENTION_DAYS 30

double
writers_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The made-up visitor of child @child: 30 items, 20 answered. */
static void
writers_session(struct session *s, int child, time_t now)
{
	int ids[NITEMS];
	enum riasec_type types[NITEMS];

	session_wipe(s);
	snprintf(s->lang, sizeof s->lang, "%s", child % 2 ? "fr" : "de");
	for (int i = 0; i < NITEMS; i++) {
		ids[i] = 100 + i;
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
	}
	session_begin_quiz(s, SESSION_FORM_SHORT, ids, types, NITEMS, now);
	for (int i = 0; i < NANSWERED; i++)
		s->answer[i] = (i + child) % 5;
	session_note_occupation(s, 1000 + child);
	session_note_service(s, "adem");
}

/* Log a non-OK answer of @op and count it. */
static void
writers_log_fail(FILE *log, struct writers_tally *t, const char *op, int code,
    bool busy, const char *message)
{
	fprintf(log, "fail %s %d %s\n", op, code, message);
	if (busy)
		t->busy++;
	else
		t->errors++;
}

/* Log @s of @op unless it is OK; whether it was OK. */
static bool
writers_check(FILE *log, struct writers_tally *t, const char *op,
    enum orientation_status s)
{
	if (s == ORIENTATION_OK)
		return true;
	writers_log_fail(log, t, op, s, s == ORIENTATION_STATE_BUSY,
	    status_message(s));
	return false;
}

/* Wait until the parent closes the start pipe, so all start together. */
static void
writers_wait_start(int fd)
{
	char c;

	while (read(fd, &c, 1) < 0 && errno == EINTR)
		;
	close(fd);
}

/* A counselor's turn: sign in, a wrong password on the target, audit. */
static void
writers_counselor(FILE *log, struct writers_tally *t, struct state *st,
    int child, const char *code, time_t now)
{
	enum orientation_status r;
	char who[32];

	r = account_signin(st, WRITERS_SIGNER, WRITERS_SIGNER_PW, now);
	if (r == ORIENTATION_OK)
		t->signins++;
	else
		writers_log_fail(log, t, "signin", r, r == ORIENTATION_STATE_BUSY,
		    status_message(r));
	r = account_signin(st, WRITERS_TARGET, "not-the-password", now);
	if (r == ORIENTATION_ACCOUNT_WRONG)
		t->wrong++;
	else if (r == ORIENTATION_ACCOUNT_LOCKED)
		t->locked++;
	else
		writers_log_fail(log, t, "signin-wrong", r,
		    r == ORIENTATION_STATE_BUSY, status_message(r));
	snprintf(who, sizeof who, "child%d", child);
	if (writers_check(log, t, "audit", audit_add(st, now, who, "code opened",
	    code)))
		t->audits++;
}

/* One child's work, logged to @log. */
static void
writers_child(const struct writers_opts *o, int child, FILE *log)
{
	struct writers_tally t = { 0 };
	struct state *st = NULL;
	struct session sess;
	double end = writers_seconds() + o->secs;

	if (o->fresh) {
		if (writers_check(log, &t, "open", state_open(o->path, &st)))
			t.opens++;
		state_free(st);
		st = NULL;
		end = 0;
	}
	while (writers_seconds() < end) {
		char code[HANDOFF_CODE_LEN + 1] = "";
		time_t now = time(NULL), expires;
		enum orientation_status s;
		double t0;

		if (st == NULL) {
			if (!writers_check(log, &t, "open", state_open(o->path, &st))) {
				state_free(st);
				st = NULL;
				continue;
			}
			t.opens++;
		}
		writers_session(&sess, child, now);
		t0 = writers_seconds();
		s = state_handoff_save(st, &sess, now, RETENTION_DAYS * 86400L,
		    random_bytes, code, &expires);
		if (o->timings)
			fprintf(log, "ms %.3f\n", (writers_seconds() - t0) * 1e3);
		if (writers_check(log, &t, "save", s)) {
			fprintf(log, "code %s\n", code);
			t.saves++;
		}
		if (writers_check(log, &t, "event", state_count(st, now,
		    STATE_USAGE_LANGUAGE, WRITERS_EVENT_KEY)))
			t.events++;
		if (o->signin && child % 2 == 1)
			writers_counselor(log, &t, st, child, code, now);
		if (o->reopen) {
			state_free(st);
			st = NULL;
		}
	}
	state_free(st);
	fprintf(log, "tally %ld %ld %ld %ld %ld %ld %ld %ld %ld\n", t.opens,
	    t.saves, t.events, t.signins, t.audits, t.wrong, t.locked, t.busy,
	    t.errors);
}

/* The log of @child. */
static void
writers_log_path(const struct writers_opts *o, int child, char *buf,
    size_t size)
{
	snprintf(buf, size, "%s/round%d-%d.log", o->dir, o->round, child);
}

int
writers_run(const struct writers_opts *o)
{
	int start[2], nproc = o->nproc < WRITERS_MAX ? o->nproc : WRITERS_MAX;
	int failed = 0;
	pid_t pids[WRITERS_MAX];

	if (pipe(start) != 0) {
		perror("pipe");
		return 1;
	}
	fflush(stdout);
	for (int i = 0; i < nproc; i++) {
		pids[i] = fork();
		if (pids[i] < 0) {
			perror("fork");
			nproc = i;
			failed++;
			break;
		}
		if (pids[i] == 0) {
			char path[512];
			FILE *log;

			close(start[1]);
			writers_log_path(o, i, path, sizeof path);
			if ((log = fopen(path, "w")) == NULL)
				_exit(1);
			writers_wait_start(start[0]);
			writers_child(o, i, log);
			_exit(fclose(log) == 0 ? 0 : 1);
		}
	}
	close(start[0]);
	close(start[1]); /* go */
	for (int i = 0; i < nproc; i++) {
		int status;

		if (waitpid(pids[i], &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0) {
			printf("FAIL: child %d ended badly (status %d)\n", i, status);
			failed++;
		}
	}
	return failed;
}

/* Check that @code, logged by @child, opens the child's session. */
static int
writers_check_code(struct state *st, int child, const char *code)
{
	struct session s;

	if (state_handoff_load(st, code, time(NULL), &s, NULL, NULL) !=
	    ORIENTATION_OK) {
		printf("FAIL: child %d: code %s committed but not found\n", child,
		    code);
		return 1;
	}
	if (s.nitems != NITEMS || session_answered(&s) != NANSWERED ||
	    s.answer[0] != child % 5) {
		printf("FAIL: child %d: code %s does not hold its session\n", child,
		    code);
		return 1;
	}
	return 0;
}

/* Add @t to @sum. */
static void
writers_add(struct writers_tally *sum, const struct writers_tally *t)
{
	sum->opens += t->opens;
	sum->saves += t->saves;
	sum->events += t->events;
	sum->signins += t->signins;
	sum->audits += t->audits;
	sum->wrong += t->wrong;
	sum->locked += t->locked;
	sum->busy += t->busy;
	sum->errors += t->errors;
}

int
writers_read(const struct writers_opts *o, struct state *st,
    struct writers_tally *sum, long *codes, double **save_ms, size_t *nsave)
{
	int failed = 0;
	size_t n = 0, cap = 0;
	double *ms = NULL;

	memset(sum, 0, sizeof *sum);
	*codes = 0;
	for (int i = 0; i < o->nproc && i < WRITERS_MAX; i++) {
		char path[512], line[256], code[HANDOFF_CODE_LEN + 2];
		struct writers_tally t;
		bool tallied = false;
		double v;
		FILE *log;

		writers_log_path(o, i, path, sizeof path);
		if ((log = fopen(path, "r")) == NULL) {
			printf("FAIL: no log from child %d\n", i);
			failed++;
			continue;
		}
		while (fgets(line, sizeof line, log) != NULL) {
			if (sscanf(line, "code %9s", code) == 1) {
				if (st != NULL) {
					++*codes;
					failed += writers_check_code(st, i, code);
				}
			} else if (sscanf(line, "ms %lf", &v) == 1) {
				if (n == cap) {
					cap = cap != 0 ? 2 * cap : 1024;
					if ((ms = realloc(ms, cap * sizeof *ms)) == NULL)
						abort();
				}
				ms[n++] = v;
			} else if (strncmp(line, "fail ", 5) == 0) {
				printf("child %d: %s", i, line);
			} else if (sscanf(line, "tally %ld %ld %ld %ld %ld %ld %ld "
			    "%ld %ld", &t.opens, &t.saves, &t.events, &t.signins,
			    &t.audits, &t.wrong, &t.locked, &t.busy,
			    &t.errors) == 9) {
				tallied = true;
			}
		}
		fclose(log);
		if (!tallied) {
			printf("FAIL: child %d left no tally\n", i);
			failed++;
			continue;
		}
		writers_add(sum, &t);
	}
	if (save_ms != NULL) {
		*save_ms = ms;
		*nsave = n;
	} else {
		free(ms);
	}
	return failed;
}
