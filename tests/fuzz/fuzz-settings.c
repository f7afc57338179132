/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: the settings file (src/util/settings.h, parsed by inih).
 * The input is written to an in-memory file that settings_load() reads
 * through /proc/self/fd.  Whatever the file holds, the result is one of
 * the known codes, a line number is given for a bad line, and on success
 * every number is in its documented range.
 */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "util/settings.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fd = -1;
static char path[64];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fd = memfd_create("orientation-settings", 0);
	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct settings c;
	enum settings_result r;
	int line = -1;

	if (ftruncate(fd, 0) != 0 ||
	    (size > 0 && pwrite(fd, data, size, 0) != (ssize_t)size))
		abort();
	settings_defaults(&c);
	r = settings_load(path, &c, &line);
	switch (r) {
	case SETTINGS_OK:
		if (c.idle_seconds < 0 || c.idle_seconds > 86400 ||
		    c.warning_seconds < 1 || c.warning_seconds > 600 ||
		    c.counselor_warning_seconds < 1 ||
		    c.counselor_warning_seconds > 600 ||
		    c.retention_days < 1 || c.retention_days > 3650) {
			fprintf(stderr, "fuzz-settings: value out of range\n");
			abort();
		}
		break;
	case SETTINGS_CANNOT_READ:
		fprintf(stderr, "fuzz-settings: the file could not be read\n");
		abort();
	case SETTINGS_BAD_LINE:
	case SETTINGS_UNKNOWN_KEY:
	case SETTINGS_BAD_VALUE:
		if (line < 1) {
			fprintf(stderr, "fuzz-settings: no line for error %d\n", r);
			abort();
		}
		break;
	default:
		fprintf(stderr, "fuzz-settings: unknown result %d\n", r);
		abort();
	}
	settings_free(&c);
	return 0;
}
