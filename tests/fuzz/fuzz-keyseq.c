/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target: the terminal input decoder (src/core/keyseq.h).
 *
 *  - Every event is well formed: a named key of the enum, a click at
 *    non-negative coordinates, a character that is neither Esc nor a C1
 *    control nor beyond Unicode, a defined sequence's own code.
 *  - Esc never arrives as a character: unknown sequences are dropped,
 *    never turned into Esc plus letters.
 *  - Whatever came before, once input pauses the decoder is back at rest
 *    (nothing pending), and the next Up, Delete or F12 is read as such.
 * Input bytes 0xfe 0xfe stand for a pause (keyseq_timeout).
 */
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/keyseq.h"

#define FENCE 777

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stop with a report. */
static void
fail(const char *what, const struct keyseq_event *ev)
{
	fprintf(stderr, "fuzz-keyseq: %s (kind %d, key %d, ch %lx, %d,%d)\n",
	    what, ev->kind, ev->key, (unsigned long)ev->ch, ev->y, ev->x);
	abort();
}

/* Check one event. */
static void
check(const struct keyseq_event *ev)
{
	switch (ev->kind) {
	case KEYSEQ_KEY:
		if (ev->key < KEYSEQ_ESC || (ev->key > KEYSEQ_ENTER &&
		    (ev->key < KEYSEQ_F(1) || ev->key > KEYSEQ_F(12))))
			fail("unknown key", ev);
		break;
	case KEYSEQ_CLICK:
		if (ev->y < 0 || ev->x < 0)
			fail("click off the screen", ev);
		break;
	case KEYSEQ_CHAR:
	case KEYSEQ_PASTE:
		if (ev->ch == 0x1b || (ev->ch >= 0x80 && ev->ch < 0xa0) ||
		    (unsigned long)ev->ch > 0x10ffff)
			fail("Esc, a C1 control or no character", ev);
		if (ev->kind == KEYSEQ_PASTE && ev->ch < 0x20)
			fail("a control character pasted", ev);
		break;
	case KEYSEQ_DEFINED:
		if (ev->key != FENCE)
			fail("a defined sequence with another code", ev);
		break;
	default:
		fail("unknown kind", ev);
	}
}

/* Feed @s; the single event it must give is @kind / @key. */
static void
expect_key(struct keyseq *d, const char *s, int key)
{
	struct keyseq_event ev = { 0 };
	int n = 0;

	for (; *s != '\0'; s++) {
		if (keyseq_byte(d, (unsigned char)*s, &ev))
			n++;
		while (keyseq_more(d, &ev))
			n++;
	}
	if (n != 1 || ev.kind != KEYSEQ_KEY || ev.key != key)
		fail("a key after a pause was not read", &ev);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	struct keyseq d;
	struct keyseq_event ev;

	if (!ready) {
		setlocale(LC_ALL, "C.UTF-8");
		ready = true;
	}
	keyseq_init(&d);
	keyseq_define(&d, "\033_fence\033\\", FENCE);
	for (size_t i = 0; i < size; i++) {
		if (data[i] == 0xfe && i + 1 < size && data[i + 1] == 0xfe) {
			if (keyseq_timeout(&d, &ev))
				check(&ev);
			i++;
			continue;
		}
		if (keyseq_byte(&d, data[i], &ev))
			check(&ev);
		while (keyseq_more(&d, &ev))
			check(&ev);
	}
	if (keyseq_timeout(&d, &ev))
		check(&ev);
	if (keyseq_waiting(&d) != KEYSEQ_WAIT_NONE)
		fail("something pending after a pause", &ev);
	expect_key(&d, "\033[A", KEYSEQ_UP);
	expect_key(&d, "\033[3~", KEYSEQ_DELETE);
	expect_key(&d, "\033[24~", KEYSEQ_F(12));
	return 0;
}
