/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The staff PIN's settings file for screen tests (staff-pin.h). */
#include "staff-pin.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/secret.h"

const char *
staff_pin_settings(const char *path, const char *pin, const char *fmt, ...)
{
	char hash[SECRET_HASH_MAX];
	va_list ap;
	FILE *f;

	if (secret_hash(pin, hash) != 0 || (f = fopen(path, "w")) == NULL) {
		perror(path);
		exit(1);
	}
	fprintf(f, "[kiosk]\nstaff_pin_hash = %s\n", hash);
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	if (fclose(f) != 0) {
		perror(path);
		exit(1);
	}
	return path;
}
