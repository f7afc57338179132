/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the tests' file copy (tests/support/copy.h): a file of
 * several megabytes arrives byte for byte, a head has exactly the bytes
 * asked for, a longer file at the destination is cut to the copy, and a
 * source that cannot be read, a destination that cannot be written or
 * a copy the kernel cuts short is an error with errno, never a quiet
 * short copy.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "copy.h"
#include "scratch.h"
#include "skip.h"

/* Several megabytes, and not a whole number of pages. */
#define BIG ((size_t)5 * 1024 * 1024 + 123)

/* Write @len pseudo-random bytes (fixed seed) to @path; @return them. */
static unsigned char *
make_file(const char *path, size_t len)
{
	unsigned char *data = malloc(len + 1);
	FILE *f = fopen(path, "wb");

	assert_non_null(data);
	assert_non_null(f);
	srand(18);
	for (size_t i = 0; i < len; i++)
		data[i] = (unsigned char)(rand() >> 7);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return data;
}

/* Check that @path holds exactly the @len bytes @want. */
static void
holds(const char *path, const unsigned char *want, size_t len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *got = malloc(len + 1);

	assert_non_null(f);
	assert_non_null(got);
	assert_int_equal(fread(got, 1, len + 1, f), len);
	assert_memory_equal(got, want, len);
	fclose(f);
	free(got);
}

static void
test_whole(void **unused)
{
	unsigned char *data = make_file("big", BIG);

	(void)unused;
	assert_int_equal(copy_file("big", "big-copy"), 0);
	holds("big-copy", data, BIG);
	/* Over a longer file: cut to the copy. */
	assert_int_equal(copy_file_head("big", "short", 10), 0);
	holds("short", data, 10);
	assert_int_equal(copy_file("short", "big-copy"), 0);
	holds("big-copy", data, 10);
	free(data);
}

static void
test_head(void **unused)
{
	unsigned char *data = make_file("src", 3 * 4096 + 7);

	(void)unused;
	assert_int_equal(copy_file_head("src", "head", 4097), 0);
	holds("head", data, 4097);
	assert_int_equal(copy_file_head("src", "head", 0), 0);
	holds("head", data, 0);
	/* More asked than there is: the whole file. */
	assert_int_equal(copy_file_head("src", "head", 1 << 20),
	    0);
	holds("head", data, 3 * 4096 + 7);
	/* An empty file. */
	free(make_file("empty", 0));
	assert_int_equal(copy_file("empty", "head"), 0);
	holds("head", data, 0);
	free(data);
}

static void
test_errors(void **unused)
{
	struct stat sb;

	(void)unused;
	errno = 0;
	assert_int_equal(copy_file("no-such-file", "to"), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(stat("to", &sb), -1);   /* nothing made */

	free(make_file("src", 100));
	errno = 0;
	assert_int_equal(copy_file("src", "no-such-dir/to"), -1);
	assert_int_equal(errno, ENOENT);

	/* A folder opens but cannot be read as a file. */
	errno = 0;
	assert_int_equal(copy_file(".", "from-dir"), -1);
	assert_int_not_equal(errno, 0);

	/* A device that takes no data: the write fails, and says so. */
	errno = 0;
	assert_int_equal(copy_file("src", "/dev/full"), -1);
	assert_int_not_equal(errno, 0);
}

/* A copy the kernel cuts short: with a file size limit of 1 MiB the
 * first call moves 1 MiB and the next one fails (EFBIG); the copy says
 * so instead of passing for whole. */
static void
test_short(void **unused)
{
	struct rlimit was, low;
	void (*old)(int) = signal(SIGXFSZ, SIG_IGN);
	unsigned char *data = make_file("big", BIG);
	int rc, err;

	(void)unused;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &was), 0);
	low = was;
	low.rlim_cur = 1024 * 1024;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);
	errno = 0;
	rc = copy_file("big", "cut");
	err = errno;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &was), 0);
	signal(SIGXFSZ, old);
	assert_int_equal(rc, -1);
	assert_int_equal(err, EFBIG);
	holds("cut", data, 1024 * 1024);   /* what got there */
	free(data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole),
		cmocka_unit_test(test_head),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_short),
	};

	char dir[256];

	/* Files by name in the scratch folder. */
	if (scratch_dir(dir, sizeof dir, "copy") != 0 || chdir(dir) != 0) {
		perror("scratch folder");
		return 1;
	}
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
