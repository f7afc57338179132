/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A scrolling document: lines are numbered from 0 and only those inside
 * the visible window are drawn.  Screens that read like a page (profile,
 * service and occupation details) write into one and scroll it.
 *
 * A document with .say set is spoken instead of drawn: the same code that
 * paints a page adds its words to the utterance (doc_text and doc_field
 * add a sentence, doc_row is -1 so nothing is drawn, doc_finish does
 * nothing), so what is heard cannot drift from what is shown.
 */
#ifndef UI_DOC_H
#define UI_DOC_H

#include <stddef.h>

struct utterance;

struct doc {
	int top;   /* screen row of the first visible line */
	int rows;  /* visible rows */
	int skip;  /* document lines scrolled away */
	int line;  /* next document line to write */
	struct utterance *say; /* speak into this instead of drawing */
};

/** Screen row of document line @l, or -1 if it is not visible. */
int doc_row(const struct doc *d, int l);

/** Add @text, word-wrapped to @width, at column @x. */
void doc_text(struct doc *d, int x, int width, const char *text, int attr);

/** doc_text() of a list item ("• label", "– step"): its further lines
 *  go @hang columns in, under its words rather than its bullet. */
void doc_item(struct doc *d, int x, int width, int hang, const char *text,
    int attr);

/** Add "@label: @value" (label in @label_attr), wrapped; skipped if @value
 *  is empty. */
void doc_field(struct doc *d, int x, int width, const char *label,
    const char *value, int label_attr);

/** Add an empty line. */
void doc_gap(struct doc *d);

/** Finish @d: store its length in *@lines and, when it goes on below the
 *  visible rows, say so (translated, in @attr) on the row after them, at
 *  column @x, @width wide. */
void doc_finish(struct doc *d, int x, int width, int attr, int *lines);

#endif
