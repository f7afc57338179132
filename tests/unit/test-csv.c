/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the CSV writer (src/store/csv-write.h) and, over the
 * corpus of fuzz-csv (the directory given as the argument), the promise
 * of the reader that tests/fuzz/csv-check.h checks: rows know their lines,
 * errors come sorted and inside the file, and what the writer writes
 * reads back field for field.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "csv-check.h"
#include "store/csv-read.h"
#include "store/csv-write.h"

static const char *corpus;

/* @n fields written as one row by csv_write_row; the caller frees. */
static char *
row_text(const char *const *fields, size_t n)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	assert_non_null(out);
	assert_int_equal(csv_write_row(out, fields, n), 0);
	assert_int_equal(fclose(out), 0);
	return text;
}

static void
test_writer_quotes_only_what_it_must(void **state)
{
	static const struct { const char *fields[3]; const char *row; } cases[] = {
		{ { "a", "b", "c" }, "a,b,c\r\n" },
		{ { "a,b", "say \"hi\"", "x\r\ny" },
		    "\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\"\r\n" },
		{ { " lead", "trail\t", "in side" },
		    "\" lead\",\"trail\t\",in side\r\n" },
		{ { "", NULL, "Ærø ß" }, ",,Ærø ß\r\n" },
		/* the separator a French or German spreadsheet writes */
		{ { "fr;de", "x", "y" }, "\"fr;de\",x,y\r\n" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *text = row_text(cases[i].fields, 3);

		assert_string_equal(text, cases[i].row);
		free(text);
	}
}

static void
test_writer_keeps_a_lone_empty_field(void **state)
{
	const char *empty[] = { "" };
	char *text = row_text(empty, 1);

	(void)state;
	/* A bare line break would be a blank line, skipped by readers. */
	assert_string_equal(text, "\"\"\r\n");
	assert_null(csv_check(text, strlen(text)));
	free(text);
}

static void
test_reader_promise_on_handmade_files(void **state)
{
	static const char *const files[] = {
		"id,lang\r\nx,fr\r\n",
		"\xef\xbb\xbfid,lang\nx,fr\n\n,\n",
		"a,\"b\r\nc\",d\re,f,g\n",
		"\"unclosed,x\n",
		"a\"b,c\n",
		"id,lang\n\xff,fr\n",
		"",
		"\r\n\r\n",
		/* found by fuzz-csv: one column, a semicolon in its value */
		"\rAdfr;de;en",
		"fr;de\n",
		"\"a;b\"\nx, \"y\"\n",
		"\"a,b\";c\n1;2\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		const char *broke = csv_check(files[i], strlen(files[i]));

		if (broke != NULL)
			fail_msg("file %zu: %s", i, broke);
	}
}

/* Check every file of the corpus; the seeds and what libFuzzer keeps
 * are small (its inputs stop at 4096 bytes). */
static void
test_reader_promise_on_the_corpus(void **state)
{
	static char text[65536];
	DIR *dir = opendir(corpus);
	struct dirent *e;
	int files = 0;

	(void)state;
	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL) {
		const char *broke;
		char *path;
		FILE *f;
		size_t len;

		if (e->d_name[0] == '.')
			continue;
		assert_true(asprintf(&path, "%s/%s", corpus, e->d_name) > 0);
		assert_non_null(f = fopen(path, "rb"));
		len = fread(text, 1, sizeof text, f);
		assert_true(feof(f));
		fclose(f);
		free(path);
		if ((broke = csv_check(text, len)) != NULL)
			fail_msg("%s: %s", e->d_name, broke);
		files++;
	}
	closedir(dir);
	assert_true(files >= 8);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_writer_quotes_only_what_it_must),
		cmocka_unit_test(test_writer_keeps_a_lone_empty_field),
		cmocka_unit_test(test_reader_promise_on_handmade_files),
		cmocka_unit_test(test_reader_promise_on_the_corpus),
	};

	corpus = argc == 2 ? argv[1] : "tests/fuzz/corpus/csv";
	return cmocka_run_group_tests(tests, NULL, NULL);
}
