/*
 * Search a file's bytes (see bytes.h).
 */
#include "bytes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool
bytes_in_file(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	size_t n = strlen(needle), len = 0, cap = 0;
	char *data = NULL;
	bool found = false;
	int c;

	if (f == NULL)
		return false;
	while ((c = getc(f)) != EOF) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((data = realloc(data, cap)) == NULL)
				abort();
		}
		data[len++] = (char)c;
	}
	fclose(f);
	for (size_t i = 0; i + n <= len && !found; i++)
		found = memcmp(data + i, needle, n) == 0;
	free(data);
	return found;
}
