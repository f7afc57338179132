/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hashing and checking secrets (the staff PIN, counselor passwords) with
 * Argon2id through libsodium, loaded on first use.  Secrets are never
 * stored or logged in clear.
 */
#ifndef UTIL_SECRET_H
#define UTIL_SECRET_H

#include <stdbool.h>
#include <stddef.h>

#define SECRET_HASH_MAX 128  /* bytes of an encoded hash, with the NUL */

/**
 * Load libsodium, on the first call only.  A caller asks before it takes
 * a secret it could not hash or check, to report
 * ORIENTATION_SECRET_LIBRARY rather than a wrong password.
 * @return whether it is loaded; false for the life of the process once it
 * could not be (no such file, a function missing, or it did not start).
 */
bool secret_available(void);

/**
 * Hash @secret into @out (an "$argon2id$..." string).
 * @return 0, or -1 if libsodium could not be loaded or started, or ran
 * out of memory.
 */
int secret_hash(const char *secret, char out[SECRET_HASH_MAX]);

/** Whether @secret matches @hash.  False for a malformed hash, and when
 *  libsodium cannot be loaded. */
bool secret_verify(const char *hash, const char *secret);

#endif
