/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Random bytes from the kernel (getrandom), for hand-off codes.
 */
#ifndef UTIL_RANDOM_H
#define UTIL_RANDOM_H

#include <stddef.h>
#include <stdint.h>

/* A source of random bytes; tests pass their own. */
typedef int (*random_fn)(uint8_t *buf, size_t n);

/**
 * Fill @buf with @n random bytes from getrandom().
 * @return 0, or -1 if the kernel gave none (errno set).
 */
int random_bytes(uint8_t *buf, size_t n);

#endif
