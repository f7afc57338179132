/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: the search tokenizer (src/store/tokenizer.h).  For any
 * bytes a visitor could type or a catalog label could hold, the checks of
 * tokenizer-check.h: indexed text and query are cut into the same words,
 * no synonym comes first or repeats its word, and every way the search
 * words a query finds the text once indexed, without an FTS5 error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer-check.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct tokenizer_check *check;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if ((check = tokenizer_check_open()) == NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	const char *broke;

	memcpy(text, data, size);
	text[size] = '\0';      /* the search takes C strings */
	if ((broke = tokenizer_check_text(check, text)) != NULL) {
		fprintf(stderr, "fuzz-tokenizer: %s\n  input: \"%s\"\n", broke,
		    text);
		abort();
	}
	free(text);
	return 0;
}
