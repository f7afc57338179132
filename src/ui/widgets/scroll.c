/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Keyboard scrolling for document screens (about, profile, details).
 */
#include "ui/widgets/scroll.h"

#include <curses.h>

#include "ui/screen.h"

bool
scroll_key(int *scroll, int lines, int rows, const struct ui_key *key)
{
	int max = lines - rows > 0 ? lines - rows : 0;
	int page = rows > 1 ? rows - 1 : 1;

	if (key->kind != UI_KEY_CODE)
		return false;
	switch (key->code) {
	case KEY_UP:
		(*scroll)--;
		break;
	case KEY_DOWN:
		(*scroll)++;
		break;
	case KEY_PPAGE:
		*scroll -= page;
		break;
	case KEY_NPAGE:
		*scroll += page;
		break;
	case KEY_HOME:
		*scroll = 0;
		break;
	case KEY_END:
		*scroll = max;
		break;
	default:
		return false;
	}
	if (*scroll > max)
		*scroll = max;
	if (*scroll < 0)
		*scroll = 0;
	return true;
}
