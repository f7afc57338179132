/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Argon2id via libsodium's crypto_pwhash_str, with its "interactive"
 * limits: about a tenth of a second and 64 MiB per check, which makes
 * guessing slow without making a counselor wait.
 */
#include "secret.h"

#include <string.h>
#include <sodium.h>

_Static_assert(SECRET_HASH_MAX >= crypto_pwhash_STRBYTES,
    "room for libsodium's hash string");

int
secret_hash(const char *secret, char out[SECRET_HASH_MAX])
{
	if (sodium_init() < 0)
		return -1;
	return crypto_pwhash_str(out, secret, strlen(secret),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

bool
secret_verify(const char *hash, const char *secret)
{
	if (sodium_init() < 0 || hash == NULL)
		return false;
	if (strnlen(hash, SECRET_HASH_MAX) >= crypto_pwhash_STRBYTES)
		return false;
	return crypto_pwhash_str_verify(hash, secret, strlen(secret)) == 0;
}
