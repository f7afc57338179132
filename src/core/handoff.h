/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hand-off codes: what a visitor takes to a counselor.  Eight characters
 * of Crockford's base32 (0-9 and A-Z without I, L, O, U), 40 random bits.
 * Pure C: the caller supplies the random bytes (getrandom() in util).
 */
#ifndef CORE_HANDOFF_H
#define CORE_HANDOFF_H

#include <stdbool.h>
#include <stdint.h>

#define HANDOFF_CODE_LEN 8      /* characters */
#define HANDOFF_CODE_BYTES 5    /* random bytes: 40 bits */
#define HANDOFF_CODE_SHOWN (HANDOFF_CODE_LEN + 2) /* "XXXX-XXXX" and NUL */

/**
 * Encode @bytes as a code in @out (HANDOFF_CODE_LEN characters and a
 * terminating NUL).
 */
void handoff_code_encode(const uint8_t bytes[HANDOFF_CODE_BYTES],
    char out[HANDOFF_CODE_LEN + 1]);

/**
 * Read a code as a person may type it: lower case, spaces and hyphens,
 * and the look-alikes I, L (read as 1) and O (read as 0) are accepted.
 * @return true and the canonical code in @out, or false if @typed is not
 * a code (wrong length or a character outside the alphabet, such as U).
 */
bool handoff_code_normalize(const char *typed, char out[HANDOFF_CODE_LEN + 1]);

/**
 * Write @code as it is shown and printed, in two groups of four joined by
 * a hyphen ("28T5-CY4T"), into @out.
 */
void handoff_code_format(const char code[HANDOFF_CODE_LEN + 1],
    char out[HANDOFF_CODE_SHOWN]);

#endif
