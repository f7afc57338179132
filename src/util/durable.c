/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Durable files (durable.h).  A file is opened without following a link:
 * the files named here are our own temporaries.
 */
#include "durable.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xmalloc.h"

int
durable_copy(const char *from, const char *to)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC), out, err = 0;
	ssize_t n;

	if (in < 0)
		return errno;
	if ((out = open(to, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW)) < 0) {
		err = errno;
		close(in);
		return err;
	}
	while (err == 0 && (n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno != EINTR)
				err = errno;
			continue;
		}
		for (ssize_t done = 0; err == 0 && done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));

			if (w < 0 && errno != EINTR)
				err = errno;
			else if (w > 0)
				done += w;
		}
	}
	if (close(out) != 0 && err == 0)
		err = errno;
	close(in);
	return err;
}

int
durable_seal(const char *path, mode_t mode)
{
	int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW), err = 0;

	if (fd < 0)
		return errno;
	if (fchmod(fd, mode) != 0 || fsync(fd) != 0)
		err = errno;
	if (close(fd) != 0 && err == 0)
		err = errno;
	return err;
}

char *
durable_folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xasprintf("%.*s", (int)(slash - path), path);
}

int
durable_sync_folder(const char *path)
{
	char *folder = durable_folder_of(path);
	int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC), err = 0;

	if (fd < 0)
		err = errno;
	free(folder);
	if (fd < 0)
		return err;
	if (fsync(fd) != 0)
		err = errno;
	close(fd);
	return err;
}
