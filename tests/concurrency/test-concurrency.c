/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Many kiosks and counselors on one state database at once.  Each of
 * NPROC processes, for SECONDS seconds, opens the state again and again
 * and saves a hand-off session, records an event and (every other
 * process) signs a counselor in and writes an audit row.  Each child
 * writes what it got to its own log; the parent then checks that every
 * committed code can be loaded, that the rows counted match the successes
 * reported, that the lockout counted every wrong password exactly once,
 * and that nobody saw "database is locked" (or any other error).
 *
 * A first round starts all processes on a file that does not exist yet,
 * as kiosks switched on together on a new machine would.
 *
 * Plain C: exit 0 when everything holds, 1 otherwise; the figures go to
 * stdout.  CONCURRENCY_PROCS and CONCURRENCY_SECONDS change the load.
 * With --pg (or ORIENTATION_TEST_BACKEND=postgresql) the same on the
 * PostgreSQL server of ORIENTATION_TEST_PG_URL, each round in a fresh
 * schema ("a new file" is an empty schema); 77 (skip) without a server.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

#include "core/session.h"
#include "pgtest.h"
#include "store/account.h"
#include "store/state.h"
#include "util/random.h"

#define NPROC 12
#define SECONDS 3
#define NITEMS 30
#define NANSWERED 20
#define RETENTION_DAYS 30

static const char signer[] = "kiosk";          /* always the right password */
static const char signer_pw[] = "kiosk-pass-2026";
static const char target[] = "target";         /* always a wrong one */
static const char target_pw[] = "target-pass-2026";

/* What one child did, as read back from its log. */
struct tally {
	long opens, saves, events, signins, audits; /* successes */
	long wrong, locked;       /* target's answers: WRONG, LOCKED */
	long busy;                /* STATE_BUSY / ACCOUNT_BUSY, any operation */
	long errors;              /* every other non-OK answer */
};

static int failures;

/* Report a failed check. */
static void
fail(const char *what, long got, long want)
{
	printf("FAIL: %s: got %ld, want %ld\n", what, got, want);
	failures++;
}

/* Seconds of the monotonic clock. */
static double
seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A positive number from the environment variable @name, else @def. */
static int
env_int(const char *name, int def)
{
	const char *v = getenv(name);
	int n = v != NULL ? atoi(v) : 0;

	return n > 0 ? n : def;
}

/* The made-up visitor of child @child: 30 items, 20 answered. */
static void
make_session(struct session *s, int child, time_t now)
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
log_fail(FILE *log, struct tally *t, const char *op, int code, bool busy,
    const char *message)
{
	fprintf(log, "fail %s %d %s\n", op, code, message);
	if (busy)
		t->busy++;
	else
		t->errors++;
}

/* ------------------------------------------------------------ children */

/* Wait until the parent closes the start pipe, so all start together. */
static void
wait_for_start(int fd)
{
	char c;

	while (read(fd, &c, 1) < 0 && errno == EINTR)
		;
	close(fd);
}

/* Round 1: open a file that does not exist yet, once. */
static int
child_fresh(const char *path, int start_fd, const char *log_path)
{
	FILE *log = fopen(log_path, "w");
	struct state *st;
	enum orientation_status s;

	if (log == NULL)
		return 1;
	wait_for_start(start_fd);
	s = state_open(path, &st);
	if (s == ORIENTATION_OK)
		fprintf(log, "tally 1 0 0 0 0 0 0 0 0\n");
	else
		fprintf(log, "fail open %d %s\ntally 0 0 0 0 0 0 0 %d %d\n", s,
		    status_message(s), s == ORIENTATION_STATE_BUSY,
		    s != ORIENTATION_STATE_BUSY);
	state_free(st);
	fclose(log);
	return 0;
}

/* Round 2: the load described at the top, for @secs seconds. */
static int
child_load(const char *path, int child, int secs, int start_fd,
    const char *log_path)
{
	FILE *log = fopen(log_path, "w");
	struct tally t = { 0 };
	struct session sess;
	double end;

	if (log == NULL)
		return 1;
	wait_for_start(start_fd);
	end = seconds() + secs;
	while (seconds() < end) {
		char code[HANDOFF_CODE_LEN + 1] = "", who[32];
		enum orientation_status s;
		enum account_result r;
		struct state *st;
		time_t now = time(NULL), expires;

		if ((s = state_open(path, &st)) != ORIENTATION_OK) {
			log_fail(log, &t, "open", s, s == ORIENTATION_STATE_BUSY,
			    status_message(s));
			continue;
		}
		t.opens++;
		make_session(&sess, child, now);
		s = state_handoff_save(st, &sess, now, RETENTION_DAYS * 86400L,
		    random_bytes, code, &expires);
		if (s == ORIENTATION_OK) {
			fprintf(log, "code %s\n", code);
			t.saves++;
		} else {
			log_fail(log, &t, "save", s, s == ORIENTATION_STATE_BUSY,
			    status_message(s));
		}
		s = state_count(st, now, STATE_USAGE_LANGUAGE, "concurrency");
		if (s == ORIENTATION_OK)
			t.events++;
		else
			log_fail(log, &t, "event", s, s == ORIENTATION_STATE_BUSY,
			    status_message(s));

		if (child % 2 == 1) {
			r = account_signin(st, signer, signer_pw, now);
			if (r == ACCOUNT_OK)
				t.signins++;
			else
				log_fail(log, &t, "signin", r, r == ACCOUNT_BUSY,
				    account_result_message(r));
			r = account_signin(st, target, "not-the-password", now);
			if (r == ACCOUNT_WRONG)
				t.wrong++;
			else if (r == ACCOUNT_LOCKED)
				t.locked++;
			else
				log_fail(log, &t, "signin-wrong", r,
				    r == ACCOUNT_BUSY, account_result_message(r));
			snprintf(who, sizeof who, "child%d", child);
			s = audit_add(st, now, who, "code opened", code);
			if (s == ORIENTATION_OK)
				t.audits++;
			else
				log_fail(log, &t, "audit", s,
				    s == ORIENTATION_STATE_BUSY, status_message(s));
		}
		state_free(st);
	}
	fprintf(log, "tally %ld %ld %ld %ld %ld %ld %ld %ld %ld\n", t.opens,
	    t.saves, t.events, t.signins, t.audits, t.wrong, t.locked, t.busy,
	    t.errors);
	fclose(log);
	return 0;
}

/* ------------------------------------------------------------ parent */

/*
 * Start @nproc children running @round (1 or 2) and wait for them.  Their
 * logs are @dir/round<round>-<i>.log.  false if one could not be started
 * or did not end well.
 */
static bool
run_children(const char *dir, const char *path, int round, int nproc,
    int secs)
{
	int start[2];
	pid_t pids[256];
	bool ok = true;

	if (pipe(start) != 0)
		return false;
	fflush(stdout);
	for (int i = 0; i < nproc; i++) {
		char log_path[256];

		snprintf(log_path, sizeof log_path, "%s/round%d-%d.log", dir, round,
		    i);
		pids[i] = fork();
		if (pids[i] < 0) {
			perror("fork");
			nproc = i;
			ok = false;
			break;
		}
		if (pids[i] == 0) {
			close(start[1]);
			_exit(round == 1 ? child_fresh(path, start[0], log_path) :
			    child_load(path, i, secs, start[0], log_path));
		}
	}
	close(start[0]);
	close(start[1]); /* go */
	for (int i = 0; i < nproc; i++) {
		int status;

		if (waitpid(pids[i], &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0) {
			printf("FAIL: child %d ended badly (status %d)\n", i, status);
			failures++;
			ok = false;
		}
	}
	return ok;
}

/*
 * Read the logs of @round into @sum, print every failure line, and check
 * every code with @st when @st is not NULL.  The number of codes checked.
 */
static long
read_logs(const char *dir, int round, int nproc, struct state *st,
    struct tally *sum)
{
	long codes = 0;

	memset(sum, 0, sizeof *sum);
	for (int i = 0; i < nproc; i++) {
		char log_path[256], line[256];
		struct tally t;
		bool tallied = false;
		FILE *log;

		snprintf(log_path, sizeof log_path, "%s/round%d-%d.log", dir, round,
		    i);
		if ((log = fopen(log_path, "r")) == NULL) {
			printf("FAIL: no log from child %d\n", i);
			failures++;
			continue;
		}
		while (fgets(line, sizeof line, log) != NULL) {
			char code[HANDOFF_CODE_LEN + 2];

			if (sscanf(line, "code %9s", code) == 1 && st != NULL) {
				struct session s;

				codes++;
				if (state_handoff_load(st, code, time(NULL), &s, NULL,
				    NULL) != ORIENTATION_OK) {
					printf("FAIL: child %d: code %s committed but "
					    "not found\n", i, code);
					failures++;
				} else if (s.nitems != NITEMS ||
				    session_answered(&s) != NANSWERED ||
				    s.answer[0] != i % 5) {
					printf("FAIL: child %d: code %s does not hold its "
					    "session\n", i, code);
					failures++;
				}
			} else if (strncmp(line, "fail ", 5) == 0) {
				printf("child %d: %s", i, line);
			} else if (sscanf(line, "tally %ld %ld %ld %ld %ld %ld %ld "
			    "%ld %ld", &t.opens, &t.saves, &t.events, &t.signins,
			    &t.audits, &t.wrong, &t.locked, &t.busy, &t.errors) == 9) {
				tallied = true;
			}
		}
		fclose(log);
		if (!tallied) {
			printf("FAIL: child %d left no tally\n", i);
			failures++;
			continue;
		}
		sum->opens += t.opens;
		sum->saves += t.saves;
		sum->events += t.events;
		sum->signins += t.signins;
		sum->audits += t.audits;
		sum->wrong += t.wrong;
		sum->locked += t.locked;
		sum->busy += t.busy;
		sum->errors += t.errors;
	}
	return codes;
}

static bool on_pg;   /* the rounds run on PostgreSQL */

/* The state of round @name: a file in @dir, or a fresh schema on the
 * server.  A new string. */
static char *
round_target(const char *dir, const char *name)
{
	char *url;

	if (on_pg) {
		if ((url = pgtest_fresh()) == NULL) {
			printf("no fresh schema on the server\n");
			exit(1);
		}
		return url;
	}
	if ((url = malloc(strlen(dir) + strlen(name) + 2)) == NULL)
		exit(1);
	sprintf(url, "%s/%s", dir, name);
	return url;
}

/* The single number @sql gives on the database at @path, or -1. */
static long
count(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long n = -1;

	if (on_pg) {
		char *v = pgtest_query(path, sql);

		n = v != NULL ? atol(v) : -1;
		free(v);
		return n;
	}
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		printf("cannot count: %s\n", sqlite3_errmsg(db));
		sqlite3_close(db);
		return -1;
	}
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return n;
}

/* Round 1: every process opens a new file at the same moment. */
static void
round_fresh(const char *dir, int nproc)
{
	char *path = round_target(dir, "fresh.db");
	struct tally sum;
	struct state *st;

	run_children(dir, path, 1, nproc, 0);
	read_logs(dir, 1, nproc, NULL, &sum);
	printf("fresh file: %d processes opened it at once: %ld ok, %ld busy, "
	    "%ld other errors\n", nproc, sum.opens, sum.busy, sum.errors);
	if (sum.opens != nproc)
		fail("processes that could open a new state file", sum.opens, nproc);
	if (state_open(path, &st) != ORIENTATION_OK ||
	    state_schema_version(st) != STATE_SCHEMA_VERSION)
		fail("schema of the new file is current", 0, 1);
	state_free(st);
	free(path);
}

/* Round 2: the mixed load. */
static void
round_load(const char *dir, int nproc, int secs)
{
	char *path = round_target(dir, "state.db");
	struct tally sum;
	struct state *st;
	double t0, elapsed;
	long codes, writes;

	if (state_open(path, &st) != ORIENTATION_OK ||
	    account_add(st, signer, signer_pw, false, time(NULL)) != ACCOUNT_OK ||
	    account_add(st, target, target_pw, false, time(NULL)) != ACCOUNT_OK) {
		fail("setting up the state file", 0, 1);
		state_free(st);
		free(path);
		return;
	}
	/* No connection may cross a fork. */
	state_free(st);

	t0 = seconds();
	run_children(dir, path, 2, nproc, secs);
	elapsed = seconds() - t0;

	if (state_open(path, &st) != ORIENTATION_OK) {
		fail("opening the state file afterwards", 0, 1);
		free(path);
		return;
	}
	codes = read_logs(dir, 2, nproc, st, &sum);
	writes = sum.saves + sum.events + sum.signins + sum.wrong + sum.locked +
	    sum.audits;
	printf("processes:          %d (%d signing in), %.1f s\n", nproc,
	    nproc / 2, elapsed);
	printf("state opened:       %ld times\n", sum.opens);
	printf("hand-offs saved:    %ld\n", sum.saves);
	printf("events recorded:    %ld\n", sum.events);
	printf("sign-ins:           %ld right, %ld wrong, %ld locked\n",
	    sum.signins, sum.wrong, sum.locked);
	printf("audit rows added:   %ld\n", sum.audits);
	printf("total writes:       %ld (%.0f per second)\n", writes,
	    (double)writes / elapsed);
	printf("busy/locked:        %ld; other errors: %ld\n", sum.busy,
	    sum.errors);

	if (sum.busy != 0)
		fail("busy or locked answers", sum.busy, 0);
	if (sum.errors != 0)
		fail("other errors", sum.errors, 0);
	if (codes != sum.saves)
		fail("codes logged", codes, sum.saves);
	if (sum.saves == 0 || sum.signins == 0)
		fail("children did some work", 0, 1);
	if (state_handoff_count(st) != sum.saves)
		fail("hand-off sessions kept", state_handoff_count(st), sum.saves);
	state_free(st);
	if (count(path, "SELECT coalesce(sum(n), 0) FROM usage WHERE kind = "
	    "'language' AND key = 'concurrency'") != sum.events)
		fail("counts in the database", count(path, "SELECT "
		    "coalesce(sum(n), 0) FROM usage"), sum.events);
	if (count(path, "SELECT count(*) FROM audit WHERE action = 'signin ok'")
	    != sum.signins)
		fail("signin ok audit rows", count(path, "SELECT count(*) FROM "
		    "audit WHERE action = 'signin ok'"), sum.signins);
	if (count(path, "SELECT count(*) FROM audit WHERE action = "
	    "'code opened'") != sum.audits)
		fail("code opened audit rows", count(path, "SELECT count(*) FROM "
		    "audit WHERE action = 'code opened'"), sum.audits);
	/* Wrong passwords from many processes at once: each one counted, so
	 * exactly ACCOUNT_MAX_FAILURES - 1 were answered WRONG and the next
	 * locked the account, whatever the interleaving. */
	if (sum.wrong + sum.locked > 0) {
		long want = sum.wrong + sum.locked < ACCOUNT_MAX_FAILURES ?
		    sum.wrong + sum.locked : ACCOUNT_MAX_FAILURES - 1;

		if (sum.wrong != want)
			fail("WRONG answers before the lock", sum.wrong, want);
		if (count(path, "SELECT count(*) FROM audit WHERE who = 'target' AND "
		    "action = 'signin failed'") != (sum.wrong + sum.locked <
		    ACCOUNT_MAX_FAILURES ? sum.wrong : ACCOUNT_MAX_FAILURES))
			fail("counted failures of the target", count(path,
			    "SELECT count(*) FROM audit WHERE who = 'target' AND "
			    "action = 'signin failed'"), ACCOUNT_MAX_FAILURES);
	}
	if (count(path, "SELECT failures FROM counselor WHERE name = 'kiosk'") != 0)
		fail("failures of the signer", count(path, "SELECT failures FROM "
		    "counselor WHERE name = 'kiosk'"), 0);
	free(path);
}

/* Delete @dir and the files in it. */
static void
remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
	rmdir(dir);
}

int
main(int argc, char **argv)
{
	int nproc = env_int("CONCURRENCY_PROCS", NPROC);
	int secs = env_int("CONCURRENCY_SECONDS", SECONDS);
	char dir[] = "/tmp/orientation-concurrency-XXXXXX";

	if (nproc > 256)
		nproc = 256;
	if ((on_pg = pgtest_wanted(argc, argv)) && pgtest_server() == NULL) {
		printf("no ORIENTATION_TEST_PG_URL: skipped\n");
		return PGTEST_SKIP;
	}
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("state files in %s\n", dir);
	round_fresh(dir, nproc);
	round_load(dir, nproc, secs);
	if (failures != 0) {
		printf("%d checks failed; the files are kept in %s\n", failures,
		    dir);
		return 1;
	}
	remove_dir(dir);
	printf("OK\n");
	return 0;
}
