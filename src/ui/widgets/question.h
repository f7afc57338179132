/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A page that asks about one item of a series: its place ("Question 3
 * of 20") beside a bar of the answered share, the question, the item,
 * a list of answers, then Previous and Skip and a hint.  An answer is
 * chosen like a menu item (number keys, arrows and Enter, a tap); Left
 * or a tap on Previous goes back, Right or a tap on Skip goes on.  The
 * questionnaire and the skills self-assessment are this page with their
 * own words (a struct question_series); the page reads and keeps the
 * ratings in the session, and what a move does stays the screen's.
 *
 * Ownership: struct question lives in the screen's state (no allocation);
 * the series and the texts are the screen's.
 */
#ifndef UI_QUESTION_H
#define UI_QUESTION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/session.h"
#include "ui/screen.h"
#include "ui/widgets/menu.h"

struct app;
struct ui_key;
struct utterance;

/*
 * What a series asks, the same for each of its items; the screen's
 * (static), never copied.
 */
struct question_series {
	enum session_series series; /* where its ratings are kept */
	int (*rated)(const struct session *se); /* how many are given */
	const char *place;    /* N_() "Question %d of %d": the item's number,
	                       * then how many there are */
	const char *ask;      /* N_() the question above each item */
	const char *hint;     /* N_() the line under Previous and Skip */
	const char *const *answers; /* N_() the answers, rated 0 to count - 1 */
	int count;
	int neutral;          /* the answer focused where none is given */
	int text_role;        /* enum ui_role of an item's text */
	/* Item @index's text in the current language, and in *@name a line
	 * in emphasis above it (NULL: none); @ctx is the screen's state. */
	const char *(*text)(void *ctx, int index, const char **name);
	/* The visitor went on from the last item (answered or skipped);
	 * @ctx is the screen's state. */
	void (*done)(struct app *app, void *ctx);
};

struct question {
	const struct question_series *series;
	struct menu menu;     /* the answers */
	int shown;            /* item the focus belongs to */
	bool moved;           /* the focus moved within the item: speech
	                       * says the answer, not the item again */
	int nav_y;            /* row of the Previous/Skip buttons */
	int prev_x0, prev_x1, skip_x0, skip_x1;
	char place[256];      /* "Question 3 of 20", as last drawn or said */
};

/** Set @q up for @series (numbered answers) and focus the item on
 *  screen. */
void question_open(struct question *q, struct app *app,
    const struct question_series *series);

/** Focus the item on screen: its answer, or the neutral one (speech says
 *  the whole item next). */
void question_show(struct question *q, struct app *app);

/*
 * Screen ops for a state that begins with its struct question, set up by
 * question_open; the state is the ctx of the series' text and go.
 */
/* Draw the item on screen (Previous is dimmed on the first item). */
void question_paint(struct app *app, void *state);
/* An answer chosen is kept as the item's rating and goes on; Previous
 * and Skip go back and on (Previous stays on the first item; on from the
 * last is the series' done). */
bool question_key(struct app *app, void *state, const struct ui_key *key);
/* The place, the question, the item and the answers; on a move, the
 * answer under the cursor, or the whole item when it is new; with
 * SCREEN_SPEAK_ALL, the hint last. */
void question_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out);

#endif
