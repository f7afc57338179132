/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: hand-off codes (src/core/handoff.h).
 *
 *  - Whatever is typed, handoff_code_normalize() either refuses it or
 *    gives 8 symbols of the alphabet, and normalizing that again gives the
 *    same code.
 *  - The first 5 bytes, encoded, give a code that normalizes to itself;
 *    typed back the way a person might (lower case, dashes, spaces, O for
 *    0, I or L for 1, as the remaining bytes choose), it still gives the
 *    same code.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/handoff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/* Stop with a report. */
static void
fail(const char *what, const char *a, const char *b)
{
	fprintf(stderr, "fuzz-handoff: %s: \"%s\" \"%s\"\n", what, a, b);
	abort();
}

/* Check that @code is a canonical code. */
static void
check_canonical(const char *typed, const char *code)
{
	char again[HANDOFF_CODE_LEN + 1];

	if (strlen(code) != HANDOFF_CODE_LEN ||
	    strspn(code, alphabet) != HANDOFF_CODE_LEN)
		fail("not a canonical code", typed, code);
	if (!handoff_code_normalize(code, again) || strcmp(again, code) != 0)
		fail("a canonical code does not normalize to itself", code, again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *typed = malloc(size + 1);
	char out[HANDOFF_CODE_LEN + 1];

	memcpy(typed, data, size);
	typed[size] = '\0';
	if (handoff_code_normalize(typed, out))
		check_canonical(typed, out);
	free(typed);

	if (size >= HANDOFF_CODE_BYTES) {
		char code[HANDOFF_CODE_LEN + 1], back[HANDOFF_CODE_LEN + 1];
		char human[4 * HANDOFF_CODE_LEN + 1];
		size_t h = 0, k = HANDOFF_CODE_BYTES;

		handoff_code_encode(data, code);
		check_canonical("(encoded)", code);
		/* Type it back as a person might. */
		for (int i = 0; i < HANDOFF_CODE_LEN; i++) {
			uint8_t how = k < size ? data[k++] : 0;
			char c = code[i];

			if (how & 1)
				human[h++] = (how & 2) ? '-' : ' ';
			if (c == '0' && (how & 4))
				c = (how & 8) ? 'o' : 'O';
			else if (c == '1' && (how & 4))
				c = "IiLl"[(how >> 3) & 3];
			else if (c >= 'A' && c <= 'Z' && (how & 16))
				c = (char)(c - 'A' + 'a');
			human[h++] = c;
		}
		human[h] = '\0';
		if (!handoff_code_normalize(human, back) || strcmp(back, code) != 0)
			fail("a code typed back is not read back", human, code);
	}
	return 0;
}
