/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A screen that is a question and a list to choose from (a menu), with
 * an optional line under it: the main menus, the end of a visit, the
 * questionnaire's start, the service pickers and the occupations by
 * group.  The look-alike list screens are this kit with their own items:
 * the kit loads them on open and when the language changes (never in
 * paint), draws, says and handles keys; the screen's look says what the
 * items are and what choosing one does.
 *
 * Ownership: the app makes the state (state_size = sizeof(struct
 * picklist)); picklist_close() frees the items it holds
 * (look->free_items, if any).  The look is the screen's (static, its
 * ops' .look), never copied.
 */
#ifndef UI_PICKLIST_H
#define UI_PICKLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/screen.h"
#include "ui/widgets/menu.h"

struct app;
struct utterance;

struct picklist;

/* A fixed paragraph above the list, after the heading. */
struct picklist_para {
	const char *text;     /* N_() text */
	int rows;             /* rows it may wrap onto, > 0 */
	bool emphasis;        /* drawn as a heading, else as plain text */
};

#define PICKLIST_ID_MAX 64   /* bytes of a row's id (look->id) */

struct picklist_look {
	int top;              /* empty rows above the first text */
	/* The question above the list, translated; NULL: the fixed one
	 * below, or none (the paragraphs say it). */
	const char *(*heading)(const struct picklist *l);
	const char *question; /* N_() fixed question, when no heading */
	int heading_rows;     /* rows it may wrap onto, > 0 with either */
	/* The language of the heading's words when they are shown from a
	 * fallback (a group's name missing in the page's language), else
	 * NULL; NULL: the heading is in the page's language. */
	const char *(*heading_lang)(const struct picklist *l);
	/* A line right under the heading (2 rows at most), or NULL; may
	 * return NULL for none.  Bold, or dim when it is a detail
	 * (subheading_dim, false for bold). */
	const char *(*subheading)(const struct picklist *l);
	bool subheading_dim;
	const struct picklist_para *paras; /* after the heading, each with
	                                    * an empty row under it */
	size_t nparas;
	const char *footer;   /* N_() line under the list, or NULL */
	const char *empty;    /* N_() text instead of an empty list, or NULL */
	const char *empty_staff; /* the same for a counsellor, where empty
	                          * sends to the desk; NULL: empty */
	/* What the focused row @index means, shown under the list (which
	 * then leaves 4 rows for it) and said after the row; NULL: none. */
	const char *(*below)(const struct picklist *l, int index);
	bool numbered;        /* number keys choose */
	int selected;         /* the row focused on open */
	/* Load the items in the current language into l->items and l->n;
	 * return how many rows the list has (the items and any rows of the
	 * screen's own, which its label and chosen tell apart). */
	int (*load)(struct app *app, struct picklist *l);
	/* Free l->items, given here (NULL when none were loaded): rows_free
	 * for an array of rows of the store (store/rows.h).  NULL when load
	 * keeps nothing in them (fixed rows). */
	void (*free_items)(void *items);
	/* The label of row @index; NULL where the load gives every row's
	 * label (picklist_take_labels). */
	const char *(*label)(const struct picklist *l, int index);
	/* The words said for row @index where they are not its label (a
	 * label with a code or a symbol that is drawn, not said); NULL:
	 * every row says its label. */
	const char *(*said)(const struct picklist *l, int index);
	/* The language of row @index's words when they are shown from a
	 * fallback (a name missing in the page's language): written into
	 * @buf (@bufsz bytes) and returned, else NULL.  NULL: every row is
	 * in the page's language. */
	const char *(*lang)(struct app *app, const struct picklist *l,
	    int index, char *buf, size_t bufsz);
	/* Row @index (>= 0) was chosen. */
	void (*chosen)(struct app *app, struct picklist *l, int index);
	/* What row @index is, the same in every language (a service's id,
	 * a group's code), written into @buf (@bufsz bytes) and returned;
	 * the focus stays on it when a reload puts the rows in another
	 * order (a list sorted by name, after a language change).  NULL:
	 * the rows keep their places, and the focus its row. */
	const char *(*id)(const struct picklist *l, int index, char *buf,
	    size_t bufsz);
};

struct picklist {
	const struct picklist_look *look;
	struct menu menu;
	void *items;          /* the screen's items, look->load's */
	size_t n;
	char **labels;        /* the rows' labels where the load made them
	                       * (picklist_take_labels), else NULL */
	int nlabels;
	int kind;             /* the screen's own, for its load to set */
	struct screen_param param; /* what the screen was opened on */
};

/*
 * The ops of a list screen whose look is the static @look, written once:
 * { .title = ..., .help = ..., PICKLIST_OPS(look), .on_language = ... }.
 * A screen with an op of its own (a key) names the functions itself.
 */
#define PICKLIST_OPS(look_) \
	.look = &(look_), .state_size = sizeof(struct picklist), \
	.open = picklist_open, .close = picklist_close, \
	.paint = picklist_paint, .key = picklist_key, .speak = picklist_speak

/** Screen ops for a list state.  Open: app_look(app) is its struct
 * picklist_look; the state takes the screen's parameter (app_param) and
 * loads its items.  Close frees the items. */
void picklist_open(struct app *app, void *state);
void picklist_close(void *state);
void picklist_paint(struct app *app, void *state);
bool picklist_key(struct app *app, void *state, const struct ui_key *key);
/* The heading, the paragraphs, the rows (or the empty text) and the
 * footer; on a move, the focused row; each time, what it means (below).
 * A row says look->said's words if there is one, else its label, in
 * look->lang's language if there is one. */
void picklist_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out);
/* The row whose look->id is @id, or -1 (a look with an id only). */
int picklist_find(const struct picklist *l, const char *id);
/* Load the items again (the language changed, or a screen above closed). */
void picklist_reload(struct app *app, void *state);
/* For a look's load: keep the @n items at @items (an array of rows from
 * the store, say) as l->items and l->n.  @return @n, the rows they make. */
int picklist_take(struct picklist *l, void *items, size_t n);
/* For a look's load whose rows are drawn with words it puts together (a
 * code before a name, an id after it): keep @labels, @n allocated
 * strings in an allocated array, as the rows' labels; the list frees
 * them with its items. */
void picklist_take_labels(struct picklist *l, char **labels, int n);

/*
 * Rows picked on load from what the screen has to offer (indexes into
 * its fixed table, or its own enum), and one line made with them in the
 * current language (the heading, a row's label), for a look whose items
 * are no more than that.  The look's load makes them with
 * picklist_rows_new() (they are then l->items) and returns r->n; its
 * free_items is picklist_rows_free, which frees the line too.
 */
#define PICKLIST_ROWS_MAX 16

struct picklist_rows {
	int row[PICKLIST_ROWS_MAX];
	int n;
	char *text;           /* owned, NULL for none */
};

/* Empty rows, now l->items. */
struct picklist_rows *picklist_rows_new(struct picklist *l);
/* Add @row after the others (at most PICKLIST_ROWS_MAX). */
void picklist_rows_add(struct picklist_rows *r, int row);
void picklist_rows_free(void *items);
/* What row @index (0 .. r->n - 1) is. */
int picklist_row(const struct picklist *l, int index);
/* The line (NULL for none): a look's heading, or a row's label. */
const char *picklist_rows_text(const struct picklist *l);

#endif
