/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Crockford base32 hand-off codes.  Eight symbols of five bits carry the
 * 40 random bits exactly; the alphabet leaves out I, L, O and U so that a
 * code read aloud or copied by hand cannot be misread.
 */
#include "handoff.h"

#include <stddef.h>
#include <string.h>

static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void
handoff_code_encode(const uint8_t bytes[HANDOFF_CODE_BYTES],
    char out[HANDOFF_CODE_LEN + 1])
{
	uint64_t v = 0;

	for (int i = 0; i < HANDOFF_CODE_BYTES; i++)
		v = (v << 8) | bytes[i];
	for (int i = HANDOFF_CODE_LEN - 1; i >= 0; i--) {
		out[i] = alphabet[v & 31];
		v >>= 5;
	}
	out[HANDOFF_CODE_LEN] = '\0';
}

/* The canonical symbol for @c, or 0 if it is not one. */
static char
canonical(char c)
{
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	if (c == 'I' || c == 'L')
		return '1';
	if (c == 'O')
		return '0';
	for (size_t i = 0; alphabet[i] != '\0'; i++)
		if (alphabet[i] == c)
			return c;
	return 0;
}

bool
handoff_code_normalize(const char *typed, char out[HANDOFF_CODE_LEN + 1])
{
	int n = 0;

	for (const char *p = typed; *p != '\0'; p++) {
		char c;

		if (*p == ' ' || *p == '-')
			continue;
		if ((c = canonical(*p)) == 0 || n == HANDOFF_CODE_LEN)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return n == HANDOFF_CODE_LEN;
}

void
handoff_code_format(const char code[HANDOFF_CODE_LEN + 1],
    char out[HANDOFF_CODE_SHOWN])
{
	enum { HALF = HANDOFF_CODE_LEN / 2 };

	memcpy(out, code, HALF);
	out[HALF] = '-';
	memcpy(out + HALF + 1, code + HALF, HALF);
	out[HANDOFF_CODE_LEN + 1] = '\0';
}
