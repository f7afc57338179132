/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Argon2id via libsodium's crypto_pwhash_str, with its "interactive"
 * limits: about a tenth of a second and 64 MiB per check, which makes
 * guessing slow without making a counselor wait.
 *
 * libsodium is loaded on the first hash or check (util/module.h), not at
 * exec: only a staff exit and a counselor's login use it, and a library
 * mapped at exec delays every start (bench/README.md, start-up).
 */
#include "secret.h"

#include <string.h>
#include <sodium.h>

#include "module.h"

_Static_assert(SECRET_HASH_MAX >= crypto_pwhash_STRBYTES,
    "room for libsodium's hash string");

/* The library's file name, or the environment variable that names
 * another. */
#define SECRET_LIBRARY "libsodium.so.23"
#define SECRET_LIBRARY_ENV "ORIENTATION_SODIUM_LIBRARY"

/* The three functions used, with the types <sodium.h> gives them. */
struct secret_sodium {
	__typeof__(&sodium_init) init;
	__typeof__(&crypto_pwhash_str) hash;
	__typeof__(&crypto_pwhash_str_verify) verify;
};

/* Whether libsodium was tried, and how it went. */
enum secret_load { SECRET_UNTRIED, SECRET_LOADED, SECRET_FAILED };

/* libsodium, loaded and started on the first call; NULL when it cannot
 * be, then and on every later call, without trying again: the result
 * does not change while the program runs, and each dlopen would hold
 * the library once more. */
static const struct secret_sodium *
secret_sodium(void)
{
	static struct secret_sodium s;
	static enum secret_load load;
	void *lib;

	if (load != SECRET_UNTRIED)
		return load == SECRET_LOADED ? &s : NULL;
	load = SECRET_FAILED;
	if ((lib = module_open(SECRET_LIBRARY_ENV, SECRET_LIBRARY,
	    NULL)) == NULL)
		return NULL;
	if (!module_find_function(lib, "sodium_init", &s.init) ||
	    !module_find_function(lib, "crypto_pwhash_str", &s.hash) ||
	    !module_find_function(lib, "crypto_pwhash_str_verify", &s.verify) ||
	    s.init() < 0) {
		module_close(lib);
		return NULL;
	}
	load = SECRET_LOADED;
	return &s;
}

bool
secret_available(void)
{
	return secret_sodium() != NULL;
}

int
secret_hash(const char *secret, char out[SECRET_HASH_MAX])
{
	const struct secret_sodium *s = secret_sodium();

	if (s == NULL)
		return -1;
	return s->hash(out, secret, strlen(secret),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

bool
secret_verify(const char *hash, const char *secret)
{
	const struct secret_sodium *s;

	if (hash == NULL || (s = secret_sodium()) == NULL)
		return false;
	if (strnlen(hash, SECRET_HASH_MAX) >= crypto_pwhash_STRBYTES)
		return false;
	return s->verify(hash, secret, strlen(secret)) == 0;
}
