/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scrolling documents (see doc.h).
 */
#include "ui/widgets/doc.h"

#include <stdlib.h>

#include "ui/widgets/draw.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

int
doc_row(const struct doc *d, int l)
{
	if (d->say != NULL || l < d->skip || l >= d->skip + d->rows)
		return -1;
	return d->top + l - d->skip;
}

void
doc_text(struct doc *d, int x, int width, const char *text, int attr)
{
	doc_item(d, x, width, 0, text, attr);
}

void
doc_item(struct doc *d, int x, int width, int hang, const char *text,
    int attr)
{
	int total;

	if (d->say != NULL) {
		utterance_add(d->say, text);
		return;
	}
	total = draw_hanging(0, 0, width, 0, 0, hang, text, attr);

	for (int i = 0; i < total; i++) {
		int row = doc_row(d, d->line + i);

		if (row >= 0)
			draw_hanging(row, x, width, 1, i, hang, text, attr);
	}
	d->line += total;
}

void
doc_field(struct doc *d, int x, int width, const char *label,
    const char *value, int label_attr)
{
	char *head;
	int w, row;

	if (value == NULL || *value == '\0')
		return;
	if (d->say != NULL) {
		utterance_addf(d->say, _("%s: %s"), label, value);
		return;
	}
	/* TRANSLATORS: a label before its value, e.g. "Phone: "; French
	 * puts a no-break space before the colon. */
	head = xasprintf(_("%s: "), label);
	w = draw_width(head);
	if (w > width / 3 && w + draw_width(value) > width) {
		/* A long label gets a line of its own, unless its value
		 * fits after it on the same one. */
		doc_text(d, x, width, head, label_attr);
		doc_text(d, x + 2, width - 2, value, 0);
	} else {
		int total = draw_wrapped(0, 0, width - w, 0, 0, value, 0);

		if ((row = doc_row(d, d->line)) >= 0)
			draw_text(row, x, w, head, label_attr);
		for (int i = 0; i < total; i++)
			if ((row = doc_row(d, d->line + i)) >= 0)
				draw_wrapped(row, x + w, width - w, 1, i, value, 0);
		d->line += total;
	}
	free(head);
}

void
doc_gap(struct doc *d)
{
	d->line++;
}

void
doc_finish(struct doc *d, int x, int width, int attr, int *lines)
{
	if (d->say != NULL)
		return;
	*lines = d->line;
	if (d->skip + d->rows < d->line)
		draw_text(d->top + d->rows, x, width,
		    _("More below: use the arrow keys."), attr);
}
