/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the state database's integrity and backups cost on a realistic
 * file: a state database with N kept sessions (10,000 without an
 * argument; each a 30-item form, 6 scores, skills and pages seen, as a
 * kiosk keeps them), then the quick check alone, a whole state_open
 * (which runs it), the full check (`orientation admin check`) and a
 * backup (`orientation admin backup`).  Median and worst of 5 runs, the
 * file's size and the load average.  Never part of the pass/fail tests.
 *
 *   bench-state-integrity [SESSIONS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "stats.h"
#include "store/backup.h"
#include "store/integrity.h"
#include "store/state.h"
#include "util/random.h"

#define RUNS 5

/* Seconds since @t0. */
static double
since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	    (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* A visitor's session as the kiosk keeps it; @n varies the answers. */
static void
make_session(struct session *s, int n)
{
	session_wipe(s);
	snprintf(s->lang, sizeof s->lang, "fr");
	s->form = SESSION_FORM_SHORT;
	s->nitems = 30;
	for (int i = 0; i < 30; i++) {
		s->item_id[i] = 100 + i;
		s->item_type[i] = (enum riasec_type)(i % RIASEC_COUNT);
		s->answer[i] = (i + n) % 5;
	}
	s->finished = true;
	s->nskills = 12;
	for (int i = 0; i < 12; i++) {
		snprintf(s->skill_id[i], sizeof s->skill_id[i], "2.A.1.%c", 'a' + i);
		s->skill_rating[i] = (i + n) % 4;
	}
	for (int i = 0; i < 5; i++)
		session_note_occupation(s, 1000 + (n + i) % 400);
	for (int i = 0; i < 3; i++) {
		char id[16];

		snprintf(id, sizeof id, "svc-%d", (n + i) % 40);
		session_note_service(s, id);
	}
}

static void
line(const char *what, double *t)
{
	qsort(t, RUNS, sizeof *t, stats_cmp_double);
	printf("%-34s median %7.1f ms   worst %7.1f ms\n", what,
	    stats_quantile(t, RUNS, 0.5) * 1000, t[RUNS - 1] * 1000);
}

/* Ignore the full check's lines (the file is sound). */
static void
no_line(void *ctx, const char *text)
{
	(void)ctx;
	(void)text;
}

int
main(int argc, char **argv)
{
	int sessions = argc > 1 ? atoi(argv[1]) : 10000;
	char dir[] = "/tmp/orientation-bench-XXXXXX", path[128], copy[128];
	double quick[RUNS], open_t[RUNS], full[RUNS], backup[RUNS], made;
	struct timespec t0;
	struct state *st;
	struct session s;
	struct stat sb;
	time_t expires;

	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof path, "%s/state.db", dir);
	snprintf(copy, sizeof copy, "%s/copy.db", dir);
	state_init_memory();
	if (state_open(path, &st) != ORIENTATION_OK)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int i = 0; i < sessions; i++) {
		char code[HANDOFF_CODE_LEN + 1] = "";

		make_session(&s, i);
		if (state_handoff_save(st, &s, time(NULL), 30 * 86400L,
		    random_bytes, code, &expires) != ORIENTATION_OK)
			return 1;
	}
	made = since(&t0);
	state_free(st);
	stat(path, &sb);
	printf("state file: %d sessions, %.1f MB (made in %.1f s)\n", sessions,
	    (double)sb.st_size / 1e6, made);
	for (int r = 0; r < RUNS; r++) {
		sqlite3 *db;

		sqlite3_open(path, &db);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (integrity_quick(db) != SQLITE_OK)
			return 1;
		quick[r] = since(&t0);
		sqlite3_close(db);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (state_open(path, &st) != ORIENTATION_OK)
			return 1;
		open_t[r] = since(&t0);
		state_free(st);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (integrity_check_file(path, no_line, NULL) != ORIENTATION_OK)
			return 1;
		full[r] = since(&t0);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (backup_write(path, copy) != ORIENTATION_OK)
			return 1;
		backup[r] = since(&t0);
	}
	line("quick_check(1) alone", quick);
	line("state_open (quick check included)", open_t);
	line("admin check (integrity + fk)", full);
	line("admin backup FILE", backup);
	printf("load average (1 min): %.2f\n", stats_load_average());
	unlink(copy);
	unlink(path);
	snprintf(path, sizeof path, "%s/state.db.lock", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/reports", dir);
	rmdir(path);
	rmdir(dir);
	return 0;
}
