/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of util/secret.c's loading of libsodium: without the library
 * (no such file, or a file without its functions) there is no hash and no
 * match, and the library is tried once only: a later call neither opens
 * it again nor keeps a handle it cannot use.  Each case runs in a child
 * process of its own, since a process loads the library once.  dlopen
 * and dlclose are counted through --wrap.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <dlfcn.h>

#include "util/secret.h"

/* secret_hash("right") with the interactive limits. */
static const char right[] = "$argon2id$v=19$m=65536,t=2,p=1$"
    "i2YSYRqSSqaHnERAKrUg9w$pVKSUH0XeJuIiOXxbUlOIrF/d/OShvPL/MQdjxYpHfg";

/* Calls of dlopen and dlclose that secret.c made. */
static int opened, closed;

void *__real_dlopen(const char *file, int mode);
int __real_dlclose(void *handle);
void *__wrap_dlopen(const char *file, int mode);
int __wrap_dlclose(void *handle);

void *
__wrap_dlopen(const char *file, int mode)
{
	opened++;
	return __real_dlopen(file, mode);
}

int
__wrap_dlclose(void *handle)
{
	closed++;
	return __real_dlclose(handle);
}

/* A check in the child: says which failed and makes the child fail. */
#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "line %d: %s\n", __LINE__, #cond); failed = true; } \
	} while (0)

/*
 * In a child, with ORIENTATION_SODIUM_LIBRARY set to @library: no hash,
 * no match, three times over, with one dlopen and a dlclose for each
 * handle it got; then, with the variable gone, still none.  Passes when
 * the child exits 0.
 */
static void
expect_no_sodium(const char *library)
{
	char hash[SECRET_HASH_MAX];
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		bool failed = false;
		void *probe;

		setenv("ORIENTATION_SODIUM_LIBRARY", library, 1);
		for (int i = 0; i < 3; i++) {
			CHECK(secret_hash("right", hash) == -1);
			CHECK(!secret_verify(right, "right"));
		}
		CHECK(opened == 1);
		/* A handle it got and could not use is given back. */
		probe = __real_dlopen(library, RTLD_NOW | RTLD_NOLOAD);
		if (probe != NULL) {
			__real_dlclose(probe);
			CHECK(closed == 1);
		} else {
			CHECK(closed == 0);
		}
		/* Tried once: the library where it should be is not tried. */
		unsetenv("ORIENTATION_SODIUM_LIBRARY");
		CHECK(!secret_verify(right, "right"));
		CHECK(opened == 1);
		_exit(failed ? 1 : 0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* No such file. */
static void
test_no_file(void **state)
{
	(void)state;
	expect_no_sodium("/nonexistent/libsodium.so.23");
}

/* A library that loads but is not libsodium (the C library). */
static void
test_no_functions(void **state)
{
	(void)state;
	expect_no_sodium("libc.so.6");
}

/* With the library: loaded once, a hash and a match. */
static void
test_loaded_once(void **state)
{
	char hash[SECRET_HASH_MAX];

	(void)state;
	assert_true(secret_verify(right, "right"));
	assert_false(secret_verify(right, "wrong"));
	assert_int_equal(secret_hash("right", hash), 0);
	assert_true(secret_verify(hash, "right"));
	assert_int_equal(opened, 1);
	assert_int_equal(closed, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_file),
		cmocka_unit_test(test_no_functions),
		cmocka_unit_test(test_loaded_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
