/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Terminal input, byte by byte: characters (UTF-8), named keys from the
 * escape sequences of xterm, rxvt, the Linux console, screen/tmux and
 * vt100, mouse clicks (X10 and SGR reports), and bracketed paste.  Every
 * escape sequence (CSI, SS3, OSC, DCS, APC, PM, SOS) is read whole; one
 * that is not a known key is dropped, never turned into Esc plus letters.
 * Esc followed by a character that begins no sequence is the Esc key and
 * then that character (two keys typed quickly, or Meta+key).  Pure: no
 * terminal, no clock; the reader says when input has paused
 * (keyseq_timeout), which is how a lone Esc is told from a sequence.
 */
#ifndef CORE_KEYSEQ_H
#define CORE_KEYSEQ_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

enum keyseq_kind {
	KEYSEQ_CHAR,    /* typed character in .ch (control characters too) */
	KEYSEQ_PASTE,   /* character of pasted text in .ch (controls as ' ') */
	KEYSEQ_KEY,     /* named key in .key */
	KEYSEQ_CLICK,   /* button 1 pressed at .y, .x (0-based) */
	KEYSEQ_DEFINED, /* a sequence given to keyseq_define: code in .key */
};

enum keyseq_key {
	KEYSEQ_ESC = 1,
	KEYSEQ_UP,
	KEYSEQ_DOWN,
	KEYSEQ_LEFT,
	KEYSEQ_RIGHT,
	KEYSEQ_HOME,
	KEYSEQ_END,
	KEYSEQ_INSERT,
	KEYSEQ_DELETE,
	KEYSEQ_PAGE_UP,
	KEYSEQ_PAGE_DOWN,
	KEYSEQ_BACK_TAB,
	KEYSEQ_ENTER,   /* the keypad's Enter */
	KEYSEQ_F0 = 32, /* KEYSEQ_F(1) .. KEYSEQ_F(12) */
};
#define KEYSEQ_F(n) (KEYSEQ_F0 + (n))

struct keyseq_event {
	enum keyseq_kind kind;
	wchar_t ch;     /* KEYSEQ_CHAR, KEYSEQ_PASTE */
	int key;        /* KEYSEQ_KEY: enum keyseq_key; KEYSEQ_DEFINED: code */
	int y, x;       /* KEYSEQ_CLICK */
};

/* How long the reader may wait for the rest of what has begun. */
enum keyseq_wait {
	KEYSEQ_WAIT_NONE,     /* nothing pending */
	KEYSEQ_WAIT_ESC,      /* a lone Esc so far: the Esc delay */
	KEYSEQ_WAIT_SEQUENCE, /* inside a sequence or a character */
	KEYSEQ_WAIT_PASTE,    /* inside pasted text */
};

#define KEYSEQ_SEQ_MAX 64     /* bytes of a sequence kept for matching */
#define KEYSEQ_DEFINED_MAX 8  /* sequences keyseq_define can hold */

/* The decoder's state; zero it with keyseq_init.  Owns nothing. */
struct keyseq {
	int state;                      /* where in a sequence (keyseq.c) */
	unsigned char seq[KEYSEQ_SEQ_MAX]; /* the sequence so far */
	size_t len;                     /* its length; may exceed seq[] */
	int mouse_left;                 /* bytes of an X10 report to come */
	bool paste;                     /* inside bracketed paste */
	mbstate_t mb;                   /* a character being decoded */
	bool in_char;                   /* mb holds a partial character */
	bool has_replay;                /* a byte to read again: */
	unsigned char replay;           /* the one after a lone Esc */
	struct {
		char seq[KEYSEQ_SEQ_MAX];
		int code;
	} defined[KEYSEQ_DEFINED_MAX];
	int ndefined;
};

/** Start (or restart) @d with nothing pending and nothing defined. */
void keyseq_init(struct keyseq *d);

/**
 * Report the escape sequence @seq (a NUL-terminated copy is kept) as a
 * KEYSEQ_DEFINED event with @code, before any built-in meaning.
 * @return false if the table is full or @seq is empty or too long.
 */
bool keyseq_define(struct keyseq *d, const char *seq, int code);

/**
 * Feed one byte.  Characters are decoded in the current locale's
 * multibyte encoding (UTF-8 for the kiosk).
 * @return true if @ev now holds a complete event.
 */
bool keyseq_byte(struct keyseq *d, unsigned char b, struct keyseq_event *ev);

/**
 * After an event from keyseq_byte, a second one the same byte may hold
 * (Esc then the key typed right after it).  Call until false before
 * feeding the next byte.
 * @return true if @ev holds an event.
 */
bool keyseq_more(struct keyseq *d, struct keyseq_event *ev);

/** What the decoder waits for. */
enum keyseq_wait keyseq_waiting(const struct keyseq *d);

/**
 * Input paused: a lone Esc becomes the Esc key; a sequence or character
 * cut short is dropped; pasted text ends (so does it at any escape
 * sequence, since terminals take Esc out of what is pasted).
 * @return true if @ev holds an event (only the Esc key).
 */
bool keyseq_timeout(struct keyseq *d, struct keyseq_event *ev);

#endif
