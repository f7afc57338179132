/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: the CSV reader that counselors' import files go through
 * (src/store/csv-read.h), with the writer (src/store/csv-write.h) for
 * the round trip.  For any bytes, the checks of csv-check.h.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "csv-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *broke = csv_check((const char *)data, size);

	if (broke != NULL) {
		fprintf(stderr, "fuzz-csv: %s\n", broke);
		abort();
	}
	return 0;
}
