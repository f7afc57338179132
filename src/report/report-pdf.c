/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A walk-in's results as a one-page A4 PDF.  The page is laid out top
 * down with pango in points (resolution 72): a header with the Holland
 * code, the six bars beside the RIASEC hexagon, the worded summary, then
 * the occupations, the services and the counselor's note, which share
 * what is left above a footer anchored to the bottom of the page.  Every
 * text has a line limit (ellipsized beyond it) and is measured before
 * anything below it is placed; when the lists and the note do not all
 * fit, the note shrinks first, then the longer list, and a cut list ends
 * with "... and N more".  There is one cairo_show_page, so the PDF has
 * one page by construction, and the body is clipped above the footer;
 * the layout only decides what is left out.
 */
#include "config.h"

#include "report.h"
#include "report-internal.h"

#include <assert.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "util/i18n.h"

#define PAGE_W 595.276   /* A4 in points */
#define PAGE_H 841.890
#define MARGIN 42.0
#define CONTENT_W (PAGE_W - 2 * MARGIN)

#define BAR_ROW 25.0      /* one type's bar line */
#define NAME_W 118.0      /* type names left of the bars */
#define BAR_W 132.0
#define PCT_W 44.0
#define HEX_R 66.0        /* hexagon radius */
#define LIST_ROW 15.0     /* one occupation, at least */
#define SERVICE_SPACE 6.0 /* below one service's name and contact */
#define HEADING_H 24.0    /* a section heading and the space above it, at least */
#define NOTE_MAX_LINES 8
#define NOTE_MIN_LINES 3  /* the note gives way to the lists down to this */
#define LIST_MIN_ROWS 3   /* ... and the lists down to this */
#define TEXT_MAX 4000     /* bytes of one text laid out; a page holds less */

enum font { F_REGULAR, F_BOLD, F_ITALIC };

/* A colour as RGB 0..1. */
struct rgb {
	double r, g, b;
};

/* Colours as initializers too: a static struct cannot be initialized from
 * another object in standard C (GCC allows it, clang does not). */
#define INK { 0.10, 0.10, 0.12 }
#define GREY { 0.40, 0.40, 0.43 }
#define ACCENT { 0.00, 0.36, 0.46 }
#define FAINT { 0.80, 0.80, 0.82 }
static const struct rgb grey = GREY;
static const struct rgb faint = FAINT;
static const struct rgb track = { 0.90, 0.91, 0.92 };
static const struct rgb accent = ACCENT;

/* How one piece of text is set. */
struct style {
	double size;          /* points */
	enum font font;
	struct rgb colour;
	PangoAlignment align;
	int max_lines;        /* 1: one line, ellipsized; 0: no limit */
};

/* The drawing state of one PDF. */
struct pdf {
	cairo_t *cr;
	PangoContext *ctx;
	/* Measured with the font fontconfig found, which may be taller than
	 * DejaVu Sans: */
	double heading_h;  /* a section heading with the space above it */
	double list_row;   /* one occupation */
	double note_line;  /* one line of the note */
};

static const struct style heading_style = { 12, F_BOLD, ACCENT,
    PANGO_ALIGN_LEFT, 1 };
static const struct style list_style = { 10, F_REGULAR, INK,
    PANGO_ALIGN_LEFT, 1 };
static const struct style note_style = { 10, F_REGULAR, INK,
    PANGO_ALIGN_LEFT, 0 };

/* Set colour @c on the cairo context. */
static void
set_colour(cairo_t *cr, struct rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/*
 * A layout of @s in @width points set in @st.  Invalid UTF-8 is repaired
 * first: pango would warn on stderr, and curses may be up.  Free with
 * g_object_unref.
 */
static PangoLayout *
make_layout(struct pdf *p, const char *s, double width, const struct style *st)
{
	PangoLayout *layout = pango_layout_new(p->ctx);
	PangoFontDescription *font = pango_font_description_from_string("Sans");
	size_t len = s != NULL ? strnlen(s, TEXT_MAX + 1) : 0;
	char *valid;

	/* More than a page can show would only cost time in pango. */
	if (len > TEXT_MAX) {
		len = TEXT_MAX;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
	}
	valid = g_utf8_make_valid(s != NULL ? s : "", (gssize)len);

	/* A line limit counts per paragraph in pango: make it one. */
	if (st->max_lines > 0)
		for (char *c = valid; *c != '\0'; c++)
			if (*c == '\n' || *c == '\r' || *c == '\t')
				*c = ' ';

	pango_font_description_set_absolute_size(font, st->size * PANGO_SCALE);
	if (st->font == F_BOLD)
		pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
	if (st->font == F_ITALIC)
		pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
	pango_layout_set_font_description(layout, font);
	pango_font_description_free(font);
	pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(layout, st->align);
	if (st->max_lines == 1)
		pango_layout_set_single_paragraph_mode(layout, TRUE);
	if (st->max_lines > 0) {
		pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
		pango_layout_set_height(layout, -st->max_lines);
	}
	pango_layout_set_text(layout, valid, -1);
	g_free(valid);
	return layout;
}

/* Height in points of @layout. */
static double
layout_height(PangoLayout *layout)
{
	int w, h;

	pango_layout_get_size(layout, &w, &h);
	return (double)h / PANGO_SCALE;
}

/* Draw @s at @x, @y (top left) in @width; @return the height used. */
static double
text(struct pdf *p, double x, double y, double width, const char *s,
    const struct style *st)
{
	PangoLayout *layout = make_layout(p, s, width, st);
	double h = layout_height(layout);

	set_colour(p->cr, st->colour);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, layout);
	/* Drop the current point, or the next arc would start with a line
	 * from here. */
	cairo_new_path(p->cr);
	g_object_unref(layout);
	return h;
}

/* Height @s would take in @width set in @st; its lines in *@lines when
 * that is not NULL. */
static double
measure_lines(struct pdf *p, const char *s, double width,
    const struct style *st, int *lines)
{
	PangoLayout *layout = make_layout(p, s, width, st);
	double h = layout_height(layout);

	if (lines != NULL)
		*lines = pango_layout_get_line_count(layout);
	g_object_unref(layout);
	return h;
}

/* Height @s would take in @width set in @st. */
static double
measure(struct pdf *p, const char *s, double width, const struct style *st)
{
	return measure_lines(p, s, width, st, NULL);
}

/* Draw @s centred on @cx, @cy. */
static void
text_centred(struct pdf *p, double cx, double cy, const char *s,
    const struct style *st)
{
	PangoLayout *layout = make_layout(p, s, 60, st);
	PangoRectangle logical;

	pango_layout_set_width(layout, -1);
	pango_layout_get_extents(layout, NULL, &logical);
	set_colour(p->cr, st->colour);
	cairo_move_to(p->cr, cx - (double)logical.width / PANGO_SCALE / 2,
	    cy - (double)logical.height / PANGO_SCALE / 2);
	pango_cairo_show_layout(p->cr, layout);
	cairo_new_path(p->cr);
	g_object_unref(layout);
}

/* A horizontal rule at @y across the content width. */
static void
rule(struct pdf *p, double y)
{
	set_colour(p->cr, faint);
	cairo_set_line_width(p->cr, 0.75);
	cairo_move_to(p->cr, MARGIN, y);
	cairo_line_to(p->cr, PAGE_W - MARGIN, y);
	cairo_stroke(p->cr);
}

/* Measure the heights that decide what fits. */
static void
set_metrics(struct pdf *p)
{
	p->heading_h = fmax(HEADING_H,
	    8 + measure(p, "Ag", CONTENT_W, &heading_style) + 6);
	p->list_row = fmax(LIST_ROW,
	    measure(p, "Ag", CONTENT_W, &list_style) + 2);
	p->note_line = fmax(1, measure(p, "Ag", CONTENT_W, &note_style));
}

/* A section heading at @y; @return the y below it. */
static double
heading(struct pdf *p, double y, const char *title)
{
	text(p, MARGIN, y + 8, CONTENT_W, title, &heading_style);
	return y + p->heading_h;
}

/* The header: centre, date, title, Holland code, hand-off code. */
static double
draw_header(struct pdf *p, const struct report_data *d, double y)
{
	static const struct style small = { 8.5, F_REGULAR, GREY, PANGO_ALIGN_LEFT, 1 };
	static const struct style small_right = { 8.5, F_REGULAR, GREY,
	    PANGO_ALIGN_RIGHT, 1 };
	static const struct style title = { 20, F_BOLD, INK, PANGO_ALIGN_LEFT, 1 };
	static const struct style big_code = { 26, F_BOLD, ACCENT,
	    PANGO_ALIGN_RIGHT, 1 };
	static const struct style line = { 10, F_REGULAR, INK, PANGO_ALIGN_LEFT, 1 };
	char code[RIASEC_CODE_LEN + 1];

	text(p, MARGIN, y, CONTENT_W / 2, REPORT_CENTRE_NAME, &small);
	if (d->date != NULL)
		text(p, MARGIN + CONTENT_W / 2, y, CONTENT_W / 2, d->date,
		    &small_right);
	y += 14;
	report_holland_code(&d->profile, code);
	if (code[0] != '\0')
		text(p, PAGE_W - MARGIN - 120, y - 4, 120, code, &big_code);
	y += text(p, MARGIN, y, CONTENT_W - 130, _("My interest profile"),
	    &title) + 4;
	if (d->code != NULL) {
		char *s = report_code_line(d);

		y += text(p, MARGIN, y, CONTENT_W - 130, s, &line);
		g_free(s);
	}
	y = fmax(y + 8, MARGIN + 62);
	rule(p, y);
	return y + 10;
}

/* Room for "100 %" and its NUL: the longest percentage drawn. */
#define PERCENT_TEXT sizeof "100 %"

/* @pct (0 .. 100) as "N %" into @buf, which it always fits. */
static void
percent_text(char buf[PERCENT_TEXT], int pct)
{
	assert(pct >= 0 && pct <= 100);
	snprintf(buf, PERCENT_TEXT, "%d %%", pct); /* fits: 0 .. 100 */
}

/* One type's bar line at @y. */
static void
draw_bar(struct pdf *p, const struct report_data *d, int t, double y)
{
	static const struct style name = { 10, F_REGULAR, INK, PANGO_ALIGN_LEFT, 1 };
	static const struct style name_bold = { 10, F_BOLD, INK, PANGO_ALIGN_LEFT, 1 };
	static const struct style pct = { 10, F_REGULAR, INK, PANGO_ALIGN_RIGHT, 1 };
	static const struct style missing = { 9, F_ITALIC, GREY, PANGO_ALIGN_LEFT, 1 };
	const struct riasec_profile *pr = &d->profile;
	double bx = MARGIN + NAME_W, share;
	char buf[PERCENT_TEXT];

	text(p, MARGIN, y, NAME_W - 6,
	    d->type_names[t] != NULL ? d->type_names[t] : "",
	    report_in_code(pr, t) ? &name_bold : &name);
	if (!pr->enough[t]) {
		text(p, bx, y + 1, BAR_W + PCT_W, _("not enough answers"), &missing);
		return;
	}
	share = report_share(pr, t);
	set_colour(p->cr, track);
	cairo_rectangle(p->cr, bx, y + 2, BAR_W, 10);
	cairo_fill(p->cr);
	set_colour(p->cr, report_in_code(pr, t) ? accent : grey);
	cairo_rectangle(p->cr, bx, y + 2, BAR_W * share, 10);
	cairo_fill(p->cr);
	percent_text(buf, report_percent(share));
	text(p, bx + BAR_W, y, PCT_W, buf, &pct);
}

/* The point of type @t at @frac of the radius from the centre. */
static void
hex_point(double cx, double cy, int t, double frac, double *x, double *y)
{
	/* R top left, then clockwise: I, A, S, E, C (as on the screen). */
	double a = (-120.0 + 60.0 * t) * M_PI / 180.0;

	*x = cx + HEX_R * frac * cos(a);
	*y = cy + HEX_R * frac * sin(a);
}

/* Trace a hexagon whose corner @t sits at @frac[t] of the radius. */
static void
hex_path(cairo_t *cr, double cx, double cy, const double frac[RIASEC_COUNT])
{
	for (int t = 0; t < RIASEC_COUNT; t++) {
		double x, y;

		hex_point(cx, cy, t, frac[t], &x, &y);
		if (t == 0)
			cairo_move_to(cr, x, y);
		else
			cairo_line_to(cr, x, y);
	}
	cairo_close_path(cr);
}

/* The RIASEC hexagon with the profile inside, centred on @cx, @cy. */
static void
draw_hexagon(struct pdf *p, const struct riasec_profile *pr, double cx,
    double cy)
{
	static const struct style letter = { 11, F_BOLD, INK, PANGO_ALIGN_LEFT, 0 };
	static const struct style letter_code = { 11, F_BOLD, { 1, 1, 1 },
	    PANGO_ALIGN_LEFT, 0 };
	static const struct style letter_missing = { 11, F_BOLD, FAINT,
	    PANGO_ALIGN_LEFT, 0 };
	static const double half[RIASEC_COUNT] = { .5, .5, .5, .5, .5, .5 };
	static const double whole[RIASEC_COUNT] = { 1, 1, 1, 1, 1, 1 };
	cairo_t *cr = p->cr;
	double dashes[] = { 2, 2 }, share[RIASEC_COUNT];

	cairo_save(cr);
	cairo_set_line_width(cr, 0.5);
	set_colour(cr, faint);
	for (int t = 0; t < RIASEC_COUNT; t++) {
		double x, y;

		hex_point(cx, cy, t, 1, &x, &y);
		cairo_move_to(cr, cx, cy);
		cairo_line_to(cr, x, y);
	}
	cairo_stroke(cr);
	cairo_set_dash(cr, dashes, 2, 0);
	hex_path(cr, cx, cy, half);
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
	cairo_set_line_width(cr, 1);
	set_colour(cr, grey);
	hex_path(cr, cx, cy, whole);
	cairo_stroke(cr);

	/* The profile: each scored type's share along its spoke; a type
	 * without enough answers sits at the centre. */
	if (pr->nrank > 0) {
		for (int t = 0; t < RIASEC_COUNT; t++)
			share[t] = pr->enough[t] ? report_share(pr, t) : 0;
		hex_path(cr, cx, cy, share);
		cairo_set_source_rgba(cr, accent.r, accent.g, accent.b, 0.22);
		cairo_fill_preserve(cr);
		set_colour(cr, accent);
		cairo_set_line_width(cr, 1.5);
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_stroke(cr);
		for (int t = 0; t < RIASEC_COUNT; t++) {
			double x, y;

			if (!pr->enough[t])
				continue;
			hex_point(cx, cy, t, report_share(pr, t), &x, &y);
			cairo_arc(cr, x, y, 2.2, 0, 2 * M_PI);
			cairo_fill(cr);
		}
	}

	/* The corner letters; the code's letters on a filled disc. */
	for (int t = 0; t < RIASEC_COUNT; t++) {
		char s[2] = { riasec_letter((enum riasec_type)t), '\0' };
		double x, y;

		hex_point(cx, cy, t, 1 + 13 / HEX_R, &x, &y);
		if (report_in_code(pr, t)) {
			set_colour(cr, accent);
			cairo_arc(cr, x, y, 8.5, 0, 2 * M_PI);
			cairo_fill(cr);
		}
		text_centred(p, x, y, s, report_in_code(pr, t) ? &letter_code :
		    pr->enough[t] ? &letter : &letter_missing);
	}
	cairo_restore(cr);
}

/* Bars, hexagon and summary lines; @return the y below them. */
static double
draw_profile(struct pdf *p, const struct report_data *d, double y)
{
	static const struct style summary = { 9.5, F_REGULAR, INK,
	    PANGO_ALIGN_LEFT, 2 };
	double block = fmax(RIASEC_COUNT * BAR_ROW, 2 * HEX_R + 34);
	double bars_top = y + (block - RIASEC_COUNT * BAR_ROW) / 2;

	for (int t = 0; t < RIASEC_COUNT; t++)
		draw_bar(p, d, t, bars_top + t * BAR_ROW + 6);
	draw_hexagon(p, &d->profile, PAGE_W - MARGIN - HEX_R - 24,
	    y + block / 2);
	y += block + 4;
	for (int i = 0; i < REPORT_SUMMARY_LINES; i++)
		if (d->summary_lines[i] != NULL && d->summary_lines[i][0] != '\0')
			y += text(p, MARGIN, y, CONTENT_W, d->summary_lines[i],
			    &summary) + 3;
	return y;
}

/* Rows of @shown list entries plus a "more" row when @total is larger. */
static int
list_rows(int shown, int total)
{
	return shown + (shown < total);
}

/* The occupations, @shown of them; @return the y below. */
static double
draw_occupations(struct pdf *p, const struct report_data *d, int shown,
    double y)
{
	static const struct style fit = { 10, F_REGULAR, INK, PANGO_ALIGN_RIGHT, 1 };
	static const struct style more = { 9, F_ITALIC, GREY, PANGO_ALIGN_LEFT, 1 };
	int n = report_count_occupations(d);
	double fit_x = PAGE_W - MARGIN - 110;

	assert(shown >= 0 && shown <= n);

	y = heading(p, y, _("Occupations that fit me"));
	for (int i = 0; i < shown; i++, y += p->list_row) {
		const struct report_occupation *o = &d->occupations[i];
		char buf[PERCENT_TEXT];

		text(p, MARGIN, y, fit_x - MARGIN - 10, o->label, &list_style);
		if (o->fit < 0)
			continue;
		set_colour(p->cr, track);
		cairo_rectangle(p->cr, fit_x, y + 3, 70, 7);
		cairo_fill(p->cr);
		set_colour(p->cr, accent);
		cairo_rectangle(p->cr, fit_x, y + 3, 70 * fmin(o->fit, 100) / 100, 7);
		cairo_fill(p->cr);
		percent_text(buf, o->fit > 100 ? 100 : o->fit);
		text(p, fit_x + 70, y, 40, buf, &fit);
	}
	if (shown < n) {
		char *s = report_more_line(n - shown);

		text(p, MARGIN, y, CONTENT_W, s, &more);
		g_free(s);
		y += p->list_row;
	}
	return y;
}

static const struct style service_name = { 10, F_BOLD, INK,
    PANGO_ALIGN_LEFT, 2 };
static const struct style service_contact = { 8.5, F_REGULAR, GREY,
    PANGO_ALIGN_LEFT, 1 };
static const struct style service_more = { 9, F_ITALIC, GREY,
    PANGO_ALIGN_LEFT, 1 };

#define SERVICE_GAP 16.0
#define SERVICE_COL_W ((CONTENT_W - SERVICE_GAP) / 2)

/* Height of the cell of service @i, or of the "more" cell when @i is
 * @shown; a name may take two lines. */
static double
service_cell(struct pdf *p, const struct report_data *d, int i, int shown)
{
	const struct report_service *sv = &d->services[i];
	double h;

	assert(i >= 0 && i <= shown && shown <= REPORT_MAX_SERVICES);
	if (i == shown)
		return measure(p, "…", SERVICE_COL_W, &service_more);
	h = measure(p, sv->name, SERVICE_COL_W, &service_name);
	if (sv->contact != NULL && sv->contact[0] != '\0')
		h += 1 + measure(p, sv->contact, SERVICE_COL_W, &service_contact);
	return h + SERVICE_SPACE;
}

/* Height of row @r of the services grid: its taller cell. */
static double
service_row(struct pdf *p, const struct report_data *d, int r, int shown)
{
	int cells = list_rows(shown, report_count_services(d));
	double h = service_cell(p, d, 2 * r, shown);

	if (2 * r + 1 < cells)
		h = fmax(h, service_cell(p, d, 2 * r + 1, shown));
	return h;
}

/* Height of the services grid with @shown services. */
static double
services_height(struct pdf *p, const struct report_data *d, int shown)
{
	int rows = (list_rows(shown, report_count_services(d)) + 1) / 2;
	double h = 0;

	for (int r = 0; r < rows; r++)
		h += service_row(p, d, r, shown);
	return h;
}

/* The services in two columns, @shown of them; @return the y below. */
static double
draw_services(struct pdf *p, const struct report_data *d, int shown, double y)
{
	int n = report_count_services(d), cells = list_rows(shown, n);

	assert(shown >= 0 && shown <= n && cells <= REPORT_MAX_SERVICES + 1);

	y = heading(p, y, _("Where to ask next"));
	for (int r = 0; r < (cells + 1) / 2; r++) {
		for (int i = 2 * r; i < 2 * r + 2 && i < cells; i++) {
			const struct report_service *sv = &d->services[i];
			double x = MARGIN + (i % 2) * (SERVICE_COL_W + SERVICE_GAP);
			double cy = y;

			if (i == shown) {
				char *more = report_more_line(n - shown);

				text(p, x, cy, SERVICE_COL_W, more, &service_more);
				g_free(more);
				continue;
			}
			cy += text(p, x, cy, SERVICE_COL_W, sv->name, &service_name);
			if (sv->contact != NULL && sv->contact[0] != '\0')
				text(p, x, cy + 1, SERVICE_COL_W, sv->contact,
				    &service_contact);
		}
		y += service_row(p, d, r, shown);
	}
	return y;
}

/*
 * The note in at most @lines lines; @return the y below.  Pango limits
 * lines per paragraph, and a note has several, so a longer note is cut
 * here: its first @lines - 1 lines as they are, then the rest on one
 * ellipsized line.
 */
static double
draw_note(struct pdf *p, const char *note, int lines, double y)
{
	static const struct style last = { 10, F_REGULAR, INK,
	    PANGO_ALIGN_LEFT, 1 };
	PangoLayout *layout = make_layout(p, note, CONTENT_W, &note_style);
	const char *t = pango_layout_get_text(layout);
	int cut;
	char *head;

	assert(lines >= 1);
	y = heading(p, y, _("Counsellor's note"));
	if (pango_layout_get_line_count(layout) <= lines) {
		g_object_unref(layout);
		return y + text(p, MARGIN, y, CONTENT_W, note, &note_style);
	}
	cut = pango_layout_get_line_readonly(layout, lines - 1)->start_index;
	head = g_strndup(t, (gsize)cut);
	if (cut > 0 && head[cut - 1] == '\n')
		head[cut - 1] = '\0';
	if (cut > 0)
		y += text(p, MARGIN, y, CONTENT_W, head, &note_style);
	y += text(p, MARGIN, y, CONTENT_W, t + cut, &last);
	g_free(head);
	g_object_unref(layout);
	return y;
}

/* Space the lists and the note take with these sizes. */
static double
lists_height(struct pdf *p, const struct report_data *d, int occ, int svc,
    int note_lines)
{
	int nocc = report_count_occupations(d), nsvc = report_count_services(d);
	double h = 0;

	if (nocc > 0)
		h += p->heading_h + list_rows(occ, nocc) * p->list_row;
	if (nsvc > 0)
		h += p->heading_h + services_height(p, d, svc);
	if (note_lines > 0)
		h += p->heading_h + note_lines * p->note_line;
	return h;
}

/* Draw the whole page on @p. */
static void
draw_page(struct pdf *p, const struct report_data *d)
{
	static const struct style footer = { 8.5, F_ITALIC, GREY,
	    PANGO_ALIGN_LEFT, 0 };
	static const struct style fine = { 6.5, F_REGULAR, GREY,
	    PANGO_ALIGN_LEFT, 0 };
	int nocc = report_count_occupations(d), nsvc = report_count_services(d);
	int occ = nocc, svc = nsvc, note_lines = 0;
	double y, bottom, foot_h;
	bool has_note = d->note != NULL && d->note[0] != '\0';

	/* The footer is anchored to the bottom of the page. */
	foot_h = measure(p, report_not_a_test(), CONTENT_W, &footer) + 5 +
	    measure(p, report_credits(), CONTENT_W, &fine);
	bottom = PAGE_H - MARGIN - foot_h;
	y = bottom + text(p, MARGIN, bottom, CONTENT_W, report_not_a_test(), &footer);
	text(p, MARGIN, y + 5, CONTENT_W, report_credits(), &fine);
	rule(p, bottom - 8);
	bottom -= 14;

	/* Whatever the fonts, nothing may run into the footer. */
	cairo_save(p->cr);
	cairo_rectangle(p->cr, 0, 0, PAGE_W, bottom + 4);
	cairo_clip(p->cr);
	y = draw_header(p, d, MARGIN);
	y = draw_profile(p, d, y);

	/* Share what is left: the note gives way first, then the longer
	 * list, then the note again. */
	if (has_note) {
		measure_lines(p, d->note, CONTENT_W, &note_style, &note_lines);
		if (note_lines > NOTE_MAX_LINES)
			note_lines = NOTE_MAX_LINES;
	}
	while (y + lists_height(p, d, occ, svc, note_lines) > bottom) {
		if (note_lines > NOTE_MIN_LINES)
			note_lines--;
		else if (occ > LIST_MIN_ROWS && occ >= svc)
			occ--;
		else if (svc > LIST_MIN_ROWS)
			svc--;
		else if (occ > 0 && occ >= svc)
			occ--;
		else if (svc > 0)
			svc--;
		else if (note_lines > 1)
			note_lines--;
		else
			break;
	}
	/* Each step only shrinks what it was given. */
	assert(occ >= 0 && occ <= nocc && svc >= 0 && svc <= nsvc);
	assert(note_lines >= 0 && note_lines <= NOTE_MAX_LINES);
	if (nocc > 0)
		y = draw_occupations(p, d, occ, y);
	if (nsvc > 0)
		y = draw_services(p, d, svc, y);
	if (has_note && note_lines > 0)
		draw_note(p, d->note, note_lines, y);
	cairo_restore(p->cr);
}

/* Where the PDF goes: cairo's own file output loses the errors of its
 * last writes (cairo 1.16), so the file is written here. */
struct sink {
	FILE *f;
	bool failed;
};

/* Write @length bytes of the PDF; a cairo_write_func_t. */
static cairo_status_t
sink_write(void *closure, const unsigned char *data, unsigned int length)
{
	struct sink *sink = closure;

	if (fwrite(data, 1, length, sink->f) != length) {
		sink->failed = true;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

enum report_status
report_pdf(const struct report_data *d, const char *path)
{
	cairo_surface_t *surface;
	cairo_font_options_t *options;
	PangoFontMap *fonts;
	struct sink sink = { NULL, false };
	struct pdf p;

	/* If the file cannot be opened, whatever is at @path is left alone. */
	if ((sink.f = fopen(path, "wbe")) == NULL)
		return REPORT_WRITE_FAILED;
	surface = cairo_pdf_surface_create_for_stream(sink_write, &sink,
	    PAGE_W, PAGE_H);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
	    _("My interest profile"));
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
	    PACKAGE " " VERSION);
	p.cr = cairo_create(surface);
	/* A font map of our own, dropped afterwards: the kiosk runs for
	 * days, and pango's default map would keep every font it opened. */
	fonts = pango_cairo_font_map_new();
	p.ctx = pango_font_map_create_context(fonts);
	pango_cairo_update_context(p.cr, p.ctx);
	/* Points as units, and no hinting: the page is scaled when shown. */
	pango_cairo_context_set_resolution(p.ctx, 72);
	options = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p.ctx, options);
	cairo_font_options_destroy(options);
	if (d->lang != NULL)
		pango_context_set_language(p.ctx,
		    pango_language_from_string(d->lang));

	set_metrics(&p);
	draw_page(&p, d);
	cairo_show_page(p.cr);

	g_object_unref(p.ctx);
	g_object_unref(fonts);
	sink.failed |= cairo_status(p.cr) != CAIRO_STATUS_SUCCESS;
	cairo_destroy(p.cr);
	cairo_surface_finish(surface);
	sink.failed |= cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(surface);
	sink.failed |= fflush(sink.f) != 0 || ferror(sink.f);
	sink.failed |= fclose(sink.f) != 0;
	if (sink.failed) {
		struct stat sb;

		/* A half-written report is useless; a device such as
		 * /dev/full is not ours to remove. */
		if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode))
			unlink(path);
		return REPORT_WRITE_FAILED;
	}
	return REPORT_OK;
}
