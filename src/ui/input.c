/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Keyboard and mouse input (see input.h).  curses still reads the bytes,
 * so its handling of SIGWINCH (KEY_RESIZE) and of gpm on the Linux
 * console (KEY_MOUSE) keeps working; every escape sequence is decoded by
 * core/keyseq.c, the same way on every terminal.
 */
#include "ui/input.h"

#include <curses.h>
#include <poll.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "ui/screen.h"

/* How long to wait for the rest of what has begun, in milliseconds. */
#define INPUT_ESC_MS 25        /* after a lone Esc: then it is the Esc key */
#define INPUT_SEQUENCE_MS 200  /* inside a sequence or a character */
#define INPUT_PASTE_MS 1000    /* inside pasted text */

#define INPUT_PASTE_ON "\033[?2004h"
#define INPUT_PASTE_OFF "\033[?2004l"

void
input_init(struct input *in)
{
	const char *term = termname();

	keyseq_init(&in->dec);
	keypad(stdscr, FALSE);
	mousemask(BUTTON1_CLICKED, NULL);
	/* The Linux console and the vt100 family have no bracketed paste;
	 * every other terminal we know either has it or ignores the mode. */
	in->paste_mode = term != NULL && strncmp(term, "linux", 5) != 0 &&
	    strncmp(term, "vt", 2) != 0;
	if (in->paste_mode)
		putp(INPUT_PASTE_ON);
}

void
input_end(struct input *in)
{
	if (in->paste_mode)
		putp(INPUT_PASTE_OFF);
	in->paste_mode = false;
}

bool
input_define(struct input *in, const char *seq, int code)
{
	return keyseq_define(&in->dec, seq, code);
}

/* The curses code of a named key. */
static int
input_curses_key(int key)
{
	switch (key) {
	case KEYSEQ_ESC: return UI_KEY_ESC;
	case KEYSEQ_UP: return KEY_UP;
	case KEYSEQ_DOWN: return KEY_DOWN;
	case KEYSEQ_LEFT: return KEY_LEFT;
	case KEYSEQ_RIGHT: return KEY_RIGHT;
	case KEYSEQ_HOME: return KEY_HOME;
	case KEYSEQ_END: return KEY_END;
	case KEYSEQ_INSERT: return KEY_IC;
	case KEYSEQ_DELETE: return KEY_DC;
	case KEYSEQ_PAGE_UP: return KEY_PPAGE;
	case KEYSEQ_PAGE_DOWN: return KEY_NPAGE;
	case KEYSEQ_BACK_TAB: return KEY_BTAB;
	case KEYSEQ_ENTER: return KEY_ENTER;
	default: return KEY_F(key - KEYSEQ_F0);
	}
}

/* Turn a decoded event into @key. */
static void
input_convert(const struct keyseq_event *ev, struct ui_key *key)
{
	switch (ev->kind) {
	case KEYSEQ_KEY:
		*key = (struct ui_key){ .kind = UI_KEY_CODE,
		    .code = input_curses_key(ev->key) };
		break;
	case KEYSEQ_DEFINED:
		*key = (struct ui_key){ .kind = UI_KEY_CODE, .code = ev->key };
		break;
	case KEYSEQ_CLICK:
		*key = (struct ui_key){ .kind = UI_KEY_CLICK, .y = ev->y,
		    .x = ev->x };
		break;
	case KEYSEQ_PASTE:
		*key = (struct ui_key){ .kind = UI_KEY_PASTE, .ch = (wint_t)ev->ch };
		break;
	case KEYSEQ_CHAR:
	default:
		if (ev->ch == '\r' || ev->ch == '\n')
			*key = (struct ui_key){ .kind = UI_KEY_CODE,
			    .code = KEY_ENTER };
		else if (ev->ch == 127 || ev->ch == 8)
			*key = (struct ui_key){ .kind = UI_KEY_CODE,
			    .code = KEY_BACKSPACE };
		else if (ev->ch < 32)
			*key = (struct ui_key){ .kind = UI_KEY_CODE,
			    .code = (int)ev->ch };
		else
			*key = (struct ui_key){ .kind = UI_KEY_CHAR,
			    .ch = (wint_t)ev->ch };
		break;
	}
}

/* A click that curses read itself (gpm on the Linux console). */
static bool
input_curses_mouse(struct ui_key *key)
{
	MEVENT ev;

	if (getmouse(&ev) != OK ||
	    !(ev.bstate & (BUTTON1_CLICKED | BUTTON1_RELEASED)))
		return false;
	*key = (struct ui_key){ .kind = UI_KEY_CLICK, .y = ev.y, .x = ev.x };
	return true;
}

bool
input_waiting(const struct input *in)
{
	return input_wait(in, 0);
}

bool
input_wait(const struct input *in, int ms)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

	if (in->dec.has_replay)
		return true;
	return poll(&p, 1, ms) > 0 && (p.revents & POLLIN) != 0;
}

bool
input_read(struct input *in, struct ui_key *key, int ms)
{
	struct keyseq_event ev;

	if (keyseq_more(&in->dec, &ev)) {
		input_convert(&ev, key);
		return true;
	}
	for (;;) {
		enum keyseq_wait wait = keyseq_waiting(&in->dec);
		int c;

		timeout(wait == KEYSEQ_WAIT_NONE ? ms :
		    wait == KEYSEQ_WAIT_ESC ? INPUT_ESC_MS :
		    wait == KEYSEQ_WAIT_PASTE ? INPUT_PASTE_MS :
		    INPUT_SEQUENCE_MS);
		c = getch();
		if (c == ERR) {
			if (wait == KEYSEQ_WAIT_NONE)
				return false;
			if (!keyseq_timeout(&in->dec, &ev))
				return false;
			input_convert(&ev, key);
			return true;
		}
		if (c == KEY_RESIZE) {
			*key = (struct ui_key){ .kind = UI_KEY_CODE,
			    .code = KEY_RESIZE };
			return true;
		}
		if (c == KEY_MOUSE) {
			if (input_curses_mouse(key))
				return true;
			continue;
		}
		if (c < 0 || c > 255)
			continue;
		if (keyseq_byte(&in->dec, (unsigned char)c, &ev)) {
			input_convert(&ev, key);
			return true;
		}
	}
}
