/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The test handshake: how a harness on the other side of the terminal
 * learns that the program has read every key it sent and drawn the
 * result, without guessing from time.  Off unless the environment asks.
 *
 * ORIENTATION_SYNC_FD=N names a descriptor open for writing (a socket or
 * a pipe the harness reads).  The protocol, in-band so that it keeps its
 * place among the keys:
 *   1. After its first frame is on the terminal, the program writes "0\n".
 *      Only then may the harness type (before, the terminal may still be
 *      in cooked mode and echo).
 *   2. The harness writes some keys, then the fence HANDSHAKE_FENCE, a
 *      private sequence that no terminal sends.
 *   3. The program reads keys in order.  When it reads the k-th fence,
 *      every key before it has been handled; it draws the screen if
 *      anything changed, flushes it to the terminal, then writes "k\n".
 *   4. The harness, on reading "k\n", drains the terminal (everything the
 *      program wrote before the number is there: the kernel pushes a
 *      pty's pending output when the reader polls) and reads the screen.
 *   While keys wait to be read and no fence is owed, the program does not
 *   draw (a burst of keys costs one frame, not one each).
 * The fence is not a key: it does not count as activity (idle warning),
 * does not answer the idle warning and never reaches a screen.  A resize
 * the harness made before the fence is applied before the answer.
 *
 * ORIENTATION_TEST_FRAME_DELAY_MS=N (tests only) waits N ms before each
 * frame, to show that no test depends on the program's speed.
 *
 * Global state; one program, one terminal.
 */
#ifndef UI_HANDSHAKE_H
#define UI_HANDSHAKE_H

#include <stdbool.h>
#include <stddef.h>

/* CSI > 5179 ~ : a private-parameter CSI that terminals only send as
 * replies, never as keys. */
#define HANDSHAKE_FENCE "\033[>5179~"

/* The key code the fence is read as: far above curses's KEY_MAX (0777)
 * and the codes curses gives the extended keys of a terminal description. */
#define HANDSHAKE_KEY 0x11ff

/** Read the environment; bind the fence to HANDSHAKE_KEY for curses's own
 *  key reader.  Call once, after the curses screen exists. */
void handshake_init(void);

/**
 * For a byte-level key reader: whether the @len bytes at @buf begin with
 * the fence (to be read as HANDSHAKE_KEY).  @return the fence's length if
 * they do, -1 if they are a proper beginning of it (read more before
 * deciding), 0 if not or if the handshake is off.  A reader should try it
 * at every ESC, also inside a paste or an unterminated string, so that a
 * fence is never swallowed.
 */
int handshake_match(const char *buf, size_t len);

/** Whether key code @code is the fence (and the handshake is on). */
bool handshake_is_key(int code);

/** A fence was read: its answer is owed after the next frame. */
void handshake_fence(void);

/** Whether a fence waits for its answer (draw now, even if keys wait). */
bool handshake_owed(void);

/** Before drawing a frame: the test delay, if any. */
void handshake_frame_delay(void);

/** After drawing: answer the fences read so far (and the first frame). */
void handshake_answer(void);

#endif
