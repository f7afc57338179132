/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The terminal input decoder (see keyseq.h): a small state machine over
 * ECMA-48's shapes (ESC, CSI parameters and final byte, SS3, control
 * strings ended by BEL or ESC \) that keeps each sequence's bytes, and
 * when one is complete looks it up: first the sequences the program
 * defined, then the keys terminals send.  Whatever is not found is
 * dropped whole.
 */
#include "keyseq.h"

#include <string.h>

#define ESC 0x1b
#define BEL 0x07
#define CAN 0x18
#define SUB 0x1a
#define DEL 0x7f

enum {
	ST_GROUND,
	ST_ESC,        /* after ESC */
	ST_CSI,        /* after ESC [ */
	ST_SS3,        /* after ESC O */
	ST_STRING,     /* OSC, DCS, SOS, PM, APC: until BEL or ESC \ */
	ST_STRING_ESC, /* ESC inside a string */
	ST_LINUX_F,    /* after ESC [ [: the Linux console's F1..F5 */
	ST_MOUSE_X10,  /* after ESC [ M: three bytes of a mouse report */
};

#define PARAMS_MAX 4

/* A CSI or SS3 sequence taken apart. */
struct keyseq_parsed {
	char prefix;            /* '<', '?', '>', '=' or 0 */
	int param[PARAMS_MAX];  /* missing ones are 0 */
	int nparam;
	unsigned char final;
};

void
keyseq_init(struct keyseq *d)
{
	memset(d, 0, sizeof *d);
}

bool
keyseq_define(struct keyseq *d, const char *seq, int code)
{
	size_t n = strlen(seq);

	if (n == 0 || n >= KEYSEQ_SEQ_MAX || d->ndefined >= KEYSEQ_DEFINED_MAX)
		return false;
	memcpy(d->defined[d->ndefined].seq, seq, n + 1);
	d->defined[d->ndefined].code = code;
	d->ndefined++;
	return true;
}

enum keyseq_wait
keyseq_waiting(const struct keyseq *d)
{
	if (d->state == ST_ESC && d->len == 1)
		return KEYSEQ_WAIT_ESC;
	if (d->state != ST_GROUND || d->in_char)
		return KEYSEQ_WAIT_SEQUENCE;
	return d->paste ? KEYSEQ_WAIT_PASTE : KEYSEQ_WAIT_NONE;
}

/* Back to plain text, dropping whatever sequence was begun. */
static void
keyseq_reset(struct keyseq *d)
{
	d->state = ST_GROUND;
	d->len = 0;
	d->mouse_left = 0;
}

/* Keep byte @b of the current sequence. */
static void
keyseq_keep(struct keyseq *d, unsigned char b)
{
	if (d->len < KEYSEQ_SEQ_MAX)
		d->seq[d->len] = b;
	d->len++;
}

/* Fill @ev with a named key. */
static bool
keyseq_key(int key, struct keyseq_event *ev)
{
	*ev = (struct keyseq_event){ .kind = KEYSEQ_KEY, .key = key };
	return true;
}

/* Fill @ev with a character, typed or pasted. */
static bool
keyseq_char(struct keyseq *d, wchar_t ch, struct keyseq_event *ev)
{
	if (d->paste)
		*ev = (struct keyseq_event){ .kind = KEYSEQ_PASTE,
		    .ch = ch < 0x20 || ch == DEL ? L' ' : ch };
	else
		*ev = (struct keyseq_event){ .kind = KEYSEQ_CHAR, .ch = ch };
	return true;
}

/* A click of button 1 at 1-based @row, @col; other buttons, releases,
 * motion and the wheel are dropped. */
static bool
keyseq_click(int button, bool press, int row, int col,
    struct keyseq_event *ev)
{
	/* Low two bits: the button; 4, 8, 16: Shift, Meta, Ctrl; 32:
	 * motion; 64 and up: wheel and extra buttons. */
	if (!press || (button & ~(4 | 8 | 16)) != 0 || row < 1 ||
	    col < 1)
		return false;
	*ev = (struct keyseq_event){ .kind = KEYSEQ_CLICK, .y = row - 1,
	    .x = col - 1 };
	return true;
}

/* The sequence as the program defined it, if it did. */
static bool
keyseq_find_defined(struct keyseq *d, struct keyseq_event *ev)
{
	if (d->len >= KEYSEQ_SEQ_MAX)
		return false;
	for (int i = 0; i < d->ndefined; i++) {
		if (strlen(d->defined[i].seq) == d->len &&
		    memcmp(d->defined[i].seq, d->seq, d->len) == 0) {
			*ev = (struct keyseq_event){ .kind = KEYSEQ_DEFINED,
			    .key = d->defined[i].code };
			return true;
		}
	}
	return false;
}

/* Take the kept CSI or SS3 sequence apart (after its two-byte opener). */
static void
keyseq_parse(const struct keyseq *d, struct keyseq_parsed *p)
{
	size_t i = 2, end = d->len - 1;

	memset(p, 0, sizeof *p);
	p->final = d->seq[end];
	if (i < end && strchr("<=>?", d->seq[i]) != NULL)
		p->prefix = (char)d->seq[i++];
	if (i < end)
		p->nparam = 1;
	for (; i < end; i++) {
		unsigned char c = d->seq[i];

		if (c >= '0' && c <= '9') {
			int *v = &p->param[p->nparam - 1];

			if (*v < 100000)
				*v = *v * 10 + (c - '0');
		} else if (c == ';') {
			if (p->nparam == PARAMS_MAX)
				break;
			p->nparam++;
		}
		/* ':' sub-parameters and intermediates carry nothing we use */
	}
}

/* Keys sent as CSI number ~ (and rxvt's ^ @ $ for Ctrl and Shift). */
static int
keyseq_tilde_key(int n)
{
	static const int keys[] = {
		[1] = KEYSEQ_HOME, [2] = KEYSEQ_INSERT, [3] = KEYSEQ_DELETE,
		[4] = KEYSEQ_END, [5] = KEYSEQ_PAGE_UP, [6] = KEYSEQ_PAGE_DOWN,
		[7] = KEYSEQ_HOME, [8] = KEYSEQ_END,
		[11] = KEYSEQ_F(1), [12] = KEYSEQ_F(2), [13] = KEYSEQ_F(3),
		[14] = KEYSEQ_F(4), [15] = KEYSEQ_F(5), [17] = KEYSEQ_F(6),
		[18] = KEYSEQ_F(7), [19] = KEYSEQ_F(8), [20] = KEYSEQ_F(9),
		[21] = KEYSEQ_F(10), [23] = KEYSEQ_F(11), [24] = KEYSEQ_F(12),
	};

	if (n < 0 || n >= (int)(sizeof keys / sizeof keys[0]))
		return 0;
	return keys[n];
}

/* Keys whose final byte names them, in CSI and SS3 alike. */
static int
keyseq_final_key(unsigned char final)
{
	switch (final) {
	case 'A': case 'a': return KEYSEQ_UP;  /* a-d: rxvt, Shift/Ctrl */
	case 'B': case 'b': return KEYSEQ_DOWN;
	case 'C': case 'c': return KEYSEQ_RIGHT;
	case 'D': case 'd': return KEYSEQ_LEFT;
	case 'H': return KEYSEQ_HOME;
	case 'F': return KEYSEQ_END;
	case 'P': return KEYSEQ_F(1);
	case 'Q': return KEYSEQ_F(2);
	case 'R': return KEYSEQ_F(3);
	case 'S': return KEYSEQ_F(4);
	case 'Z': return KEYSEQ_BACK_TAB;
	default: return 0;
	}
}

/* A complete CSI sequence. */
static bool
keyseq_csi(struct keyseq *d, struct keyseq_event *ev)
{
	struct keyseq_parsed p;
	int key;

	keyseq_parse(d, &p);
	if (p.prefix == '<' && (p.final == 'M' || p.final == 'm') &&
	    p.nparam == 3)
		return keyseq_click(p.param[0], p.final == 'M', p.param[2],
		    p.param[1], ev);
	if (p.prefix != 0)
		return false;   /* replies to queries, never keys */
	switch (p.final) {
	case '~': case '^': case '@': case '$':
		if (p.param[0] == 200 || p.param[0] == 201) {
			d->paste = p.param[0] == 200;
			return false;
		}
		key = keyseq_tilde_key(p.param[0]);
		return key != 0 && keyseq_key(key, ev);
	case 'M':
		/* urxvt's 1015 report: button + 32 ; column ; row */
		return p.nparam == 3 && keyseq_click(p.param[0] - 32,
		    ((p.param[0] - 32) & 3) != 3, p.param[2], p.param[1], ev);
	case 'R':
		/* Shift+F3 and so on, never a cursor position report */
		if (p.nparam != 0 && (p.nparam != 2 || p.param[0] != 1 ||
		    p.param[1] < 2))
			return false;
		break;
	case 'Z':
		if (p.nparam != 0)
			return false;
		break;
	default:
		/* xterm: no parameters, or 1;modifier */
		if (p.nparam > 2 || (p.nparam >= 1 && p.param[0] > 1))
			return false;
		break;
	}
	key = keyseq_final_key(p.final);
	return key != 0 && keyseq_key(key, ev);
}

/* A complete SS3 sequence: cursor and function keys, and the keypad in
 * application mode, which types what its keys show. */
static bool
keyseq_ss3(struct keyseq *d, struct keyseq_event *ev)
{
	static const char keypad[] = "*+,-./0123456789";
	unsigned char final = d->seq[d->len - 1];
	int key;

	if (final >= 'j' && final <= 'y')
		return keyseq_char(d, (wchar_t)keypad[final - 'j'], ev);
	if (final == 'X')
		return keyseq_char(d, L'=', ev);
	if (final == 'M')
		return keyseq_key(KEYSEQ_ENTER, ev);
	key = keyseq_final_key(final);
	return key != 0 && final != 'Z' && keyseq_key(key, ev);
}

/* A typed or pasted byte outside any sequence. */
static bool
keyseq_text(struct keyseq *d, unsigned char b, struct keyseq_event *ev)
{
	wchar_t wc;
	char c = (char)b;
	size_t r;

	if (b < 0x80) {
		if (d->in_char) {
			/* a character cut short: drop it */
			memset(&d->mb, 0, sizeof d->mb);
			d->in_char = false;
		}
		return keyseq_char(d, (wchar_t)b, ev);
	}
	r = mbrtowc(&wc, &c, 1, &d->mb);
	if (r == (size_t)-2) {
		d->in_char = true;
		return false;
	}
	if (r == (size_t)-1) {
		bool retry = d->in_char;

		memset(&d->mb, 0, sizeof d->mb);
		d->in_char = false;
		/* This byte may begin the next character. */
		return retry && keyseq_text(d, b, ev);
	}
	d->in_char = false;
	/* C1 controls; and what is no character, which glibc's decoder
	 * still accepts (5- and 6-byte forms, surrogates) */
	if ((wc >= 0x80 && wc < 0xa0) || (unsigned long)wc > 0x10ffff ||
	    (wc >= 0xd800 && wc <= 0xdfff))
		return false;
	return keyseq_char(d, wc, ev);
}

/* A complete sequence: the program's own, else a known key. */
static bool
keyseq_complete(struct keyseq *d, struct keyseq_event *ev)
{
	int state = d->state;
	bool found = false;

	/* Terminals take escape characters out of what is pasted, so a
	 * sequence means the paste is over, even if its end marker was
	 * lost. */
	d->paste = false;
	if (keyseq_find_defined(d, ev))
		found = true;
	else if (d->len <= KEYSEQ_SEQ_MAX && state == ST_CSI)
		found = keyseq_csi(d, ev);
	else if (d->len <= KEYSEQ_SEQ_MAX && state == ST_SS3)
		found = keyseq_ss3(d, ev);
	keyseq_reset(d);
	return found;
}

/* Byte @b after ESC. */
static bool
keyseq_after_esc(struct keyseq *d, unsigned char b, struct keyseq_event *ev)
{
	keyseq_keep(d, b);
	switch (b) {
	case '[':
		d->state = ST_CSI;
		return false;
	case 'O':
		d->state = ST_SS3;
		return false;
	case ']': case 'P': case 'X': case '^': case '_':
		d->state = ST_STRING;
		return false;
	case ESC:
		/* Esc pressed twice (two keys in one read); the second may
		 * begin a sequence. */
		d->len = 1;
		return keyseq_key(KEYSEQ_ESC, ev);
	default:
		/* Esc and a key typed right after it (or Meta+key): Esc, then
		 * the key, read again by keyseq_more; unless the program
		 * defined the pair */
		if (keyseq_find_defined(d, ev)) {
			keyseq_reset(d);
			return true;
		}
		keyseq_reset(d);
		d->has_replay = true;
		d->replay = b;
		return keyseq_key(KEYSEQ_ESC, ev);
	}
}

/* Byte @b inside a CSI or SS3 sequence. */
static bool
keyseq_in_sequence(struct keyseq *d, unsigned char b, struct keyseq_event *ev)
{
	if (b == ESC) {
		keyseq_reset(d);
		d->state = ST_ESC;
		keyseq_keep(d, b);
		return false;
	}
	if (b == CAN || b == SUB || b >= DEL) {
		keyseq_reset(d);
		return false;
	}
	if (b < 0x20)
		return false;   /* a control inside a sequence: ignored */
	keyseq_keep(d, b);
	/* rxvt ends Shift+Insert and the like with '$' */
	if (b < 0x40 && !(d->state == ST_CSI && b == '$'))
		return false;   /* parameter or intermediate byte */
	if (d->state == ST_CSI && d->len == 3 && b == '[') {
		d->state = ST_LINUX_F;
		return false;
	}
	if (d->state == ST_CSI && d->len == 3 && b == 'M') {
		d->state = ST_MOUSE_X10;
		d->mouse_left = 3;
		return false;
	}
	return keyseq_complete(d, ev);
}

/* Byte @b inside a control string, or just after an ESC there. */
static bool
keyseq_in_string(struct keyseq *d, unsigned char b, struct keyseq_event *ev)
{
	if (d->state == ST_STRING) {
		if (b == ESC) {
			d->state = ST_STRING_ESC;
			return false;
		}
		if (b == CAN || b == SUB) {
			keyseq_reset(d);
			return false;
		}
		keyseq_keep(d, b);
		return b == BEL && keyseq_complete(d, ev);
	}
	if (b == '\\') {
		keyseq_keep(d, ESC);
		keyseq_keep(d, b);
		return keyseq_complete(d, ev);
	}
	/* ESC and anything else also ends the string; the ESC begins the
	 * next sequence. */
	keyseq_reset(d);
	d->state = ST_ESC;
	keyseq_keep(d, ESC);
	return keyseq_after_esc(d, b, ev);
}

bool
keyseq_byte(struct keyseq *d, unsigned char b, struct keyseq_event *ev)
{
	switch (d->state) {
	case ST_ESC:
		return keyseq_after_esc(d, b, ev);
	case ST_CSI:
	case ST_SS3:
		return keyseq_in_sequence(d, b, ev);
	case ST_STRING:
	case ST_STRING_ESC:
		return keyseq_in_string(d, b, ev);
	case ST_LINUX_F:
		if (b == ESC) {
			keyseq_reset(d);   /* cut short: a new sequence begins */
			break;
		}
		keyseq_keep(d, b);
		keyseq_reset(d);
		return b >= 'A' && b <= 'E' &&
		    keyseq_key(KEYSEQ_F(1 + b - 'A'), ev);
	case ST_MOUSE_X10:
		/* Report bytes are 32 and up: a control cuts it short, and an
		 * ESC begins a new sequence (a fence must never be eaten). */
		if (b < 0x20) {
			keyseq_reset(d);
			if (b != ESC)
				return false;
			break;
		}
		keyseq_keep(d, b);
		if (--d->mouse_left > 0)
			return false;
		keyseq_reset(d);
		/* button + 32, column + 32, row + 32 (1-based) */
		return keyseq_click(d->seq[3] - 32, (d->seq[3] & 3) != 3,
		    d->seq[5] - 32, d->seq[4] - 32, ev);
	default:
		if (b != ESC)
			return keyseq_text(d, b, ev);
		if (d->in_char) {
			memset(&d->mb, 0, sizeof d->mb);
			d->in_char = false;
		}
		break;
	}
	/* ESC: a sequence begins */
	d->state = ST_ESC;
	keyseq_keep(d, b);
	return false;
}

bool
keyseq_more(struct keyseq *d, struct keyseq_event *ev)
{
	if (!d->has_replay)
		return false;
	d->has_replay = false;
	return keyseq_byte(d, d->replay, ev);
}

bool
keyseq_timeout(struct keyseq *d, struct keyseq_event *ev)
{
	bool esc = d->state == ST_ESC && d->len == 1;

	keyseq_reset(d);
	memset(&d->mb, 0, sizeof d->mb);
	d->in_char = false;
	d->paste = false;
	if (esc)
		*ev = (struct keyseq_event){ .kind = KEYSEQ_KEY,
		    .key = KEYSEQ_ESC };
	return esc;
}
