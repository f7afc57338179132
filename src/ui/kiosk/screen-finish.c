/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The end of a visit: an optional "Was this helpful?" (1 to 5, kept only
 * as an anonymous figure), then the screen is cleared for the next person.
 * A list to choose from (widgets/picklist.h), its rows fixed.
 */
#include <stdio.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "util/i18n.h"

#define RATINGS 5

static const char *const labels[RATINGS + 1] = {
	N_("Not helpful"),
	N_("A little helpful"),
	N_("Fairly helpful"),
	N_("Helpful"),
	N_("Very helpful"),
	N_("I'd rather not say"),
};

/* The question and what happens to the answer. */
static const struct picklist_para intro[] = {
	{ .text = N_("Was this helpful?"), .rows = 1, .emphasis = true },
	{ .text = N_("Your answer is counted without anything that could tell "
	    "who you are. Then the screen is cleared for the next person."),
	  .rows = 3 },
};

/* The rows are the fixed labels: nothing to load or free. */
static int
screen_finish_load(struct app *app, struct picklist *l)
{
	(void)app;
	(void)l;
	return RATINGS + 1;
}

static const char *
screen_finish_label(const struct picklist *l, int index)
{
	(void)l;
	return _(labels[index]);
}

static void
screen_finish_chosen(struct app *app, struct picklist *l, int index)
{
	char rating[12];

	(void)l;
	if (index < RATINGS) {
		snprintf(rating, sizeof rating, "%d", index + 1); /* fits: 1-5 */
		app_count(app, STATE_USAGE_RATING, rating);
	}
	app_wipe(app);
}

static const struct picklist_look look = {
	.top = 1, .paras = intro, .nparas = sizeof intro / sizeof intro[0],
	.numbered = true,
	.selected = RATINGS,    /* saying nothing is the default */
	.load = screen_finish_load,
	.label = screen_finish_label, .chosen = screen_finish_chosen,
};

const struct screen_ops screen_finish_ops = {
	.title = N_("Goodbye"),
	.help = N_("Choose how helpful this was, from 1 to 5, or the last line "
	    "to say nothing. The screen is then cleared."),
	PICKLIST_OPS(look),
};
