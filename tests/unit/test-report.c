/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the reports: the plain text (code, scores as percentages,
 * lists, wrapping, control characters, write errors, language), the PDF
 * checked with poppler's pdfinfo and pdftotext (one page, the codes and
 * the six type names, still one page with long texts and full lists,
 * nothing on stderr), and printing through a stand-in lp found in PATH.
 * The PDF checks are skipped when pdfinfo or pdftotext is missing, and
 * the checks of the PDF's words when the machine has no fonts at all; the
 * program then exits 77 if everything else passed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"

#include "core/riasec.h"
#include "report/report.h"
#include "util/i18n.h"

#define HANDOFF "7K3M-9QX2"

static char dir[64];

/*
 * Fontconfig keeps the configuration it parses for the life of the
 * process and does not free it at exit (FcFini is not ours to call: the
 * report library does not link fontconfig).  LeakSanitizer reads these
 * suppressions from the program itself when it is built with it.
 */
const char *__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

/* A path in the scratch folder; static buffer, one at a time. */
static const char *
scratch(const char *name)
{
	static char path[160];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

/* Score a full form whose type t sums to @sums[t] over 10 items; a
 * negative sum leaves that type with only 5 of 10 items answered. */
static void
make_profile(const int sums[RIASEC_COUNT], struct riasec_profile *out)
{
	enum riasec_type types[60];
	int answers[60];

	for (int t = 0; t < RIASEC_COUNT; t++) {
		int sum = sums[t] < 0 ? 0 : sums[t];

		for (int i = 0; i < 10; i++) {
			types[t * 10 + i] = (enum riasec_type)t;
			answers[t * 10 + i] = sum / 10 + (i < sum % 10);
			if (sums[t] < 0 && i >= 5)
				answers[t * 10 + i] = RIASEC_ANSWER_NONE;
		}
	}
	riasec_score(types, answers, 60, out);
}

static const char *const type_names[RIASEC_COUNT] = {
	"Realistic", "Investigative", "Artistic", "Social", "Enterprising",
	"Conventional",
};

/* The sample report: S A E, shares 30 55 75 90 65 20 %. */
static void
sample(struct report_data *d)
{
	static const int sums[RIASEC_COUNT] = { 12, 22, 30, 36, 26, 8 };

	memset(d, 0, sizeof *d);
	d->lang = "en";
	d->code = HANDOFF;
	d->date = "4 March 2024";
	d->expires = "3 April 2024";
	make_profile(sums, &d->profile);
	memcpy(d->type_names, type_names, sizeof type_names);
	d->summary_lines[0] = "Your interest code: SAE (Social, Artistic, "
	    "Enterprising)";
	d->summary_lines[1] = NULL;
	d->summary_lines[2] = "Your interests are clear: some kinds of "
	    "activity appeal to you much more than others.";
	d->summary_lines[3] = "Your two strongest types are neighbours on the "
	    "hexagon: they go well together.";
	d->occupations[0] = (struct report_occupation){ "Nurse", 88 };
	d->occupations[1] = (struct report_occupation){ "Primary school teacher", 81 };
	d->occupations[2] = (struct report_occupation){ "Social worker", 79 };
	d->occupations[3] = (struct report_occupation){ "Actor", -1 };
	d->noccupations = 4;
	d->services[0] = (struct report_service){ "Maison de l'orientation",
	    "+352 0000 0000 · example.lu" };
	d->services[1] = (struct report_service){ "Service de la formation "
	    "professionnelle", NULL };
	d->nservices = 2;
	d->note = "Talk about nursing placements.\nCall back in June.";
}

/* The long report: long names everywhere and full lists. */
static void
long_sample(struct report_data *d, char *note, size_t note_size)
{
	static char labels[REPORT_MAX_OCCUPATIONS][200];
	static char names[REPORT_MAX_SERVICES][200];
	static char contacts[REPORT_MAX_SERVICES][200];
	static const char *const long_types[RIASEC_COUNT] = {
		"Realistisch-praktisch-handwerklich-technisch",
		"Untersuchend-forschend-wissenschaftlich",
		"Künstlerisch-sprachlich-gestaltend",
		"Sozial-helfend-erziehend-pflegend",
		"Unternehmerisch-führend-verkaufend",
		"Konventionell-ordnend-verwaltend-genau",
	};

	sample(d);
	memcpy(d->type_names, long_types, sizeof long_types);
	for (int i = 0; i < REPORT_MAX_OCCUPATIONS; i++) {
		snprintf(labels[i], sizeof labels[i], "Occupation %d with a very "
		    "long name: Fachkraft für Kreislauf- und Abfallwirtschaft "
		    "und Städtereinigung, Schwerpunkt Logistik", i + 1);
		d->occupations[i] = (struct report_occupation){ labels[i],
		    95 - 4 * i };
	}
	d->noccupations = REPORT_MAX_OCCUPATIONS;
	for (int i = 0; i < REPORT_MAX_SERVICES; i++) {
		snprintf(names[i], sizeof names[i], "Service %d: Centre national "
		    "de formation professionnelle continue, antenne régionale", i + 1);
		snprintf(contacts[i], sizeof contacts[i], "+352 247 %05d · "
		    "https://www.example.lu/a/very/long/path/to/service/%d", i, i);
		d->services[i] = (struct report_service){ names[i], contacts[i] };
	}
	d->nservices = REPORT_MAX_SERVICES;
	for (int i = 0; i < REPORT_SUMMARY_LINES; i++)
		d->summary_lines[i] = "A worded summary line that is long enough "
		    "to wrap over two lines of the page, because translations into "
		    "German and Dutch are often a third longer than English, and "
		    "sometimes even longer than that.";
	note[0] = '\0';
	while (strlen(note) + 80 < note_size)
		strcat(note, "The counsellor wrote a long note about the visit, "
		    "with plans and names.\n");
	d->note = note;
}

/* Run @cmd (a shell command of ours) and read its output into a new
 * string; NULL if it could not be run or failed. */
static char *
run(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	char *text = NULL;
	size_t len = 0, cap = 0;
	int c;

	if (p == NULL)
		return NULL;
	while ((c = getc(p)) != EOF) {
		if (len + 2 > cap) {
			cap = cap ? cap * 2 : 4096;
			text = realloc(text, cap);
			assert_non_null(text);
		}
		text[len++] = (char)c;
	}
	if (text != NULL)
		text[len] = '\0';
	if (pclose(p) != 0) {
		free(text);
		return NULL;
	}
	return text != NULL ? text : strdup("");
}

/* Whether the poppler tools are there; marks the run as skipped if not. */
static bool
have_poppler(void)
{
	if (system("command -v pdfinfo >/dev/null 2>&1 && "
	    "command -v pdftotext >/dev/null 2>&1") == 0)
		return true;
	skip_seen = true;
	return false;
}

/* The number of pages pdfinfo finds in @path, or -1. */
static int
pdf_pages(const char *path)
{
	char cmd[256], *info, *line;
	int pages = -1;

	snprintf(cmd, sizeof cmd, "pdfinfo '%s' 2>/dev/null", path);
	info = run(cmd);
	if (info == NULL)
		return -1;
	line = strstr(info, "\nPages:");
	if (line != NULL)
		pages = atoi(line + strlen("\nPages:"));
	free(info);
	return pages;
}

/*
 * Whether the text of the PDF at @path can be checked: it embeds a font,
 * or the machine has fonts (then a PDF without any is a bug).  On a
 * machine without fonts pango draws boxes, which no tool can read; the
 * check is then skipped.
 */
static bool
text_checkable(const char *path)
{
	char cmd[256], *out;
	int lines = 0;

	snprintf(cmd, sizeof cmd, "pdffonts '%s' 2>/dev/null", path);
	if ((out = run(cmd)) != NULL) {
		for (char *c = out; *c != '\0'; c++)
			lines += *c == '\n';
		free(out);
		if (lines > 2)   /* two header lines, then one per font */
			return true;
	}
	out = run("fc-list 2>/dev/null");
	if (out != NULL && out[0] != '\0') {
		free(out);
		return true;
	}
	free(out);
	skip_seen = true;
	return false;
}

/* The text of the PDF at @path, as pdftotext lays it out. */
static char *
pdf_text(const char *path)
{
	char cmd[256];

	snprintf(cmd, sizeof cmd, "pdftotext -layout '%s' - 2>/dev/null", path);
	return run(cmd);
}

/* The text report of @d in a new string. */
static char *
text_of(const struct report_data *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	assert_non_null(out);
	assert_int_equal(report_text(d, out), REPORT_OK);
	fclose(out);
	return text;
}

/* Write @d as a PDF to @name while stderr goes to a file; check that
 * nothing was written there. */
static void
pdf_quietly(const struct report_data *d, const char *name)
{
	char err_path[160];
	int saved = dup(STDERR_FILENO), fd;
	struct stat sb;

	snprintf(err_path, sizeof err_path, "%s", scratch("stderr"));
	fd = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(saved >= 0 && fd >= 0);
	fflush(stderr);
	dup2(fd, STDERR_FILENO);
	close(fd);
	assert_int_equal(report_pdf(d, scratch(name)), REPORT_OK);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	assert_int_equal(stat(err_path, &sb), 0);
	assert_int_equal(sb.st_size, 0);
	unlink(err_path);
}

/* ------------------------------------------------------------ text */

static void
test_text_report(void **state)
{
	struct report_data d;
	char *text;

	(void)state;
	sample(&d);
	assert_int_equal(d.profile.code_len, 3);
	text = text_of(&d);
	assert_non_null(strstr(text, "Maison de l'orientation"));
	assert_non_null(strstr(text, "4 March 2024"));
	assert_non_null(strstr(text, "My interest profile — SAE\n"));
	assert_non_null(strstr(text, "Code: " HANDOFF ", valid until 3 April 2024"));
	assert_non_null(strstr(text, "  R  Realistic      ######.............."
	    "  30 %\n"));
	assert_non_null(strstr(text, "  I  Investigative  "));
	assert_non_null(strstr(text, " 55 %\n"));
	assert_non_null(strstr(text, "  A  Artistic  "));
	assert_non_null(strstr(text, " 75 %\n"));
	assert_non_null(strstr(text, "  S  Social  "));
	assert_non_null(strstr(text, " 90 %\n"));
	assert_non_null(strstr(text, "  E  Enterprising  "));
	assert_non_null(strstr(text, " 65 %\n"));
	assert_non_null(strstr(text, "  C  Conventional  "));
	assert_non_null(strstr(text, " 20 %\n"));
	assert_non_null(strstr(text, "Your interest code: SAE (Social"));
	assert_non_null(strstr(text, "Occupations that fit me\n---"));
	assert_non_null(strstr(text, "   88 %  Nurse\n"));
	assert_non_null(strstr(text, "         Actor\n"));
	assert_non_null(strstr(text, "Where to ask next\n"));
	assert_non_null(strstr(text, "  - Maison de l'orientation\n"
	    "    +352 0000 0000 · example.lu\n"));
	assert_non_null(strstr(text, "Counsellor's note\n"));
	assert_non_null(strstr(text, "  Talk about nursing placements.\n"
	    "  Call back in June.\n"));
	assert_non_null(strstr(text, "This profile is not a test result and is "
	    "not used to select"));
	assert_non_null(strstr(text, "O*NET"));
	free(text);
}

static void
test_text_not_enough_and_empty(void **state)
{
	static const int sums[RIASEC_COUNT] = { 12, -1, 30, 36, 26, 8 };
	struct report_data d;
	char *text;

	(void)state;
	sample(&d);
	make_profile(sums, &d.profile);
	d.code = NULL;
	d.noccupations = 0;
	d.nservices = 0;
	d.note = NULL;
	text = text_of(&d);
	assert_non_null(strstr(text, "  I  Investigative  not enough answers\n"));
	assert_null(strstr(text, "Code:"));
	assert_null(strstr(text, "Occupations that fit me"));
	assert_null(strstr(text, "Where to ask next"));
	assert_null(strstr(text, "Counsellor's note"));
	free(text);
}

static void
test_text_wraps_and_cleans(void **state)
{
	struct report_data d;
	char note[4000], *text, *line;

	(void)state;
	long_sample(&d, note, sizeof note);
	d.note = "Line one\x1b[31m red?\tand a tab\rreturn.\nLine two\xc2\x9b" "2J.";
	text = text_of(&d);
	assert_null(strchr(text, '\x1b'));
	/* U+009B, the one-character CSI of C1 */
	assert_null(strstr(text, "\xc2\x9b"));
	assert_null(strchr(text, '\t'));
	assert_null(strchr(text, '\r'));
	assert_non_null(strstr(text, "  Line one [31m red? and a tab return.\n"
	    "  Line two 2J.\n"));
	/* Every line fits in 76 columns (these texts have no longer word). */
	for (line = text; *line != '\0';) {
		char *end = strchr(line, '\n');
		int cols = 0;

		assert_non_null(end);
		for (char *c = line; c < end; c++)
			cols += ((unsigned char)*c & 0xC0) != 0x80;
		assert_true(cols <= 76);
		line = end + 1;
	}
	/* All ten occupations and eight services are in the text. */
	assert_non_null(strstr(text, "Occupation 10 with"));
	assert_non_null(strstr(text, "Service 8:"));
	free(text);
}

static void
test_text_write_error(void **state)
{
	struct report_data d;
	FILE *out = fopen("/dev/full", "w");

	(void)state;
	if (out == NULL)
		skip();
	sample(&d);
	assert_int_equal(report_text(&d, out), REPORT_WRITE_FAILED);
	fclose(out);
}

static void
test_text_follows_language(void **state)
{
	struct report_data d;
	char *text;

	(void)state;
	i18n_init("/nonexistent");
	i18n_set_language("fr");
	if (strcmp(_("Where to ask next"), "Where to ask next") == 0) {
		/* No French catalog where ORIENTATION_LOCALEDIR points. */
		i18n_set_language("en");
		skip();
	}
	sample(&d);
	d.profile.enough[RIASEC_C] = false;
	text = text_of(&d);
	i18n_set_language("en");
	assert_non_null(strstr(text, "Où s'adresser ensuite"));
	assert_non_null(strstr(text, "pas assez de réponses"));
	assert_null(strstr(text, "Where to ask next"));
	free(text);
	assert_string_equal(report_status_message(REPORT_WRITE_FAILED),
	    "The report could not be written.");
}

/* ------------------------------------------------------------ PDF */

static void
test_pdf_one_page(void **state)
{
	struct report_data d;
	char *text;

	(void)state;
	sample(&d);
	pdf_quietly(&d, "sample.pdf");
	if (!have_poppler())
		skip();
	assert_int_equal(pdf_pages(scratch("sample.pdf")), 1);
	if (!text_checkable(scratch("sample.pdf")))
		skip();
	text = pdf_text(scratch("sample.pdf"));
	assert_non_null(text);
	assert_non_null(strstr(text, HANDOFF));
	assert_non_null(strstr(text, "SAE"));
	for (int t = 0; t < RIASEC_COUNT; t++)
		assert_non_null(strstr(text, type_names[t]));
	assert_non_null(strstr(text, "30 %"));
	assert_non_null(strstr(text, "90 %"));
	assert_non_null(strstr(text, "Nurse"));
	assert_non_null(strstr(text, "88 %"));
	assert_non_null(strstr(text, "example.lu"));
	assert_non_null(strstr(text, "Call back in June."));
	assert_non_null(strstr(text, "not a test result"));
	assert_non_null(strstr(text, "4 March 2024"));
	free(text);
}

static void
test_pdf_long_still_one_page(void **state)
{
	struct report_data d;
	char note[6000], *text;

	(void)state;
	long_sample(&d, note, sizeof note);
	pdf_quietly(&d, "long.pdf");
	if (!have_poppler())
		skip();
	assert_int_equal(pdf_pages(scratch("long.pdf")), 1);
	if (!text_checkable(scratch("long.pdf")))
		skip();
	text = pdf_text(scratch("long.pdf"));
	assert_non_null(text);
	assert_non_null(strstr(text, HANDOFF));
	assert_non_null(strstr(text, "Occupation 1 with"));
	assert_non_null(strstr(text, "Service 1:"));
	assert_non_null(strstr(text, "The counsellor wrote"));
	/* Not everything fits: a list says how much was left out. */
	assert_non_null(strstr(text, " more"));
	/* The footer is still there, below everything. */
	assert_non_null(strstr(text, "not a test result"));
	assert_non_null(strstr(text, "USDOL/ETA"));
	free(text);
}

static void
test_pdf_survives_bad_input(void **state)
{
	struct report_data d;
	static char huge[200000];

	(void)state;
	sample(&d);
	/* One endless word, invalid UTF-8, NULL names, odd counts. */
	memset(huge, 'W', sizeof huge - 1);
	d.note = huge;
	d.type_names[2] = NULL;
	d.type_names[3] = "Soci\xc3" "al \xff\xfe";
	d.occupations[0].label = "Bad \xe2\x82 label";
	d.occupations[1].label = NULL;
	d.occupations[1].fit = 250;
	d.noccupations = 99;
	d.nservices = -3;
	d.summary_lines[1] = "";
	d.date = NULL;
	d.expires = NULL;
	d.lang = NULL;
	pdf_quietly(&d, "bad.pdf");
	if (!have_poppler())
		skip();
	assert_int_equal(pdf_pages(scratch("bad.pdf")), 1);
}

static void
test_pdf_empty_profile(void **state)
{
	static const int sums[RIASEC_COUNT] = { -1, -1, -1, -1, -1, -1 };
	struct report_data d;
	char *text;

	(void)state;
	memset(&d, 0, sizeof d);
	make_profile(sums, &d.profile);
	assert_int_equal(d.profile.nrank, 0);
	memcpy(d.type_names, type_names, sizeof type_names);
	pdf_quietly(&d, "empty.pdf");
	text = text_of(&d);
	assert_non_null(strstr(text, "My interest profile\n==="));
	free(text);
	if (!have_poppler())
		skip();
	assert_int_equal(pdf_pages(scratch("empty.pdf")), 1);
	if (!text_checkable(scratch("empty.pdf")))
		skip();
	text = pdf_text(scratch("empty.pdf"));
	assert_non_null(text);
	assert_non_null(strstr(text, "not enough answers"));
	free(text);
}

static void
test_pdf_write_error(void **state)
{
	struct report_data d;

	(void)state;
	sample(&d);
	assert_int_equal(report_pdf(&d, scratch("no/such/dir/x.pdf")),
	    REPORT_WRITE_FAILED);
	/* A file in the way stays as it was. */
	assert_int_equal(mkdir(scratch("dir.pdf"), 0700), 0);
	assert_int_equal(report_pdf(&d, scratch("dir.pdf")), REPORT_WRITE_FAILED);
	assert_int_equal(rmdir(scratch("dir.pdf")), 0);
}

static void
test_pdf_half_written_is_removed(void **state)
{
	struct report_data d;
	struct rlimit saved, small;
	void (*old)(int);

	(void)state;
	sample(&d);
	/* Files may not grow past 2 KiB: the writes fail with EFBIG. */
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
	small = saved;
	small.rlim_cur = 2048;
	old = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	assert_int_equal(report_pdf(&d, scratch("half.pdf")), REPORT_WRITE_FAILED);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0);
	signal(SIGXFSZ, old);
	assert_int_equal(access(scratch("half.pdf"), F_OK), -1);
}

/* ------------------------------------------------------------ printing */

/* Write a stand-in lp into the scratch folder that records its
 * arguments and exits with @rc. */
static void
fake_lp(int rc)
{
	char script[512];
	FILE *f;

	mkdir(scratch("bin"), 0700);
	snprintf(script, sizeof script, "#!/bin/sh\n"
	    "printf '%%s\\n' \"$@\" > '%s/lp-args'\n"
	    "echo 'request id is fake-1' \n"
	    "echo 'lp: complaint' >&2\n"
	    "exit %d\n", dir, rc);
	f = fopen(scratch("bin/lp"), "w");
	assert_non_null(f);
	fputs(script, f);
	fclose(f);
	assert_int_equal(chmod(scratch("bin/lp"), 0700), 0);
}

static void
test_print(void **state)
{
	char *saved = strdup(getenv("PATH") != NULL ? getenv("PATH") : "/usr/bin:/bin");
	char bin[160], args[256];
	FILE *f;
	size_t n;

	(void)state;
	assert_non_null(saved);
	snprintf(bin, sizeof bin, "%s", scratch("bin"));

	/* No lp anywhere in PATH. */
	mkdir(bin, 0700);
	setenv("PATH", bin, 1);
	assert_int_equal(report_print("/tmp/x.pdf"), REPORT_NO_PRINTER);

	fake_lp(0);
	assert_int_equal(report_print("-x.pdf"), REPORT_OK);
	f = fopen(scratch("lp-args"), "r");
	assert_non_null(f);
	n = fread(args, 1, sizeof args - 1, f);
	args[n] = '\0';
	fclose(f);
	/* The path is an operand even when it looks like an option. */
	assert_string_equal(args, "--\n-x.pdf\n");

	fake_lp(1);
	assert_int_equal(report_print("x.pdf"), REPORT_PRINT_FAILED);

	setenv("PATH", saved, 1);
	free(saved);
	unlink(scratch("lp-args"));
	unlink(scratch("bin/lp"));
	rmdir(bin);
}

/* ------------------------------------------------------------ main */

/* Make the scratch folder: removed at exit with everything in it, whatever
 * the tests did, unless ORIENTATION_KEEP_PDF asks to look (scratch.h). */
static int
setup(void **state)
{
	(void)state;
	if (getenv("ORIENTATION_KEEP_PDF") != NULL)
		scratch_keep();
	return scratch_dir(dir, sizeof dir, "report");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_report),
		cmocka_unit_test(test_text_not_enough_and_empty),
		cmocka_unit_test(test_text_wraps_and_cleans),
		cmocka_unit_test(test_text_write_error),
		cmocka_unit_test(test_pdf_one_page),
		cmocka_unit_test(test_pdf_long_still_one_page),
		cmocka_unit_test(test_pdf_survives_bad_input),
		cmocka_unit_test(test_pdf_empty_profile),
		cmocka_unit_test(test_pdf_write_error),
		cmocka_unit_test(test_pdf_half_written_is_removed),
		cmocka_unit_test(test_print),
		/* Last: it switches gettext on for the rest of the run. */
		cmocka_unit_test(test_text_follows_language),
	};

	/* 77 tells meson the PDF checks could not run. */
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
