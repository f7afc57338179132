/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Many kiosks and counselors on one state database at once.  Each of
 * NPROC processes, for SECONDS seconds, opens the state again and again
 * and saves a hand-off session, records an event and (every other
 * process) signs a counselor in and writes an audit row
 * (tests/support/writers.h).  Each child writes what it got to its own
 * log; the parent then checks, through the store, that every committed
 * code can be loaded, that the rows counted match the successes
 * reported, that the lockout counted every wrong password exactly once,
 * and that nobody saw "database is locked" (or any other error).
 *
 * A first round starts all processes on a database that does not exist
 * yet, as kiosks switched on together on a new machine would.
 *
 * The state is a SQLite file in a scratch folder, or with --pg (or
 * ORIENTATION_TEST_BACKEND=postgresql) the PostgreSQL server of
 * ORIENTATION_TEST_PG_URL (tests/pg/with-postgres), each round in a fresh
 * schema ("a new file" is an empty schema); 77 (skip) without a server.
 *
 * Plain C: exit 0 when everything holds, 1 otherwise; the figures go to
 * stdout.  CONCURRENCY_PROCS and CONCURRENCY_SECONDS change the load.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pgtest.h"
#include "store/account.h"
#include "store/figures.h"
#include "store/state.h"
#include "writers.h"
#include "scratch.h"

#define NPROC 12
#define SECONDS 3

static int failures;

/* Report a failed check. */
static void
fail(const char *what, long got, long want)
{
	printf("FAIL: %s: got %ld, want %ld\n", what, got, want);
	failures++;
}

/* A positive number from the environment variable @name, else @def. */
static int
env_int(const char *name, int def)
{
	const char *v = getenv(name);
	int n = v != NULL ? atoi(v) : 0;

	return n > 0 ? n : def;
}

static bool on_pg;   /* the rounds run on PostgreSQL */

/* The state of round @name: a file in @dir, or a fresh schema on the
 * server (tests/support/pgtest.h).  A new string. */
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

/* Round 1: every process opens a new database at the same moment. */
static void
round_fresh(const char *dir, int nproc)
{
	char *path = round_target(dir, "fresh.db");
	struct writers_opts o = { .dir = dir, .path = path, .round = 1,
	    .nproc = nproc, .fresh = true };
	struct writers_tally sum;
	struct state *st;
	long codes;

	failures += writers_run(&o);
	failures += writers_read(&o, NULL, &sum, &codes, NULL, NULL);
	printf("new database: %d processes opened it at once: %ld ok, %ld busy, "
	    "%ld other errors\n", nproc, sum.opens, sum.busy, sum.errors);
	if (sum.opens != nproc)
		fail("processes that could open a new state database", sum.opens,
		    nproc);
	if (state_open(o.path, &st) != ORIENTATION_OK ||
	    state_schema_version(st) != STATE_SCHEMA_VERSION)
		fail("schema of the new database is current", 0, 1);
	state_free(st);
	free(path);
}

/* Audit rows of @action (and @who, unless NULL). */
static long
count_audit(struct state *st, const char *who, const char *action)
{
	struct audit_entry *e;
	int n = audit_list(st, 0, &e);
	long k = 0;

	for (int i = 0; i < n; i++)
		k += strcmp(e[i].action, action) == 0 &&
		    (who == NULL || strcmp(e[i].who, who) == 0);
	audit_list_free(e, n);
	return n < 0 ? -1 : k;
}

/* When the test began: the children's counts fall between that day and
 * today (two days when the run crosses midnight). */
static time_t began;

/* The count of the language WRITERS_EVENT_KEY since the test began. */
static long
count_events(struct state *st)
{
	char first[16], today[16];
	time_t now = time(NULL);
	struct figures *f;
	long k = -1;

	strftime(first, sizeof first, "%Y-%m-%d", gmtime(&began));
	strftime(today, sizeof today, "%Y-%m-%d", gmtime(&now));
	if (figures_get(st, first, today, false, 0, &f) != ORIENTATION_OK)
		return -1;
	k = 0;
	for (size_t i = 0; i < f->total.languages.n; i++)
		if (strcmp(f->total.languages.items[i].key, WRITERS_EVENT_KEY) == 0)
			k = f->total.languages.items[i].count;
	figures_free(f);
	return k;
}

/* Wrong passwords since the last success of account @name. */
static long
count_failures(struct state *st, const char *name)
{
	struct account_info a;

	return account_get(st, name, &a) == ORIENTATION_OK ? a.failures : -1;
}

/* Round 2: the mixed load. */
static void
round_load(const char *dir, int nproc, int secs)
{
	char *path = round_target(dir, "state.db");
	struct writers_opts o = { .dir = dir, .path = path, .round = 2,
	    .nproc = nproc, .secs = secs, .reopen = true, .signin = true };
	struct writers_tally sum;
	struct state *st;
	double t0, elapsed;
	long codes, writes, n;

	if (state_open(o.path, &st) != ORIENTATION_OK ||
	    account_add(st, WRITERS_SIGNER, WRITERS_SIGNER_PW, false,
	    time(NULL)) != ORIENTATION_OK ||
	    account_add(st, WRITERS_TARGET, WRITERS_TARGET_PW, false,
	    time(NULL)) != ORIENTATION_OK) {
		fail("setting up the state database", 0, 1);
		state_free(st);
		free(path);
		return;
	}
	/* No connection may cross a fork. */
	state_free(st);

	t0 = writers_seconds();
	failures += writers_run(&o);
	elapsed = writers_seconds() - t0;

	if (state_open(o.path, &st) != ORIENTATION_OK) {
		fail("opening the state database afterwards", 0, 1);
		free(path);
		return;
	}
	failures += writers_read(&o, st, &sum, &codes, NULL, NULL);
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
	if ((n = count_events(st)) != sum.events)
		fail("counts in the database", n, sum.events);
	if ((n = count_audit(st, NULL, "signin ok")) != sum.signins)
		fail("signin ok audit rows", n, sum.signins);
	if ((n = count_audit(st, NULL, "code opened")) != sum.audits)
		fail("code opened audit rows", n, sum.audits);
	/* Wrong passwords from many processes at once: each one counted, so
	 * exactly ACCOUNT_MAX_FAILURES - 1 were answered WRONG and the next
	 * locked the account, whatever the interleaving. */
	if (sum.wrong + sum.locked > 0) {
		long tries = sum.wrong + sum.locked;
		long want = tries < ACCOUNT_MAX_FAILURES ? tries :
		    ACCOUNT_MAX_FAILURES - 1;

		if (sum.wrong != want)
			fail("WRONG answers before the lock", sum.wrong, want);
		if ((n = count_audit(st, WRITERS_TARGET, "signin failed")) !=
		    (tries < ACCOUNT_MAX_FAILURES ? sum.wrong :
		    ACCOUNT_MAX_FAILURES))
			fail("counted failures of the target", n,
			    ACCOUNT_MAX_FAILURES);
	}
	if ((n = count_failures(st, WRITERS_SIGNER)) != 0)
		fail("failures of the signer", n, 0);
	state_free(st);
	free(path);
}

int
main(int argc, char **argv)
{
	int nproc = env_int("CONCURRENCY_PROCS", NPROC);
	int secs = env_int("CONCURRENCY_SECONDS", SECONDS);
	char dir[64];

	began = time(NULL);
	if (nproc > WRITERS_MAX)
		nproc = WRITERS_MAX;
	if ((on_pg = pgtest_wanted(argc, argv)) && pgtest_server() == NULL) {
		printf("no ORIENTATION_TEST_PG_URL: skipped\n");
		return PGTEST_SKIP;
	}
	if (scratch_dir(dir, sizeof dir, "concurrency") != 0) {
		perror("scratch folder");
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("logs%s in %s\n", on_pg ? "" : " and state files", dir);
	round_fresh(dir, nproc);
	round_load(dir, nproc, secs);
	if (failures != 0) {
		printf("%d checks failed; the files are kept in %s\n", failures,
		    dir);
		scratch_keep();
		return 1;
	}
	printf("OK\n");
	return 0;
}
