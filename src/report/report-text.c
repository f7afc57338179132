/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A walk-in's results as plain UTF-8 text, word-wrapped to 76 columns:
 * the same sections as the PDF (report-pdf.c), none of them cut, and
 * control characters of the data written as spaces.
 */
#include "config.h"

#include "report.h"
#include "report-internal.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "util/i18n.h"
#include "util/utf8.h"

#define TEXT_COLS 76

/* Columns the string @s takes. */
static int
columns(const char *s)
{
	return utf8_width(s, strlen(s));
}

/* Write @n spaces (or @c characters). */
static void
repeat(FILE *out, int c, int n)
{
	while (n-- > 0)
		putc(c, out);
}

/*
 * Write @s word-wrapped to TEXT_COLS, every line indented by @indent
 * except the first, which starts at column @col (already written).  A
 * newline in @s starts a new line; other control characters are spaces.
 * Ends with a newline.
 */
static void
wrap(FILE *out, const char *s, int indent, int col)
{
	bool line_empty = true;

	while (*s != '\0') {
		size_t len;
		int w;

		if (*s == '\n') {
			putc('\n', out);
			repeat(out, ' ', indent);
			col = indent;
			line_empty = true;
			s++;
			continue;
		}
		if ((unsigned char)*s <= ' ' || *s == 0x7f) {
			s++;
			continue;
		}
		for (len = 0; (unsigned char)s[len] > ' ' && s[len] != 0x7f; len++)
			;
		w = utf8_width(s, len);
		if (!line_empty && col + 1 + w > TEXT_COLS) {
			putc('\n', out);
			repeat(out, ' ', indent);
			col = indent;
			line_empty = true;
		}
		if (!line_empty) {
			putc(' ', out);
			col++;
		}
		utf8_write_clean(out, s, len, ' ');
		col += w;
		line_empty = false;
		s += len;
	}
	putc('\n', out);
}

/* A title underlined with @c. */
static void
underlined(FILE *out, const char *title, int c)
{
	utf8_write_clean(out, title, strlen(title), ' ');
	putc('\n', out);
	repeat(out, c, columns(title));
	putc('\n', out);
}

/*
 * A section of @n entries under @title (after a blank line, underlined
 * with '-'), entry i written by @entry(out, d, i); nothing when @n is 0.
 */
static void
section(FILE *out, const struct report_data *d, int n, const char *title,
    void (*entry)(FILE *, const struct report_data *, int))
{
	if (n == 0)
		return;
	putc('\n', out);
	underlined(out, title, '-');
	for (int i = 0; i < n; i++)
		entry(out, d, i);
}

/* The header: the centre and the date, the title with the Holland code,
 * the hand-off code. */
static void
text_header(FILE *out, const struct report_data *d)
{
	char code[RIASEC_CODE_LEN + 1];

	fputs(REPORT_CENTRE_NAME, out);
	if (d->date != NULL) {
		int gap = TEXT_COLS - columns(REPORT_CENTRE_NAME) - columns(d->date);

		repeat(out, ' ', gap < 2 ? 2 : gap);
		utf8_write_clean(out, d->date, strlen(d->date), ' ');
	}
	fputs("\n\n", out);
	report_holland_code(&d->profile, code);
	if (code[0] != '\0') {
		char *title = g_strdup_printf("%s — %s",
		    _("My interest profile"), code);

		underlined(out, title, '=');
		g_free(title);
	} else {
		underlined(out, _("My interest profile"), '=');
	}
	if (d->code != NULL) {
		char *s = report_code_line(d);

		wrap(out, s, 0, 0);
		g_free(s);
	}
	putc('\n', out);
}

/* One bar line: letter, type name padded to @name_w, bar and share. */
static void
text_bar(FILE *out, const struct report_data *d, int t, int name_w)
{
	const struct riasec_profile *pr = &d->profile;
	const char *name = d->type_names[t] != NULL ? d->type_names[t] : "";
	double share;
	int filled;

	fprintf(out, "  %c  ", riasec_letter((enum riasec_type)t));
	utf8_write_clean(out, name, strlen(name), ' ');
	repeat(out, ' ', name_w - columns(name) + 2);
	if (!pr->enough[t]) {
		fprintf(out, "%s\n", _("not enough answers"));
		return;
	}
	share = report_share(pr, t);
	filled = (int)(share * 20 + 0.5);
	repeat(out, '#', filled);
	repeat(out, '.', 20 - filled);
	fprintf(out, " %3d %%\n", report_percent(share));
}

/* The six bars, names in one column (at most 24 wide), then the worded
 * summary. */
static void
text_profile(FILE *out, const struct report_data *d)
{
	int name_w = 0;

	for (int t = 0; t < RIASEC_COUNT; t++) {
		int w = d->type_names[t] != NULL ? columns(d->type_names[t]) : 1;

		name_w = w > name_w ? w : name_w;
	}
	name_w = name_w > 24 ? 24 : name_w;
	for (int t = 0; t < RIASEC_COUNT; t++)
		text_bar(out, d, t, name_w);
	putc('\n', out);
	for (int i = 0; i < REPORT_SUMMARY_LINES; i++)
		if (d->summary_lines[i] != NULL && d->summary_lines[i][0] != '\0')
			wrap(out, d->summary_lines[i], 0, 0);
}

/* Occupation @i, fit first so a long label can wrap. */
static void
text_occupation(FILE *out, const struct report_data *d, int i)
{
	const struct report_occupation *o = &d->occupations[i];

	if (o->fit >= 0)
		fprintf(out, "  %3d %%  ", o->fit > 100 ? 100 : o->fit);
	else
		fputs("         ", out);
	wrap(out, o->label != NULL ? o->label : "", 9, 9);
}

/* Service @i, with its contact below. */
static void
text_service(FILE *out, const struct report_data *d, int i)
{
	const struct report_service *s = &d->services[i];

	fputs("  - ", out);
	wrap(out, s->name != NULL ? s->name : "", 4, 4);
	if (s->contact != NULL && s->contact[0] != '\0') {
		fputs("    ", out);
		wrap(out, s->contact, 4, 4);
	}
}

enum report_status
report_text(const struct report_data *d, FILE *out)
{
	text_header(out, d);
	text_profile(out, d);
	section(out, d, report_count_occupations(d),
	    _("Occupations that fit me"), text_occupation);
	section(out, d, report_count_services(d), _("Where to ask next"),
	    text_service);
	if (d->note != NULL && d->note[0] != '\0') {
		putc('\n', out);
		underlined(out, _("Counsellor's note"), '-');
		fputs("  ", out);
		wrap(out, d->note, 2, 2);
	}
	putc('\n', out);
	wrap(out, report_not_a_test(), 0, 0);
	putc('\n', out);
	wrap(out, report_credits(), 0, 0);
	if (fflush(out) != 0 || ferror(out))
		return REPORT_WRITE_FAILED;
	return REPORT_OK;
}
