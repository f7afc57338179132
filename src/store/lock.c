/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The lock file beside the state database (see lock.h).
 */
#include "lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/xmalloc.h"

/* Open (creating it 0600) the lock file of @db_path; -1 with errno. */
static int
lock_open(const char *db_path)
{
	char *path = xasprintf("%s.lock", db_path);
	int fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	int saved = errno;

	free(path);
	errno = saved;
	return fd;
}

int
lock_shared(const char *db_path)
{
	struct timespec pause = { .tv_nsec = 10 * 1000000L };
	int fd = lock_open(db_path);

	if (fd < 0)
		return -2;
	for (int waited = 0; waited <= LOCK_WAIT_MS; waited += 10) {
		if (flock(fd, LOCK_SH | LOCK_NB) == 0)
			return fd;
		if (errno != EWOULDBLOCK && errno != EINTR) {
			/* A file system without flock: no restore there either. */
			close(fd);
			return -2;
		}
		nanosleep(&pause, NULL);
	}
	close(fd);
	return -1;
}

int
lock_exclusive(const char *db_path)
{
	int fd = lock_open(db_path), saved;

	if (fd < 0)
		return -1;
	if (flock(fd, LOCK_EX | LOCK_NB) == 0)
		return fd;
	saved = errno;
	close(fd);
	errno = saved;
	return -1;
}

void
lock_release(int fd)
{
	if (fd >= 0)
		close(fd);
}
