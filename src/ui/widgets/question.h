/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A page that asks about one item of a series: its place ("Question 3
 * of 20") beside a bar of the answered share, the question, the item,
 * a list of answers, then Previous and Skip and a hint.  An answer is
 * chosen like a menu item (number keys, arrows and Enter, a tap); Left
 * or a tap on Previous goes back, Right or a tap on Skip goes on.  The
 * questionnaire and the skills self-assessment are this page with their
 * own words; what an answer or a move does stays the screen's.
 *
 * Ownership: struct question lives in the screen's state (no allocation);
 * struct question_page is built by the screen for each call and only
 * read: its strings are the screen's.
 */
#ifndef UI_QUESTION_H
#define UI_QUESTION_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/screen.h"
#include "ui/widgets/menu.h"

struct app;
struct ui_key;
struct utterance;

struct question {
	struct menu menu;     /* the answers */
	int shown;            /* item the focus belongs to */
	bool moved;           /* the focus moved within the item: speech
	                       * says the answer, not the item again */
	int nav_y;            /* row of the Previous/Skip buttons */
	int prev_x0, prev_x1, skip_x0, skip_x1;
};

/* What one page shows and says, translated by the screen. */
struct question_page {
	const char *place;    /* "Question 3 of 20" */
	int done, total;      /* the bar: answered items of all */
	const char *ask;      /* the question above the item */
	const char *name;     /* a line in emphasis above the text; NULL:
	                       * none (the text is the item) */
	const char *text;     /* the item, wrapped onto 2 rows at most */
	int text_attr;        /* how the text is drawn */
	const char *hint;     /* the line under Previous and Skip */
	menu_label_fn label;  /* an answer as drawn */
	menu_label_fn say;    /* an answer as spoken (words only) */
	void *ctx;            /* passed to label and say */
};

/** Focus answer @selected of @count for item @item (speech says the
 *  whole item next). */
void question_focus(struct question *q, int item, int count, int selected);

/** Draw @page (Previous is dimmed on the first item). */
void question_paint(struct question *q, struct app *app,
    const struct question_page *page);

/** Handle @key: an answer chosen is stored in *@answer (the item's).
 *  @return false if it is not a key of the page; else *@move is where to
 *  go from the item: -1 back, +1 on (skipped or answered), 0 stay. */
bool question_key(struct question *q, const struct ui_key *key, int *answer,
    int *move);

/** The place, the question, the item and the answers; on a move, the
 *  answer under the cursor, or the whole item when it is new; with
 *  SCREEN_SPEAK_ALL, the hint last. */
void question_speak(struct question *q, enum screen_speak what,
    const struct question_page *page, struct utterance *out);

/** @text into @buf with a check mark after it when it is the @given
 *  answer; for a page's label. */
const char *question_label(char *buf, size_t bufsz, const char *text,
    bool given);

#endif
