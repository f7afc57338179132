/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Benchmarks of the kiosk, with Debian's dialog(1) and whiptail(1) as the
 * yardsticks where a comparison means something.  Everything that a
 * visitor feels goes through a real pseudo-terminal (tests/screen/vt.c):
 * start-up to the last byte of the first frame, bytes written per
 * highlight move and per screen change, CPU time per keystroke, peak
 * memory of a whole session.  The search and the ranking are timed by
 * calling the store and the core directly (hotpath.c).  The delay from a
 * key to the end of the screen's answer is measured on keys that write
 * usage counts, with and without another process holding the state
 * database's write lock.  Prints one table on stdout; progress goes to
 * stderr.
 *
 *   bench [--start-ups N] [start-up]
 *
 * N start-ups of each program, interleaved (default 200); "start-up" runs
 * and prints only the start-up rows.  The other rows have counts of their
 * own, fixed below.
 *
 * Environment: ORIENTATION_BIN, ORIENTATION_CATALOG, ORIENTATION_LOCALEDIR
 * (as in the tests), DIALOG and WHIPTAIL (default: on PATH; "none" skips
 * one).
 * See bench/README.md for what each figure means.
 */
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hotpath.h"
#include "stats.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "vt.h"

#define WAIT_MS 5000
#define QUIET_MS 30        /* the frame is over after this much silence */
#define START_UPS 200      /* start-ups of each program by default */
#define RESAMPLES 10000    /* bootstrap draws for the start-up ratios */
#define SEED 17            /* ... from a fixed seed: reproducible */
#define LIST_GROUP "1324"  /* ISCO unit group with the most occupations */
#define MIB (1024.0 * 1024.0)
#define LOCK_ROUNDS 10     /* visits under another process's write lock */

/* Figures of one program; negative when not measured. */
struct figures {
	double start_median_ms, start_max_ms;
	struct stats_ratio_ci start_ci;  /* yardsticks: the kiosk's median
	                                  * start-up over this one's; ratio
	                                  * -1 when not measured */
	double first_frame_bytes;
	double move_bytes;       /* one Down in the first menu */
	double list_move_bytes;  /* per Down/Up on a 90-item list */
	double change_bytes;     /* language screen -> main menu */
	double list_cpu_us;      /* per Down/Up on a 90-item list */
	double search_cpu_us;    /* per key typed in the search box */
	double peak_mib;         /* VmHWM */
	double key_median_ms, key_worst_ms;           /* key to screen, free */
	double locked_median_ms, locked_worst_ms;     /* ... with the lock held */
};

/* The yardsticks, found on PATH or named by the environment. */
enum { YARD_DIALOG, YARD_WHIPTAIL, YARD_COUNT };
static const char *const yard_name[YARD_COUNT] = { "dialog", "whiptail" };
static const char *const yard_var[YARD_COUNT] = { "DIALOG", "WHIPTAIL" };
static const char *yard[YARD_COUNT];   /* paths; NULL: not found */

static const char *program, *catalog;
static char scratch[PATH_MAX];
static char state_path[PATH_MAX + 16];

/* ------------------------------------------------------------ helpers */

/* CPU time of process @pid so far, in microseconds: the scheduler's
 * nanosecond count, else utime + stime in clock ticks. */
static double
cpu_us(pid_t pid)
{
	char path[64];
	unsigned long long ns, ut, st;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	if ((f = fopen(path, "r")) != NULL) {
		int ok = fscanf(f, "%llu", &ns) == 1;

		fclose(f);
		if (ok)
			return (double)ns / 1000.0;
	}
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	/* Fields 14 and 15, after the command name in parentheses. */
	if (fscanf(f, "%*d (%*[^)]) %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u "
	    "%llu %llu", &ut, &st) != 2) {
		fclose(f);
		return -1;
	}
	fclose(f);
	return (double)(ut + st) * 1e6 / (double)sysconf(_SC_CLK_TCK);
}

/* VmHWM of @pid in MiB, or -1. */
static double
peak_mib(pid_t pid)
{
	char path[64], line[256];
	double kib = -1;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL)
		if (sscanf(line, "VmHWM: %lf kB", &kib) == 1)
			break;
	fclose(f);
	return kib < 0 ? -1 : kib * 1024.0 / MIB;
}

/* Read until the program is quiet for @quiet_ms, at most @max_ms in
 * all (a benchmark measures output, so it waits for silence; the tests
 * use the handshake instead).  @return the bytes read. */
static size_t
settle_for(struct vt *t, int quiet_ms, int max_ms)
{
	double deadline = vt_now() + max_ms / 1000.0;
	size_t got = 0, n;

	while ((n = vt_read(t, quiet_ms)) > 0 && vt_now() < deadline)
		got += n;
	return got + n;
}

/* Read until at least one byte arrives (at most @ms), then until quiet
 * for @quiet_ms.  @return the bytes read (0: none came). */
static size_t
answer(struct vt *t, int ms, int quiet_ms)
{
	size_t got = vt_read(t, ms);

	return got == 0 ? 0 : got + settle_for(t, quiet_ms, 3000);
}

/* Stop the benchmark with the screen on stderr. */
static void
fail(struct vt *t, const char *what)
{
	fprintf(stderr, "bench: %s\n", what);
	if (t != NULL) {
		vt_dump(t);
		vt_free(t);
	}
	exit(1);
}

/* The environment of the kiosk: a scratch home, messages in English. */
static char **
kiosk_env(void)
{
	static char home[PATH_MAX + 8], xdg_state[PATH_MAX + 24],
	    xdg_config[PATH_MAX + 24];
	static char *env[] = { home, xdg_state, xdg_config, (char *)"LANGUAGE=en",
	    (char *)"LANG=C.UTF-8", NULL };

	snprintf(home, sizeof home, "HOME=%s", scratch);
	snprintf(xdg_state, sizeof xdg_state, "XDG_STATE_HOME=%s", scratch);
	snprintf(xdg_config, sizeof xdg_config, "XDG_CONFIG_HOME=%s", scratch);
	return env;
}

/* Start the kiosk (extra arguments @a1, @a2 may be NULL). */
static struct vt *
kiosk_start(const char *a1, const char *a2)
{
	char *argv[] = { (char *)program, (char *)"--catalog", (char *)catalog,
	    (char *)"--state", state_path, (char *)a1, (char *)a2, NULL };

	return vt_spawn(argv, kiosk_env(), 24, 80);
}

/* Quit the kiosk with F10. */
static void
kiosk_quit(struct vt *t)
{
	vt_key(t, VTERM_KEY_FUNCTION(10));
	if (vt_wait_exit(t, WAIT_MS) != 0)
		fail(t, "the kiosk did not quit cleanly");
	vt_free(t);
}

/* Start yardstick @path with @argv (after the program name) in UTF-8. */
static struct vt *
yard_start(const char *path, char **args)
{
	static char *env[] = { (char *)"LANG=C.UTF-8", (char *)"LC_ALL=C.UTF-8",
	    NULL };
	char *argv[256];
	int n = 0;

	argv[n++] = (char *)path;
	for (int i = 0; args[i] != NULL && n < 255; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	return vt_spawn(argv, env, 24, 80);
}

/* The four-language menu of the comparison, in yardstick @path. */
static struct vt *
yard_languages(const char *path)
{
	char *args[] = { (char *)"--menu", (char *)"Choose", (char *)"12",
	    (char *)"40", (char *)"4", (char *)"1", (char *)"Nederlands",
	    (char *)"2", (char *)"Français", (char *)"3", (char *)"Deutsch",
	    (char *)"4", (char *)"English", NULL };

	return yard_start(path, args);
}

/* End a yardstick once it has been measured: vt_free kills it.  After
 * Esc, dialog waited about a second (ncurses' ESCDELAY) and whiptail
 * about half a second before exiting, and waiting for the exit costs
 * the harness's last 100 ms poll: most of the start-up rows' time, for
 * nothing they measure. */
static void
yard_quit(struct vt *t)
{
	vt_free(t);
}

/* ----------------------------------------------------------- start-up */

/*
 * Start the kiosk (@path NULL) or the yardstick @path once: the time in
 * ms from fork to the last byte of the first frame.  With @first, also
 * the bytes of that frame and of one Down and, for the kiosk, of the
 * change to the main menu; for a yardstick, its peak memory at the menu.
 */
static double
bench_start_once(const char *path, bool first, struct figures *f)
{
	double t0 = vt_now(), ms;
	struct vt *t = path == NULL ? kiosk_start(NULL, NULL) :
	    yard_languages(path);

	if (!vt_wait_text(t, path == NULL ? "Choose your language" : "English",
	    WAIT_MS) || !vt_wait_text(t, path == NULL ? "F10" : "Cancel",
	    WAIT_MS))
		fail(t, "no first frame");
	settle_for(t, QUIET_MS, WAIT_MS);
	ms = (vt_last_byte(t) - t0) * 1000.0;
	if (first) {
		f->first_frame_bytes = (double)vt_bytes(t);
		vt_key(t, VTERM_KEY_DOWN);
		f->move_bytes = (double)answer(t, 1000, QUIET_MS);
		if (path == NULL) {
			vt_type(t, "4");   /* English */
			f->change_bytes = (double)answer(t, 1000, QUIET_MS);
			if (!vt_has_text(t, "Main menu"))
				fail(t, "no main menu after choosing");
		} else {
			f->peak_mib = peak_mib(vt_pid(t));
		}
	}
	if (path == NULL)
		kiosk_quit(t);
	else
		yard_quit(t);
	return ms;
}

/*
 * Start-ups of the kiosk and the yardsticks found, @runs each after one
 * warm-up round, interleaved (kiosk, dialog, whiptail, kiosk, ...) so
 * that a busy moment of the machine does not fall on one program only.
 * @f[0] is the kiosk's, @f[1 + y] yardstick y's, with the kiosk's median
 * over that yardstick's and its bootstrap interval over the rounds.
 */
static void
bench_start(int runs, struct figures *const *f)
{
	double *ms[1 + YARD_COUNT];

	for (int p = 0; p <= YARD_COUNT; p++)
		ms[p] = calloc((size_t)runs, sizeof *ms[p]);
	for (int i = -1; i < runs; i++) {
		for (int p = 0; p <= YARD_COUNT; p++) {
			const char *path = p == 0 ? NULL : yard[p - 1];
			double v;

			if (p > 0 && path == NULL)
				continue;
			v = bench_start_once(path, i == 0, f[p]);
			if (i >= 0)
				ms[p][i] = v;
		}
		if (i % 10 == 9)
			fprintf(stderr, ".");
	}
	fprintf(stderr, "\n");
	for (int p = 1; p <= YARD_COUNT; p++)
		if (yard[p - 1] == NULL || !stats_median_ratio_ci(ms[0], ms[p],
		    (size_t)runs, RESAMPLES, 0.95, SEED, &f[p]->start_ci))
			f[p]->start_ci.ratio = -1;
	for (int p = 0; p <= YARD_COUNT; p++) {
		if (p == 0 || yard[p - 1] != NULL) {
			qsort(ms[p], (size_t)runs, sizeof *ms[p], stats_cmp_double);
			f[p]->start_median_ms = stats_quantile(ms[p], (size_t)runs,
			    0.5);
			f[p]->start_max_ms = ms[p][runs - 1];
		}
		free(ms[p]);
	}
}

/* ------------------------------------------------------- long list CPU */

/* Press Down @n times then Up @n times, each answered before the next;
 * CPU microseconds of @pid per key, and the mean bytes drawn per key in
 * *@bytes. */
static double
list_walk(struct vt *t, int n, double *bytes)
{
	double before = cpu_us(vt_pid(t)), after;
	size_t drawn = 0;
	int keys = 0;

	for (int dir = 0; dir < 2; dir++) {
		for (int i = 0; i < n; i++) {
			size_t got;

			vt_key(t, dir == 0 ? VTERM_KEY_DOWN : VTERM_KEY_UP);
			if ((got = answer(t, 1000, 2)) == 0)
				fail(t, "a key got no answer");
			drawn += got;
			keys++;
		}
	}
	after = cpu_us(vt_pid(t));
	*bytes = (double)drawn / keys;
	return (after - before) / keys;
}

/* Click the row holding @text. */
static void
click_text(struct vt *t, const char *text)
{
	int row = -1;

	if (vt_wait_text(t, text, WAIT_MS))
		row = vt_find_row(t, text);
	if (row < 0)
		fail(t, text);
	vt_click(t, row, 12);
	settle_for(t, QUIET_MS, WAIT_MS);
}

/* The kiosk: walk the 90 occupations of ISCO 1324, then type in the
 * search box. */
static void
bench_kiosk_cpu(struct figures *f, size_t nitems)
{
	struct vt *t = kiosk_start("--lang", "en");
	static const char *const words[] = { "apprenticeship", "electrician",
	    "baecker", "nurse" };
	double before;
	int keys = 0;

	if (!vt_wait_text(t, "F10", WAIT_MS))
		fail(t, "no menu");
	settle_for(t, QUIET_MS, WAIT_MS);
	click_text(t, "Browse all occupations");
	click_text(t, " 1  ");
	click_text(t, " 13  ");
	click_text(t, " 132  ");
	click_text(t, " " LIST_GROUP "  ");
	if (!vt_wait_text(t, "occupations", WAIT_MS))
		fail(t, "no occupation list");
	settle_for(t, QUIET_MS, WAIT_MS);
	f->list_cpu_us = list_walk(t, (int)nitems - 1, &f->list_move_bytes);

	vt_key(t, VTERM_KEY_FUNCTION(3));
	if (!vt_wait_text(t, "Type a few letters", WAIT_MS))
		fail(t, "no search box");
	settle_for(t, QUIET_MS, WAIT_MS);
	before = cpu_us(vt_pid(t));
	for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
		size_t n = strlen(words[w]);

		for (size_t i = 0; i < n; i++) {
			char key[2] = { words[w][i], '\0' };

			vt_type(t, key);
			answer(t, 1000, 2);
			keys++;
		}
		for (size_t i = 0; i < n; i++) {
			vt_key(t, VTERM_KEY_BACKSPACE);
			answer(t, 1000, 2);
			keys++;
		}
	}
	f->search_cpu_us = (cpu_us(vt_pid(t)) - before) / keys;
	kiosk_quit(t);
}

/* Yardstick @path with the same 90 labels; CPU per Down/Up. */
static void
bench_yard_cpu(const char *path, struct figures *f,
    const struct occupation_entry *items, size_t n)
{
	char **args = calloc(2 * n + 8, sizeof *args);
	char (*tags)[24] = calloc(n, sizeof *tags);
	struct vt *t;
	int a = 0;

	args[a++] = (char *)"--menu";
	args[a++] = (char *)"Choose";
	args[a++] = (char *)"24";
	args[a++] = (char *)"80";
	args[a++] = (char *)"16";
	for (size_t i = 0; i < n; i++) {
		snprintf(tags[i], sizeof tags[i], "%zu", i + 1);
		args[a++] = tags[i];
		args[a++] = items[i].label;
	}
	args[a] = NULL;
	t = yard_start(path, args);
	if (!vt_wait_text(t, "Cancel", WAIT_MS))
		fail(t, "no yardstick menu");
	settle_for(t, QUIET_MS, WAIT_MS);
	f->list_cpu_us = list_walk(t, (int)n - 1, &f->list_move_bytes);
	yard_quit(t);
	free(args);
	free(tags);
}

/* -------------------------------------------------------- peak memory */

/* A whole session: short form, matches, a search, a service; VmHWM just
 * before quitting. */
static void
bench_session(struct figures *f)
{
	struct vt *t = kiosk_start("--lang", "en");
	char q[64];

	if (!vt_wait_text(t, "F10", WAIT_MS))
		fail(t, "no menu");
	click_text(t, "Discover my interests");
	if (!vt_wait_text(t, "Short form", WAIT_MS))
		fail(t, "no questionnaire");
	vt_type(t, "1");
	for (int i = 0; i < 30; i++) {
		snprintf(q, sizeof q, "Question %d of 30", i + 1);
		if (!vt_wait_text(t, q, WAIT_MS))
			fail(t, q);
		vt_type(t, i % 6 == 3 ? "5" : i % 6 == 1 ? "4" : "2");
	}
	click_text(t, "Occupations that fit me");
	if (!vt_wait_text(t, "Fit with your interests", WAIT_MS))
		fail(t, "no matches");
	vt_key(t, VTERM_KEY_ENTER);
	settle_for(t, QUIET_MS, WAIT_MS);
	vt_key(t, VTERM_KEY_FUNCTION(3));
	if (!vt_wait_text(t, "Type a few letters", WAIT_MS))
		fail(t, "no search box");
	vt_type(t, "apprenticeship");
	if (!vt_wait_text(t, "Guidance services", WAIT_MS))
		fail(t, "no services found");
	settle_for(t, QUIET_MS, WAIT_MS);
	vt_key(t, VTERM_KEY_DOWN);
	vt_key(t, VTERM_KEY_ENTER);
	if (!vt_wait_text(t, "What they do for you", WAIT_MS))
		fail(t, "no service detail");
	settle_for(t, QUIET_MS, WAIT_MS);
	f->peak_mib = peak_mib(vt_pid(t));
	kiosk_quit(t);
}

/* ------------------------------------------------- under a write lock */

/* Send @text (or the key @key when @text is NULL) and return the time
 * from sending to the last byte of the answer, in milliseconds. */
static double
key_delay(struct vt *t, const char *text, VTermKey key)
{
	double t0 = vt_now();

	if (text != NULL)
		vt_type(t, text);
	else
		vt_key(t, key);
	if (answer(t, WAIT_MS, QUIET_MS) == 0)
		fail(t, "a key was not answered");
	return (vt_last_byte(t) - t0) * 1000.0;
}

/*
 * LOCK_ROUNDS times: choose English on the language screen (two usage
 * counts), open the search, type four letters that find nothing, leave
 * it (one count), F2 back to the language screen.  When @locked, another
 * connection holds BEGIN IMMEDIATE on the state database all along, as a
 * counselor's long import or another kiosk stuck in a write would.  The
 * median and worst key-to-screen delays in @median and @worst.
 */
static void
bench_locked(bool locked, double *median, double *worst)
{
	double delays[LOCK_ROUNDS * 8];
	struct vt *t = kiosk_start(NULL, NULL);
	sqlite3 *other = NULL;
	size_t n = 0;

	if (!vt_wait_text(t, "F10", WAIT_MS))
		fail(t, "no language screen");
	settle_for(t, QUIET_MS, WAIT_MS);
	if (locked && (sqlite3_open(state_path, &other) != SQLITE_OK ||
	    sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK))
		fail(t, "cannot take the write lock");
	for (int r = 0; r < LOCK_ROUNDS; r++) {
		delays[n++] = key_delay(t, "4", 0);
		if (!vt_wait_text(t, "Main menu", WAIT_MS))
			fail(t, "no main menu");
		delays[n++] = key_delay(t, NULL, VTERM_KEY_FUNCTION(3));
		for (const char *c = "zqzq"; *c != '\0'; c++) {
			char one[2] = { *c, '\0' };

			delays[n++] = key_delay(t, one, 0);
		}
		delays[n++] = key_delay(t, NULL, VTERM_KEY_ESCAPE);
		delays[n++] = key_delay(t, NULL, VTERM_KEY_FUNCTION(2));
		if (!vt_wait_text(t, "English", WAIT_MS))
			fail(t, "no language screen");
	}
	if (other != NULL) {
		sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
		sqlite3_close(other);
	}
	kiosk_quit(t);
	qsort(delays, n, sizeof delays[0], stats_cmp_double);
	*median = stats_quantile(delays, n, 0.5);
	*worst = delays[n - 1];
}

/* -------------------------------------------------------------- table */

/* Print a number, or "n/a" for a negative one, into @buf. */
static const char *
num(char *buf, size_t size, double v, int decimals)
{
	if (v < 0)
		snprintf(buf, size, "n/a");
	else
		snprintf(buf, size, "%.*f", decimals, v);
	return buf;
}

/* The ratio @ours / @theirs, or "-", into @buf. */
static const char *
ratio(char *buf, size_t size, double ours, double theirs)
{
	if (ours >= 0 && theirs > 0)
		snprintf(buf, size, "%.2f", ours / theirs);
	else
		snprintf(buf, size, "-");
	return buf;
}

/* One row of the table, every cell as text. */
static void
row_cells(const char *what, const char *const cell[5], const char *target,
    const char *met)
{
	printf("| %-44s | %11s | %9s | %9s | %16s | %16s | %-18s | %-5s |\n",
	    what, cell[0], cell[1], cell[2], cell[3], cell[4], target, met);
}

/* One row: our figure, dialog's and whiptail's, the ratios, the target,
 * whether met (-1: no target). */
static void
row_yards(const char *what, double ours, double dialog, double whiptail,
    int decimals, const char *target, int met)
{
	char a[32], b[32], c[32], rd[32], rw[32];

	row_cells(what, (const char *const[]){ num(a, sizeof a, ours, decimals),
	    num(b, sizeof b, dialog, decimals),
	    num(c, sizeof c, whiptail, decimals),
	    ratio(rd, sizeof rd, ours, dialog),
	    ratio(rw, sizeof rw, ours, whiptail) }, target,
	    met < 0 ? "-" : met ? "yes" : "NO");
}

/* A row with no yardstick but dialog. */
static void
row(const char *what, double ours, double theirs, int decimals,
    const char *target, int met)
{
	row_yards(what, ours, theirs, -1, decimals, target, met);
}

/*
 * A ratio with its interval into @buf, "0.99 (0.96-1.02)", or "-" when
 * not measured.  The bounds are rounded outwards to two decimals, so the
 * printed interval holds the computed one, and the verdict is read from
 * the printed bounds: "yes" when all of it is <= 1.00, "NO" when all of
 * it is above, "level" when 1.00 is inside.  @return the verdict.
 */
static const char *
ratio_ci(char *buf, size_t size, const struct stats_ratio_ci *ci)
{
	double low, high;

	if (ci->ratio < 0) {
		snprintf(buf, size, "-");
		return "-";
	}
	low = floor(ci->low * 100) / 100;
	high = ceil(ci->high * 100) / 100;
	snprintf(buf, size, "%.2f (%.2f-%.2f)", ci->ratio, low, high);
	switch (stats_side_of(low, high, 1.0)) {
	case STATS_BELOW:
		return "yes";
	case STATS_ACROSS:
		return "level";
	default:
		return "NO";
	}
}

/* The table's head and its start-up rows. */
static void
print_start_rows(const struct figures *us, const struct figures *them,
    const struct figures *whip)
{
	char a[32], b[32], c[32], rd[48], rw[48];
	const char *met;

	row_cells("measure", (const char *const[]){ "orientation", "dialog",
	    "whiptail", "/dlg", "/whip" }, "target", "met");
	printf("|%s|%s|%s|%s|%s|%s|%s|%s|\n",
	    "----------------------------------------------", "-------------",
	    "-----------", "-----------", "------------------",
	    "------------------", "--------------------", "-------");
	ratio_ci(rd, sizeof rd, &them->start_ci);
	met = ratio_ci(rw, sizeof rw, &whip->start_ci);
	row_cells("start-up to full first frame, median (ms)",
	    (const char *const[]){ num(a, sizeof a, us->start_median_ms, 1),
	    num(b, sizeof b, them->start_median_ms, 1),
	    num(c, sizeof c, whip->start_median_ms, 1), rd, rw },
	    "<= whiptail", met);
	row_yards("start-up to full first frame, max (ms)", us->start_max_ms,
	    them->start_max_ms, whip->start_max_ms, 1, "-", -1);
	row_yards("bytes of the first frame", us->first_frame_bytes,
	    them->first_frame_bytes, whip->first_frame_bytes, 0, "-", -1);
}

/* The rows after the start-up's. */
static void
print_other_rows(const struct figures *us, const struct figures *them,
    const struct figures *whip, size_t nitems)
{
	char label[96];

	/* The kiosk's language screen also redraws its privacy notice in
	 * the focused language; the like-for-like figure is the list's. */
	row_yards("bytes per move, language screen (Down)", us->move_bytes,
	    them->move_bytes, whip->move_bytes, 0, "-", -1);
	row_yards("bytes per move, 90-item list (Down/Up)", us->list_move_bytes,
	    them->list_move_bytes, whip->list_move_bytes, 0, "<= whiptail",
	    whip->list_move_bytes < 0 ? -1 :
	    us->list_move_bytes <= whip->list_move_bytes);
	row("bytes per screen change (language -> menu)", us->change_bytes, -1,
	    0, "-", -1);
	snprintf(label, sizeof label, "CPU per key, Down/Up in %zu items (us)",
	    nitems);
	row_yards(label, us->list_cpu_us, them->list_cpu_us, whip->list_cpu_us,
	    0, "-", -1);
	row("CPU per key typed in the search box (us)", us->search_cpu_us, -1, 0,
	    "-", -1);
}

/* The rows of the in-process timings and of the whole visit. */
static void
print_visit_rows(const struct figures *const f[1 + YARD_COUNT],
    const struct hotpath_search *s, double rank_us, size_t nocc)
{
	const struct figures *us = f[0], *whip = f[2];
	char label[96];

	snprintf(label, sizeof label, "search_run, median of %zu prefixes (ms)",
	    s->queries);
	row(label, s->median, -1, 3, "< 0.4", s->median < 0.4);
	row("search_run, p99 (ms)", s->p99, -1, 3, "< 2", s->p99 < 2.0);
	row("search_run, worst (ms)", s->worst, -1, 3, "-", -1);
	row("search_run, thread CPU median (ms)", s->cpu_median, -1, 3, "-", -1);
	row("search_run, thread CPU p99 (ms)", s->cpu_p99, -1, 3, "-", -1);
	snprintf(label, sizeof label, "match_rank of %zu occupations, median (us)",
	    nocc);
	row(label, rank_us, -1, 1, "< 1000", rank_us < 1000.0);
	row_yards("peak memory, whole session / menu (MiB)", us->peak_mib,
	    f[1]->peak_mib, whip->peak_mib, 2, "<= 1.5 x whiptail",
	    whip->peak_mib < 0 ? -1 : us->peak_mib <= 1.5 * whip->peak_mib);
	row("key to screen, counting keys, median (ms)", us->key_median_ms, -1,
	    1, "-", -1);
	row("key to screen, counting keys, worst (ms)", us->key_worst_ms, -1, 1,
	    "-", -1);
	row("... write lock held by another, median (ms)", us->locked_median_ms,
	    -1, 1, "-", -1);
	row("... write lock held by another, worst (ms)", us->locked_worst_ms,
	    -1, 1, "< 100", us->locked_worst_ms < 100.0);
}

/* The last lines: the yardsticks, the start-ups and how their ratios are
 * read, the load average and how long it all took. */
static void
print_load(int runs, double load_before, double began_ms)
{
	printf("dialog: %s; whiptail: %s; %d start-ups of each, interleaved; "
	    "start-up ratios: median over median, 95 %% bootstrap interval over "
	    "the rounds (%d draws, seed %d)\n",
	    yard[YARD_DIALOG] != NULL ? yard[YARD_DIALOG] : "not found",
	    yard[YARD_WHIPTAIL] != NULL ? yard[YARD_WHIPTAIL] : "not found",
	    runs, RESAMPLES, SEED);
	printf("load average %.2f before, %.2f after (%ld CPUs); %.0f s\n",
	    load_before, stats_load_average(), sysconf(_SC_NPROCESSORS_ONLN),
	    (stats_now_ms() - began_ms) / 1000.0);
}

/* Find yardstick @y: $DIALOG / $WHIPTAIL ("none": skip), else PATH. */
static bool
find_yard(int y)
{
	const char *d = getenv(yard_var[y]);
	static char buf[YARD_COUNT][PATH_MAX];
	const char *path = getenv("PATH");

	if (d != NULL) {
		yard[y] = strcmp(d, "none") == 0 ? NULL : d;
		return yard[y] != NULL && access(yard[y], X_OK) == 0;
	}
	while (path != NULL && *path != '\0') {
		size_t n = strcspn(path, ":");

		snprintf(buf[y], sizeof buf[y], "%.*s/%s", (int)n, path,
		    yard_name[y]);
		if (access(buf[y], X_OK) == 0) {
			yard[y] = buf[y];
			return true;
		}
		path += n + (path[n] == ':');
	}
	yard[y] = NULL;
	return false;
}

/* ---------------------------------------------------------------- main */

/* The arguments: [--start-ups N] [start-up].  false on anything else. */
static bool
parse_args(int argc, char **argv, int *runs, bool *only_start)
{
	*runs = START_UPS;
	*only_start = false;
	for (int i = 1; i < argc; i++) {
		char *end;

		if (strcmp(argv[i], "start-up") == 0) {
			*only_start = true;
		} else if (strcmp(argv[i], "--start-ups") == 0 && i + 1 < argc) {
			long n = strtol(argv[++i], &end, 10);

			if (*end != '\0' || n < 1 || n > 100000)
				return false;
			*runs = (int)n;
		} else {
			return false;
		}
	}
	return true;
}

/* Everything after the start-ups, through the pty and in-process, then
 * the whole table. */
static void
bench_rest(struct catalog *cat, struct occupation_store *store,
    struct figures *const f[1 + YARD_COUNT])
{
	struct occupation_entry *items;
	size_t nitems = occupation_store_in_group(store, LIST_GROUP, "en", &items);
	struct hotpath_search search;
	double rank_us;
	size_t nocc;

	fprintf(stderr, "CPU per key on a %zu-item list, search box\n", nitems);
	bench_kiosk_cpu(f[0], nitems);
	for (int y = 0; y < YARD_COUNT; y++)
		if (yard[y] != NULL)
			bench_yard_cpu(yard[y], f[1 + y], items, nitems);
	fprintf(stderr, "search: every prefix of its words, several times\n");
	hotpath_search(cat, &search);
	fprintf(stderr, "ranking\n");
	rank_us = hotpath_rank(cat, store, &nocc);
	fprintf(stderr, "session for peak memory\n");
	bench_session(f[0]);
	fprintf(stderr, "key to screen, %d visits free, %d under a write lock\n",
	    LOCK_ROUNDS, LOCK_ROUNDS);
	bench_locked(false, &f[0]->key_median_ms, &f[0]->key_worst_ms);
	bench_locked(true, &f[0]->locked_median_ms, &f[0]->locked_worst_ms);

	print_start_rows(f[0], f[1], f[2]);
	print_other_rows(f[0], f[1], f[2], nitems);
	print_visit_rows((const struct figures *const *)f, &search, rank_us,
	    nocc);
	printf("\nsearch: %zu prefixes of %zu words, %d times each; worst: %s\n",
	    search.queries, search.words, search.repeat, search.worst_query);
	rows_free(items);
}

/* Figures not measured yet. */
static struct figures
figures_none(void)
{
	return (struct figures){ -1, -1, { -1, -1, -1 }, -1, -1, -1, -1, -1,
	    -1, -1, -1, -1, -1, -1 };
}

int
main(int argc, char **argv)
{
	struct figures us = figures_none(), them = figures_none(),
	    whip = figures_none();
	struct figures *const f[1 + YARD_COUNT] = { &us, &them, &whip };
	double began = stats_now_ms(), load_before = stats_load_average();
	struct catalog *cat;
	struct occupation_store *store;
	char cmd[PATH_MAX + 16];
	bool only_start;
	int runs;

	program = getenv("ORIENTATION_BIN");
	catalog = getenv("ORIENTATION_CATALOG");
	if (program == NULL || catalog == NULL ||
	    !parse_args(argc, argv, &runs, &only_start)) {
		fprintf(stderr, "usage: ORIENTATION_BIN=... ORIENTATION_CATALOG=... "
		    "bench [--start-ups N] [start-up]\n");
		return 2;
	}
	snprintf(scratch, sizeof scratch, "/tmp/orientation-bench-XXXXXX");
	if (mkdtemp(scratch) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(state_path, sizeof state_path, "%s/state.db", scratch);
	if (catalog_open(catalog, &cat) != ORIENTATION_OK ||
	    occupation_store_open(cat, &store) != ORIENTATION_OK) {
		fprintf(stderr, "bench: %s: cannot open the catalog\n", catalog);
		return 1;
	}
	for (int y = 0; y < YARD_COUNT; y++)
		if (!find_yard(y))
			fprintf(stderr, "bench: %s not found; its column stays "
			    "n/a (bench/run installs it)\n", yard_name[y]);

	fprintf(stderr, "start-up, %d rounds (a dot every 10) ", runs);
	bench_start(runs, f);
	if (only_start)
		print_start_rows(&us, &them, &whip);
	else
		bench_rest(cat, store, f);
	print_load(runs, load_before, began);
	occupation_store_free(store);
	catalog_free(cat);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
	if (system(cmd) != 0)
		fprintf(stderr, "bench: could not remove %s\n", scratch);
	return 0;
}
