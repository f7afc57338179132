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
	};

	(void)state;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		const char *broke = csv_check(files[i], strlen(files[i]));

		if (broke != NULL)
			fail_msg("file %zu: %s", i, broke);
	}
}

/* The whole of @path; *@len gets its size.  The caller frees. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *text;
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n >= 0);
	assert_int_equal(fseek(f, 0, SEEK_SET), 0);
	text = malloc((size_t)n + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return text;
}

static void
test_reader_promise_on_the_corpus(void **state)
{
	DIR *dir = opendir(corpus);
	struct dirent *e;
	int files = 0;

	(void)state;
	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL) {
		char *path, *text;
		const char *broke;
		size_t len;

		if (e->d_name[0] == '.')
			continue;
		assert_true(asprintf(&path, "%s/%s", corpus, e->d_name) > 0);
		text = slurp(path, &len);
		if ((broke = csv_check(text, len)) != NULL)
			fail_msg("%s: %s", e->d_name, broke);
		free(text);
		free(path);
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

	if (argc != 2) {
		fprintf(stderr, "usage: test-csv CORPUS-DIR\n");
		return 2;
	}
	corpus = argv[1];
	return cmocka_run_group_tests(tests, NULL, NULL);
}
