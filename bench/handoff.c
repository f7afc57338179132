/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hand-off saves under load, SQLite against PostgreSQL: for 10, 24 and 48
 * processes, each a kiosk that keeps one connection and, as fast as it
 * can for SECONDS seconds, saves a visitor's results for a counselor and
 * counts an event (tests/support/writers.h, the concurrency test's
 * writers).  Prints the writes per second (saves and counts, over the
 * wall time of the whole run) and the median, 99th percentile and worst
 * time of one hand-off save, with the load average beside them.
 *
 * SQLite: a new file per row, in a scratch folder.  PostgreSQL: only when
 * run through tests/pg/with-postgres (ORIENTATION_TEST_PG_URL), a new
 * database per row on that server; once as the server is set up, and
 * once more with synchronous_commit off for the session, which is what
 * SQLite's WAL with synchronous = NORMAL promises (a commit survives a
 * crash of the program, not of the machine).
 *
 *   bench-handoff [SECONDS [PROCS...]]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stats.h"
#include "store/state.h"
#include "writers.h"

#define SECONDS 5

/* Delete the files in @dir (not the folder). */
static void
empty_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[600];

	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		unlink(path);
	}
	if (d != NULL)
		closedir(d);
}

/* One row: @nproc writers on @path for @secs seconds. */
static void
bench_row(const char *label, const char *dir, const char *path, int nproc,
    int secs)
{
	struct writers_opts o = { .dir = dir, .path = path, .round = nproc,
	    .nproc = nproc, .secs = secs, .timings = true };
	struct writers_tally sum;
	struct state *st;
	double t0, elapsed, *ms = NULL, load = stats_load_average();
	size_t n = 0;
	long codes;
	int bad;

	/* Create the schema first: the row times saves, not a migration. */
	if (state_open(path, &st) != ORIENTATION_OK) {
		printf("%-30s %5d  cannot open the state\n", label, nproc);
		state_free(st);
		return;
	}
	state_free(st);
	t0 = writers_seconds();
	bad = writers_run(&o);
	elapsed = writers_seconds() - t0;
	bad += writers_read(&o, NULL, &sum, &codes, &ms, &n);
	qsort(ms, n, sizeof *ms, stats_cmp_double);
	printf("%-30s %5d %9.0f %8.0f %8.2f %8.2f %8.2f %6ld %6ld %5.2f%s\n",
	    label, nproc, (double)(sum.saves + sum.events) / elapsed,
	    (double)sum.saves / elapsed, stats_quantile(ms, n, 0.5),
	    stats_quantile(ms, n, 0.99), n > 0 ? ms[n - 1] : -1.0, sum.busy,
	    sum.errors, load, bad != 0 ? "  (failures above)" : "");
	free(ms);
	empty_dir(dir);
}

/* A new database on the test server for @nproc processes (with-postgres'
 * control script); NULL when it cannot be made. */
static const char *
pg_database(const char *tag, int nproc, const char *options, char *buf,
    size_t size)
{
	const char *ctl = getenv("ORIENTATION_TEST_PG_CTL");
	const char *dir = getenv("ORIENTATION_TEST_PG_DIR");
	char cmd[700];

	if (ctl == NULL || dir == NULL)
		return NULL;
	snprintf(cmd, sizeof cmd, "'%s' newdb bench_%s_%d", ctl, tag, nproc);
	if (system(cmd) != 0)
		return NULL;
	snprintf(buf, size, "postgresql://orientation@/bench_%s_%d?host=%s%s",
	    tag, nproc, dir, options);
	return buf;
}

int
main(int argc, char **argv)
{
	static const int defaults[] = { 10, 24, 48 };
	int secs = argc > 1 ? atoi(argv[1]) : SECONDS, nprocs[16], nn = 0;
	char dir[] = "/tmp/orientation-bench-handoff-XXXXXX", path[700];
	char host[256] = "";
	const char *pg = getenv("ORIENTATION_TEST_PG_URL");
	double load0 = stats_load_average();

	for (int i = 2; i < argc && nn < 16; i++)
		if (atoi(argv[i]) > 0 && atoi(argv[i]) <= WRITERS_MAX)
			nprocs[nn++] = atoi(argv[i]);
	for (int i = 0; argc <= 2 && i < 3; i++)
		nprocs[nn++] = defaults[i];
	if (secs <= 0)
		secs = SECONDS;
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	gethostname(host, sizeof host - 1);
	printf("Hand-off saves: each process a kiosk with one connection that "
	    "saves and counts\nas fast as it can for %d s; %ld cores, host %s"
	    "\n\n", secs, sysconf(_SC_NPROCESSORS_ONLN), host);
	printf("%-30s %5s %9s %8s %8s %8s %8s %6s %6s %5s\n", "back end",
	    "procs", "writes/s", "saves/s", "p50 ms", "p99 ms", "max ms", "busy",
	    "errors", "load");
	for (int i = 0; i < nn; i++) {
		snprintf(path, sizeof path, "%s/state-%d.db", dir, nprocs[i]);
		bench_row("SQLite WAL, sync NORMAL", dir, path, nprocs[i], secs);
		if (pg == NULL)
			continue;
		if (pg_database("on", nprocs[i], "", path, sizeof path) != NULL)
			bench_row("PostgreSQL 15, sync commit", dir, path, nprocs[i],
			    secs);
		if (pg_database("off", nprocs[i],
		    "&options=-csynchronous_commit%3Doff", path,
		    sizeof path) != NULL)
			bench_row("PostgreSQL 15, async commit", dir, path,
			    nprocs[i], secs);
	}
	if (pg == NULL)
		printf("(PostgreSQL: run through tests/pg/with-postgres for its "
		    "rows)\n");
	printf("\nload average: %.2f before, %.2f after\n", load0,
	    stats_load_average());
	empty_dir(dir);
	rmdir(dir);
	return 0;
}
