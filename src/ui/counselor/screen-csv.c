/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: export the services or the occupations' labour-market facts
 * as CSV, or import them.  An import is always checked first (a dry run):
 * a file with errors is refused whole and every error is listed with its
 * line and column; a good file is applied in one transaction after a
 * second Enter.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/counselor/export-file.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/scroll.h"
#include "store/account.h"
#include "store/upkeep.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

enum csv_choice {
	CSV_EXPORT_SERVICES,
	CSV_EXPORT_LMI,
	CSV_IMPORT_SERVICES,
	CSV_IMPORT_LMI,
	CSV_COUNT
};

static const char *const labels[CSV_COUNT] = {
	[CSV_EXPORT_SERVICES] = N_("Export the services"),
	[CSV_EXPORT_LMI] = N_("Export the labour-market facts of occupations"),
	[CSV_IMPORT_SERVICES] = N_("Import services from a CSV file"),
	[CSV_IMPORT_LMI] = N_("Import labour-market facts from a CSV file"),
};

/* What screen_csv_write writes. */
struct screen_csv_export {
	int choice;                 /* CSV_EXPORT_* */
	struct upkeep *upkeep;
};

struct screen_csv_state {
	struct menu menu;
	int importing;              /* CSV_IMPORT_* while a path is asked, or -1 */
	struct field path;
	struct upkeep_errors result;
	bool checked;               /* result holds a clean dry run of path */
	char checked_path[FIELD_MAX + 1]; /* as long as the path field's */
	int checked_kind;
	int scroll, lines;
};

static void
screen_csv_open(struct app *app, void *state)
{
	struct screen_csv_state *s = state;

	(void)app;
	s->menu.count = CSV_COUNT;
	s->menu.numbered = true;
	s->importing = -1;
}

static void
screen_csv_close(void *state)
{
	struct screen_csv_state *s = state;

	upkeep_errors_free(&s->result);
}

/* The field's prompt while a path is typed. */
static const char *
screen_csv_prompt(void)
{
	return _("Path of the CSV file (Enter checks it, Esc cancels):");
}

/* The check's findings into @d (drawn, or spoken with d.say). */
static void
screen_csv_doc(struct app *app, struct screen_csv_state *s, struct doc *d,
    int x, int width)
{
	for (size_t i = 0; i < s->result.n; i++) {
		char *line = upkeep_error_format(&s->result.list[i]);

		doc_text(d, x, width, line, app_attr(app, UI_ROLE_ERROR));
		free(line);
	}
	if (s->checked) {
		char *line = xasprintf(_("The file is correct. Rows read: %zu. "
		    "Items that would change: %zu. Fields that would change: %zu. "
		    "Press Enter on the same line again to apply it."),
		    s->result.rows, s->result.items, s->result.fields);

		doc_text(d, x, width, line, A_BOLD);
		free(line);
	}
}

static void
screen_csv_paint(struct app *app, void *state)
{
	struct screen_csv_state *s = state;
	int y = APP_BODY_TOP, x = 2, width = COLS - 4;
	struct doc d;

	menu_paint(&s->menu, app, y, x, CSV_COUNT, width, menu_msgid_label,
	    (void *)labels);
	y += CSV_COUNT + 1;
	if (s->importing >= 0) {
		draw_text(y, x, width, screen_csv_prompt(), A_BOLD);
		field_paint(&s->path, y + 1, x, width);
		return;
	}
	d = (struct doc){ .top = y, .rows = app_body_bottom() - y,
	    .skip = s->scroll };
	screen_csv_doc(app, s, &d, x, width);
	s->lines = d.line;
	menu_place_cursor(&s->menu);
}

/* export_file_writer of the services or the labour-market file. */
static enum orientation_status
screen_csv_write(FILE *out, void *ctx)
{
	struct screen_csv_export *e = ctx;

	return e->choice == CSV_EXPORT_SERVICES ?
	    upkeep_export_services(e->upkeep, out) :
	    upkeep_export_lmi(e->upkeep, out);
}

/* Export @choice to a file beside the reports. */
static void
screen_csv_export(struct app *app, int choice)
{
	struct screen_csv_export e = { .choice = choice };
	char *path;
	time_t now = time(NULL);
	struct tm tm;
	char day[16];

	if (upkeep_open(app->opts.catalog_path, &e.upkeep) != ORIENTATION_OK) {
		app_message(app, N_("The catalogue cannot be changed here: it is "
		    "read-only or locked. Ask an administrator."));
		return;
	}
	gmtime_r(&now, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	path = xasprintf("%s/%s-%s.csv", app->opts.output_dir,
	    choice == CSV_EXPORT_SERVICES ? "services" : "labour-market", day);
	export_file_save(app, path, screen_csv_write, &e);
	upkeep_free(e.upkeep);
	free(path);
}

/* Check (@apply false) or apply the file at @full, typed as @path. */
static void
screen_csv_import_file(struct app *app, struct screen_csv_state *s, int kind,
    const char *path, const char *full, bool apply)
{
	struct upkeep *u;
	enum orientation_status st;
	time_t now = time(NULL);
	char *msg;

	s->checked = false;
	s->scroll = 0;
	if (upkeep_open(app->opts.catalog_path, &u) != ORIENTATION_OK) {
		app_message(app, N_("The catalogue cannot be changed here: it is "
		    "read-only or locked. Ask an administrator."));
		return;
	}
	st = upkeep_import(u, kind == CSV_IMPORT_SERVICES ? UPKEEP_FILE_SERVICES :
	    UPKEEP_FILE_LMI, full, !apply, app->counselor, now, &s->result);
	upkeep_free(u);
	if (st != ORIENTATION_OK) {
		/* The file as it was looked for, so that a wrong folder shows. */
		msg = st == ORIENTATION_FILE_OPEN ? xasprintf("%s (%s)",
		    status_message(st), full) : xstrdup(status_message(st));
		app_message_text(app, msg);
		free(msg);
		return;
	}
	if (!apply) {
		s->checked = true;
		_Static_assert(sizeof s->checked_path == sizeof s->path.text,
		    "a typed path fits");
		/* fits: path is s->path.text here */
		snprintf(s->checked_path, sizeof s->checked_path, "%s", path);
		s->checked_kind = kind;
		return;
	}
	audit_add(app->state, now, app->counselor, "catalog import", full);
	app_message(app, N_("Imported. Kiosks show the changes to their next "
	    "visitor."));
	upkeep_errors_free(&s->result);
}

/* Check (@apply false) or apply the file at @path, as typed: a name or a
 * path that does not start with '/' is in the output folder, where the
 * exports are (the program's working folder is nothing a counsellor
 * knows). */
static void
screen_csv_import(struct app *app, struct screen_csv_state *s, int kind,
    const char *path, bool apply)
{
	char *full = path[0] == '/' ? xstrdup(path) :
	    xasprintf("%s/%s", app->opts.output_dir, path);

	screen_csv_import_file(app, s, kind, path, full, apply);
	free(full);
}

static bool
screen_csv_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_csv_state *s = state;
	int chosen;

	if (s->importing >= 0) {
		if (key->kind == UI_KEY_CODE && key->code == UI_KEY_ESC) {
			s->importing = -1;
		} else if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
			int kind = s->importing;

			s->importing = -1;
			screen_csv_import(app, s, kind, s->path.text, false);
		} else if (!field_key(&s->path, key)) {
			/* A key the field has no use for (F1 help, F2, F3,
			 * F10) does what the footer says, the path kept. */
			return false;
		}
		return true;
	}
	if (key->kind == UI_KEY_CODE && (key->code == KEY_NPAGE ||
	    key->code == KEY_PPAGE))
		return scroll_key(&s->scroll, s->lines,
		    app_body_bottom() - APP_BODY_TOP - CSV_COUNT - 1, key);
	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen == CSV_EXPORT_SERVICES || chosen == CSV_EXPORT_LMI) {
		screen_csv_export(app, chosen);
	} else if (chosen >= 0) {
		if (s->checked && s->checked_kind == chosen) {
			screen_csv_import(app, s, chosen, s->checked_path, true);
		} else {
			upkeep_errors_free(&s->result);
			s->checked = false;
			s->importing = chosen;
		}
	}
	return true;
}

/* The choices, then the path's prompt or what the check found; on a
 * move, the choice (or, while a path is typed, the prompt: the path
 * itself is said only as it is typed). */
static void
screen_csv_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_csv_state *s = state;
	struct doc d = { .say = out };

	if (s->importing >= 0) {
		utterance_add(out, screen_csv_prompt());
		return;
	}
	menu_speak(&s->menu, what, menu_msgid_label, NULL, (void *)labels,
	    out);
	if (what == SCREEN_SPEAK_ALL || s->checked || s->result.n > 0)
		screen_csv_doc(app, s, &d, 2, COLS - 4);
}

const struct screen_ops screen_csv_ops = {
	.title = N_("Import and export"),
	.help = N_("Exports are saved beside the reports. An import is checked "
	    "first: errors are listed with their line and column and nothing "
	    "changes; a correct file is applied with a second Enter."),
	.state_size = sizeof(struct screen_csv_state),
	.open = screen_csv_open,
	.close = screen_csv_close,
	.paint = screen_csv_paint,
	.key = screen_csv_key,
	.speak = screen_csv_speak,
};
