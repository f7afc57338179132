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

/* libsodium, loaded and started once; NULL when it cannot be (a later
 * call tries again). */
static const struct secret_sodium *
secret_sodium(void)
{
	static struct secret_sodium s;
	static bool ready;
	void *lib;

	if (ready)
		return &s;
	if ((lib = module_open(SECRET_LIBRARY_ENV, SECRET_LIBRARY,
	    NULL)) == NULL ||
	    !module_find_function(lib, "sodium_init", &s.init) ||
	    !module_find_function(lib, "crypto_pwhash_str", &s.hash) ||
	    !module_find_function(lib, "crypto_pwhash_str_verify", &s.verify) ||
	    s.init() < 0)
		return NULL;
	ready = true;
	return &s;
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
