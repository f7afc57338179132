/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: edit one service.  Every field is one line: the contact
 * fields, then each text in every language side by side (Name [nl], Name
 * [fr], ...), then the target groups and themes.  Enter opens a line for
 * editing; "Save" writes the changes in one transaction with their history
 * (who, when, old value) and sets "last checked" to today.  A web address,
 * e-mail address or phone number of the wrong form is refused as it is
 * entered (the store's check, upkeep_check_contact): the message says
 * what the field needs and the line keeps what was typed.  A save the
 * store refuses puts the focus on the field at fault; what was typed
 * stays until the counsellor leaves the screen.
 *
 * The same screen adds a service (screen_service_add_ops, opened without
 * a service): its id and provider come first, then the same lines,
 * blank, in every language of the catalog.  The provider is chosen from
 * a list of the catalog's (the list kit, widgets/picklist.h, drawn in
 * the body in place of the lines): each by its name in the counsellor's
 * language, its id beside it.  "Add the service" checks it as a save
 * does (upkeep_service_add) and, once added, the editor takes this
 * screen's place on the service as it was saved (its "last checked"
 * date, its provider, every line) and says it was added.  The quit key
 * (F10) with changes not saved asks first, as Esc does; the idle warning
 * says they will be lost.
 */
#include <assert.h>
#include <curses.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/keymap.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/picklist.h"
#include "store/account.h"
#include "store/rows.h"
#include "store/upkeep.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define MAX_ROWS 64

/* Every value an import lets in can be opened here for a change. */
_Static_assert(UPKEEP_MAX_VALUE <= FIELD_MAX, "an imported value fits the line");
/* A service added here can be opened for an edit by its id. */
_Static_assert(UPKEEP_SERVICE_ID_MAX < sizeof ((struct screen_param *)0)->ref,
    "a new service's id fits a screen's parameter");

enum row_kind {
	ROW_FIELD,    /* a string of the service */
	ROW_PROVIDER, /* a new service's provider, chosen from a list */
	ROW_GROUPS,   /* target group ids, ';'-separated */
	ROW_THEMES,   /* theme ids, ';'-separated */
	ROW_SAVE,
};

struct edit_row {
	enum row_kind kind;
	const char *label;  /* N_() text */
	const char *lang;   /* for texts, inside the service; else NULL */
	char **value;       /* the string edited, inside the service */
	const char *column; /* a neutral field's name, as upkeep_where gives it */
	int contact;        /* enum upkeep_contact whose form it must have, or -1 */
};

struct screen_service_edit_state {
	struct upkeep *u;
	struct upkeep_service svc;
	bool loaded;
	struct edit_row rows[MAX_ROWS];
	int nrows;
	struct menu menu;
	bool editing;
	struct field line;
	char *groups, *themes;  /* joined ids, edited as text */
	bool changed;           /* a line was changed since the last load */
	bool leaving;           /* Esc was pressed once with changes unsaved */
	bool quitting;          /* so was the quit key (F10) */
	bool adding;            /* a new service (screen_service_add_ops) */
	struct picklist providers; /* the providers, by name; adding: to
	                            * choose from */
	bool choosing;          /* adding: the list of them is shown */
};

/* The providers a new service may have, named in the UI's language: the
 * rows of the store and each drawn with its id. */
struct provider_items {
	struct upkeep_provider *rows;
	size_t n;
	enum orientation_status status; /* why there are none */
};

/* Join @n ids with ';'. */
static char *
join_ids(char **ids, size_t n)
{
	char *all = xstrdup("");

	for (size_t i = 0; i < n; i++) {
		char *next = xasprintf("%s%s%s", all, i ? ";" : "", ids[i]);

		free(all);
		all = next;
	}
	return all;
}

/* Add one row. */
static void
add_row(struct screen_service_edit_state *s, enum row_kind kind,
    const char *label, const char *lang, char **value)
{
	struct edit_row *r;

	if (s->nrows == MAX_ROWS)
		return;
	r = &s->rows[s->nrows++];
	r->kind = kind;
	r->label = label;
	r->lang = lang;
	r->value = value;
	r->column = NULL;
	r->contact = -1;
}

/* Add the row of a neutral field, named @column in the store, whose form
 * is checked as @contact (-1: none). */
static void
add_neutral(struct screen_service_edit_state *s, const char *label,
    const char *column, int contact, char **value)
{
	add_row(s, ROW_FIELD, label, NULL, value);
	s->rows[s->nrows - 1].column = column;
	s->rows[s->nrows - 1].contact = contact;
}

/* The screen's state around its list of providers @l. */
static struct screen_service_edit_state *
state_of(struct picklist *l)
{
	return (struct screen_service_edit_state *)(void *)((char *)l -
	    offsetof(struct screen_service_edit_state, providers));
}

/* The providers in the current language (the list's load). */
static int
provider_load(struct app *app, struct picklist *l)
{
	struct screen_service_edit_state *s = state_of(l);
	struct provider_items *it = xcalloc(1, sizeof *it);
	char **labels;

	it->status = upkeep_providers(s->u, app->session.lang, &it->rows,
	    &it->n);
	labels = xcalloc(it->n + 1, sizeof *labels); /* never 0 */
	for (size_t i = 0; i < it->n; i++)
		/* TRANSLATORS: a provider to choose from: its name, then
		 * its id in the catalogue. */
		labels[i] = xasprintf(_("%s [%s]"), it->rows[i].name,
		    it->rows[i].id);
	picklist_take_labels(l, labels, (int)it->n);
	return picklist_take(l, it, it->n);
}

/* Free the list's items (its free_items). */
static void
provider_free(void *items)
{
	struct provider_items *it = items;

	if (it != NULL)
		rows_free(it->rows);
	free(it);
}

/* A provider for speech: its name (the id is drawn, not said). */
static const char *
provider_said(const struct picklist *l, int index)
{
	return ((const struct provider_items *)l->items)->rows[index].name;
}

/* The language of a provider's name shown from a fallback, else NULL. */
static const char *
provider_lang(struct app *app, const struct picklist *l, int index,
    char *buf, size_t bufsz)
{
	const char *in =
	    ((const struct provider_items *)l->items)->rows[index].lang;

	(void)buf;
	(void)bufsz;
	return in[0] != '\0' && strcmp(in, app->session.lang) != 0 ? in : NULL;
}

/* The focus stays on a provider when a language change sorts them
 * again. */
static const char *
provider_id(const struct picklist *l, int index, char *buf, size_t bufsz)
{
	(void)buf;
	(void)bufsz;
	return ((const struct provider_items *)l->items)->rows[index].id;
}

/* The provider chosen: the new service's, and back to the lines. */
static void
provider_chosen(struct app *app, struct picklist *l, int index)
{
	struct screen_service_edit_state *s = state_of(l);
	const struct provider_items *it = l->items;
	const char *id = it->rows[index].id;

	(void)app;
	if (strcmp(s->svc.provider_id != NULL ? s->svc.provider_id : "",
	    id) != 0) {
		upkeep_field_set(&s->svc.provider_id, id);
		s->changed = true;
	}
	s->choosing = false;
}

static const struct picklist_look provider_look = {
	.question = N_("Which provider offers the new service?"),
	.heading_rows = 2, .numbered = true,
	.load = provider_load, .free_items = provider_free,
	.said = provider_said,
	.lang = provider_lang, .chosen = provider_chosen, .id = provider_id,
};

/* The provider @id as the list draws it; @id itself when it is not one
 * of them. */
static const char *
provider_drawn(const struct screen_service_edit_state *s, const char *id)
{
	int row = s->providers.look != NULL ?
	    picklist_find(&s->providers, id) : -1;

	return row >= 0 ? s->providers.labels[row] : id;
}

/* Lay out the rows for the loaded service. */
static void
screen_service_edit_layout(struct screen_service_edit_state *s)
{
	struct upkeep_service *v = &s->svc;

	s->nrows = 0;
	if (s->adding) {
		add_neutral(s, N_("Service id (a-z, 0-9, -)"), "id", -1, &v->id);
		add_neutral(s, N_("Provider"), "provider", -1,
		    &v->provider_id);
		s->rows[s->nrows - 1].kind = ROW_PROVIDER;
	}
	add_neutral(s, N_("Address"), "address", -1, &v->address);
	add_neutral(s, N_("Web"), "web", UPKEEP_CONTACT_WEB, &v->web);
	add_neutral(s, N_("E-mail"), "email", UPKEEP_CONTACT_EMAIL, &v->email);
	add_neutral(s, N_("Phone"), "phone", UPKEEP_CONTACT_PHONE, &v->phone);
	add_neutral(s, N_("Languages (codes, ; between)"), "languages", -1,
	    &v->languages);
	add_neutral(s, N_("Source"), "source", -1, &v->source);
	for (size_t i = 0; i < v->ntexts; i++)
		add_row(s, ROW_FIELD, N_("Name"), v->texts[i].lang, &v->texts[i].name);
	for (size_t i = 0; i < v->ntexts; i++)
		add_row(s, ROW_FIELD, N_("Summary"), v->texts[i].lang,
		    &v->texts[i].summary);
	for (size_t i = 0; i < v->ntexts; i++)
		add_row(s, ROW_FIELD, N_("What they do"), v->texts[i].lang,
		    &v->texts[i].offer);
	for (size_t i = 0; i < v->ntexts; i++)
		add_row(s, ROW_FIELD, N_("For whom"), v->texts[i].lang,
		    &v->texts[i].audience);
	add_row(s, ROW_GROUPS, N_("Groups (ids, ; between)"), NULL, &s->groups);
	add_row(s, ROW_THEMES, N_("Themes (ids, ; between)"), NULL, &s->themes);
	add_row(s, ROW_SAVE, s->adding ? N_("Add the service") :
	    N_("Save the changes"), NULL, NULL);
	s->menu.count = s->nrows;
	/* A long value goes on further in, not under the labels. */
	s->menu.hang = 4;
}

/* Load the service (again). */
static void
screen_service_edit_load(struct app *app, struct screen_service_edit_state *s,
    const char *id)
{
	upkeep_service_free(&s->svc);
	free(s->groups);
	free(s->themes);
	s->groups = s->themes = NULL;
	s->changed = s->leaving = false;
	s->loaded = s->u != NULL && (s->adding ?
	    upkeep_service_blank(s->u, &s->svc) :
	    upkeep_service_load(s->u, id, &s->svc)) == ORIENTATION_OK;
	if (!s->loaded) {
		s->nrows = 0;
		s->menu.count = 0;
		return;
	}
	s->groups = join_ids(s->svc.groups, s->svc.ngroups);
	s->themes = join_ids(s->svc.themes, s->svc.nthemes);
	screen_service_edit_layout(s);
	(void)app;
}

static const char *
screen_service_edit_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_service_edit_state *s = ctx;
	const struct edit_row *r = &s->rows[index];

	if (r->kind == ROW_SAVE)
		return _(r->label);
	if (r->kind == ROW_PROVIDER)
		fits_format(buf, bufsz, _("%s: %s"), _(r->label),
		    provider_drawn(s, *r->value != NULL ? *r->value : ""));
	else if (r->lang != NULL && r->lang[0] != '\0')
		fits_format(buf, bufsz, _("%s [%s]: %s"), _(r->label), r->lang,
		    *r->value != NULL ? *r->value : "");
	else
		fits_format(buf, bufsz, _("%s: %s"), _(r->label),
		    *r->value != NULL ? *r->value : "");
	return buf;
}

/* The providers' names, for the provider's line (and the list). */
static void
screen_service_edit_providers(struct app *app,
    struct screen_service_edit_state *s)
{
	if (s->u == NULL)
		return;
	s->providers.look = &provider_look;
	s->providers.menu.numbered = provider_look.numbered;
	picklist_reload(app, &s->providers);
}

static void
screen_service_edit_open(struct app *app, void *state)
{
	struct screen_service_edit_state *s = state;

	if (upkeep_open(app->opts.catalog_path, &s->u) != ORIENTATION_OK)
		s->u = NULL;
	assert(app_param(app)->kind == SCREEN_PARAM_SERVICE);
	screen_service_edit_load(app, s, app_param(app)->ref);
	screen_service_edit_providers(app, s);
}

static void
screen_service_add_open(struct app *app, void *state)
{
	struct screen_service_edit_state *s = state;

	if (upkeep_open(app->opts.catalog_path, &s->u) != ORIENTATION_OK)
		s->u = NULL;
	s->adding = true;
	screen_service_edit_load(app, s, NULL);
	screen_service_edit_providers(app, s);
}

/* The providers' names in the new language. */
static void
screen_service_edit_language(struct app *app, void *state)
{
	struct screen_service_edit_state *s = state;

	if (s->providers.look != NULL)
		picklist_reload(app, &s->providers);
}

static void
screen_service_edit_close(void *state)
{
	struct screen_service_edit_state *s = state;

	upkeep_service_free(&s->svc);
	upkeep_free(s->u);
	free(s->groups);
	free(s->themes);
	if (s->providers.look != NULL)
		picklist_close(&s->providers);
}

/* Why nothing can be edited. */
static const char *
screen_service_edit_cannot(const struct screen_service_edit_state *s)
{
	return s->u == NULL || s->adding ? _("The catalogue cannot be changed "
	    "here: it is read-only or locked. Ask an administrator.") :
	    _("This service is no longer in the catalogue.");
}

/* The service and when a person last checked it; the caller frees. */
static char *
screen_service_edit_head(const struct screen_service_edit_state *s)
{
	if (s->adding)
		return xstrdup(_("A new service: its id, provider, source and "
		    "texts in every language."));
	return *s->svc.last_checked != '\0' ?
	    xasprintf(_("%s, last checked %s"), s->svc.id,
	    s->svc.last_checked) :
	    xasprintf(_("%s, not checked by a person yet"), s->svc.id);
}

/* An edited service's provider, which the editor does not change, as
 * the list draws it; NULL when adding (a line of its own).  The caller
 * frees. */
static char *
screen_service_edit_provider_line(const struct screen_service_edit_state *s)
{
	if (s->adding)
		return NULL;
	return xasprintf(_("%s: %s"), _("Provider"), provider_drawn(s,
	    s->svc.provider_id != NULL ? s->svc.provider_id : ""));
}

/* The field's prompt while a value is typed. */
static const char *const value_prompt =
    N_("New value (Enter keeps it, Esc cancels):");

static void
screen_service_edit_paint(struct app *app, void *state)
{
	struct screen_service_edit_state *s = state;
	int y = APP_BODY_TOP, x = 2, width = COLS - 4, rows;
	char *head;

	if (s->u == NULL || !s->loaded) {
		draw_wrapped(y, x, width, 3, 0, screen_service_edit_cannot(s),
		    app_attr(app, UI_ROLE_ERROR));
		move(y, x);
		return;
	}
	if (s->choosing) {
		picklist_paint(app, &s->providers);
		return;
	}
	/* Two rows: a new service's head is longer in some languages. */
	head = screen_service_edit_head(s);
	y += draw_wrapped(y, x, width, 2, 0, head,
	    app_attr(app, UI_ROLE_EMPHASIS));
	free(head);
	if ((head = screen_service_edit_provider_line(s)) != NULL)
		y += draw_wrapped(y, x, width, 2, 0, head,
		    app_attr(app, UI_ROLE_DIM));
	free(head);
	y++;
	rows = app_body_bottom() - y - (s->editing ? 3 : 0);
	menu_paint(&s->menu, app, y, x, rows, width, screen_service_edit_label, s);
	if (s->editing) {
		y = app_body_bottom() - 2;
		draw_text(y, x, width, _(value_prompt), A_BOLD);
		field_paint(&s->line, y + 1, x, width);
	}
}

/* Split @text at ';' into the groups or themes of the service. */
static void
set_ids(struct upkeep_service *svc, bool groups, const char *text)
{
	char *copy = xstrdup(text), *save = NULL;
	const char *ids[32];
	size_t n = 0;

	for (char *p = strtok_r(copy, "; ", &save); p != NULL && n < 32;
	    p = strtok_r(NULL, "; ", &save))
		ids[n++] = p;
	if (groups)
		upkeep_service_set_groups(svc, ids, n);
	else
		upkeep_service_set_themes(svc, ids, n);
	free(copy);
}

/* The row of the neutral field the store names @column, or -1. */
static int
screen_service_edit_row_of(const struct screen_service_edit_state *s,
    const char *column)
{
	for (int i = 0; i < s->nrows; i++)
		if (s->rows[i].column != NULL &&
		    strcmp(s->rows[i].column, column) == 0)
			return i;
	return -1;
}

/* The first text row in language @lang that is empty or a placeholder
 * (what the store refuses in a text), or -1. */
static int
screen_service_edit_empty_in(const struct screen_service_edit_state *s,
    const char *lang)
{
	for (int i = 0; i < s->nrows; i++) {
		const char *v = *s->rows[i].value;

		if (s->rows[i].lang != NULL && strcmp(s->rows[i].lang, lang) == 0 &&
		    (upkeep_is_blank(v) || upkeep_is_placeholder(v)))
			return i;
	}
	return -1;
}

/* Say why the store refused @st, with the focus on the row at fault. */
static void
screen_service_edit_refused(struct app *app,
    struct screen_service_edit_state *s, enum orientation_status st)
{
	const char *where = upkeep_where(s->u);
	int own = screen_service_edit_row_of(s, where);
	int row = own;
	char *msg;

	/* A text missing in a language: the first empty one of it. */
	if (row < 0 && *where)
		row = screen_service_edit_empty_in(s, where);
	if (row >= 0)
		s->menu.selected = row;
	/* A field's own row needs no name in the store's words after the
	 * message. */
	if (*where && own < 0)
		msg = xasprintf("%s (%s)", status_message(st), where);
	else
		msg = xstrdup(status_message(st));
	app_message_text(app, msg);
	free(msg);
}

/* Save (or add) and report. */
static void
screen_service_edit_save(struct app *app, struct screen_service_edit_state *s)
{
	enum orientation_status st;
	char *id = xstrdup(s->svc.id);

	set_ids(&s->svc, true, s->groups);
	set_ids(&s->svc, false, s->themes);
	st = s->adding ?
	    upkeep_service_add(s->u, &s->svc, app->counselor, time(NULL)) :
	    upkeep_service_save(s->u, &s->svc, app->counselor, time(NULL));
	if (st != ORIENTATION_OK) {
		screen_service_edit_refused(app, s, st);
		free(id);
		return;
	}
	audit_add(app->state, time(NULL), app->counselor, "catalog change", id);
	if (s->adding) {
		/* The editor on it, as saved, in this screen's place: @s is
		 * gone after the pop. */
		app_pop(app);
		app_push_with(app, SCREEN_SERVICE_EDIT,
		    screen_param_ref(SCREEN_PARAM_SERVICE, id));
		free(id);
		app_message(app, N_("Added. Kiosks show the new service to their "
		    "next visitor."));
		return;
	}
	app_message(app, N_("Saved. Kiosks show the change to their next "
	    "visitor."));
	screen_service_edit_load(app, s, id);
	free(id);
}

/* Whether a change is not saved: a line changed, or one being typed. */
static bool
screen_service_edit_unsaved(const void *state)
{
	const struct screen_service_edit_state *s = state;
	const struct edit_row *r;

	if (s->changed)
		return true;
	if (!s->editing)
		return false;
	r = &s->rows[s->menu.selected];
	return strcmp(*r->value != NULL ? *r->value : "", s->line.text) != 0;
}

/* The quit key (F10) with changes not saved asks first, as Esc does; a
 * second time, the app quits without them.  @return whether it asked. */
static bool
screen_service_edit_quit(struct app *app, struct screen_service_edit_state *s)
{
	char *name, *msg;

	if (!screen_service_edit_unsaved(s) || s->quitting)
		return false;
	s->quitting = true;
	name = keymap_key_name(keymap_binding((enum keymap_mode)
	    app_keymap_mode(app), KEYMAP_QUIT), true);
	msg = xasprintf(s->adding ? _("The service is not added. Press %s "
	    "again to quit without it, or choose \"Add the service\".") :
	    _("The changes are not saved. Press %s again to quit without "
	    "them, or choose \"Save the changes\"."),
	    name != NULL ? name : "F10");
	app_message_text(app, msg);
	free(msg);
	free(name);
	return true;
}

/* A key while the focused line's value is typed. */
static bool
screen_service_edit_line_key(struct app *app,
    struct screen_service_edit_state *s, const struct ui_key *key)
{
	struct edit_row *r = &s->rows[s->menu.selected];
	enum orientation_status st;

	if (key->kind == UI_KEY_CODE && key->code == UI_KEY_ESC) {
		s->editing = false;
		return true;
	}
	if (key->kind != UI_KEY_CODE || key->code != KEY_ENTER)
		/* A key the line has no use for (F1 help, F2, F3, F10) does
		 * what the footer says, the line kept. */
		return field_key(&s->line, key);
	st = r->contact < 0 ? ORIENTATION_OK : upkeep_check_contact(
	    (enum upkeep_contact)r->contact, s->line.text);
	/* A value of the wrong form stays in the line to be put right (or
	 * Esc keeps the old one). */
	if (st != ORIENTATION_OK) {
		app_message(app, status_msgid(st));
		return true;
	}
	if (strcmp(*r->value != NULL ? *r->value : "", s->line.text) != 0) {
		upkeep_field_set(r->value, s->line.text);
		s->changed = true;
	}
	s->editing = false;
	return true;
}

/* Open the list of providers on the new service's, if it has one. */
static void
screen_service_edit_choose(struct app *app,
    struct screen_service_edit_state *s)
{
	const struct provider_items *it = s->providers.items;
	const char *id = s->svc.provider_id != NULL ? s->svc.provider_id : "";
	int row;

	if (it == NULL || it->n == 0) {
		app_message(app, status_msgid(it != NULL &&
		    it->status != ORIENTATION_OK ? it->status :
		    ORIENTATION_UNKNOWN_PROVIDER));
		return;
	}
	row = picklist_find(&s->providers, id);
	s->providers.menu.selected = row >= 0 ? row : 0;
	s->providers.menu.top = 0;
	s->choosing = true;
	app_speech_new_view(app);
}

static bool
screen_service_edit_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_service_edit_state *s = state;
	enum keymap_command cmd = keymap_lookup((enum keymap_mode)
	    app_keymap_mode(app), app->speech.on, key);
	struct edit_row *r;
	int chosen;

	if (cmd == KEYMAP_QUIT)
		return screen_service_edit_quit(app, s);
	s->quitting = false;
	if (s->editing)
		return screen_service_edit_line_key(app, s, key);
	/* Going back from the providers keeps the one there was. */
	if (s->choosing && cmd == KEYMAP_BACK) {
		s->choosing = false;
		return true;
	}
	if (s->choosing)
		return picklist_key(app, &s->providers, key);
	/* Going back (Esc, Backspace, a tap on the footer's Esc) with
	 * changes not saved asks first: a second time leaves without them. */
	if (cmd == KEYMAP_BACK) {
		if (!s->changed || s->leaving)
			return false;
		s->leaving = true;
		app_message(app, s->adding ? N_("The service is not added. Press "
		    "Esc again to leave without it, or choose \"Add the "
		    "service\".") : N_("The changes are not saved. Press Esc "
		    "again to leave without them, or choose \"Save the "
		    "changes\"."));
		return true;
	}
	s->leaving = false;
	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	r = &s->rows[chosen];
	if (r->kind == ROW_SAVE)
		screen_service_edit_save(app, s);
	else if (r->kind == ROW_PROVIDER)
		screen_service_edit_choose(app, s);
	else if (!field_set(&s->line, *r->value))
		app_message(app, FIELD_TOO_LONG);
	else
		s->editing = true;
	return true;
}

/* The service, its fields and the focused one; while a value is typed,
 * the prompt (the value is said only as it is typed). */
static void
screen_service_edit_speak(struct app *app, void *state,
    enum screen_speak what, struct utterance *out)
{
	struct screen_service_edit_state *s = state;
	char *head;

	if (s->u == NULL || !s->loaded) {
		if (what == SCREEN_SPEAK_ALL)
			utterance_add(out, screen_service_edit_cannot(s));
		return;
	}
	if (s->choosing) {
		picklist_speak(app, &s->providers, what, out);
		return;
	}
	if (what == SCREEN_SPEAK_ALL) {
		head = screen_service_edit_head(s);
		utterance_add(out, head);
		free(head);
		if ((head = screen_service_edit_provider_line(s)) != NULL)
			utterance_add(out, head);
		free(head);
	}
	if (s->editing)
		utterance_add(out, _(value_prompt));
	else
		menu_speak(&s->menu, what, screen_service_edit_label, NULL, s, out);
}

const struct screen_ops screen_service_edit_ops = {
	.title = N_("Edit a service"),
	.help = N_("Choose a line and press Enter to change it; Enter again "
	    "keeps the new value. \"Save the changes\" writes them all at once; "
	    "an empty contact field means it is not known. Esc leaves; with "
	    "changes not saved, a second Esc leaves without them."),
	.state_size = sizeof(struct screen_service_edit_state),
	.open = screen_service_edit_open,
	.close = screen_service_edit_close,
	.paint = screen_service_edit_paint,
	.key = screen_service_edit_key,
	.speak = screen_service_edit_speak,
	.on_language = screen_service_edit_language,
	.unsaved = screen_service_edit_unsaved,
};

/* The same screen for a new service. */
const struct screen_ops screen_service_add_ops = {
	.title = N_("Add a service"),
	/* At most a line more than the editor's in German and French: the
	 * help box at 80x24 has no room for more. */
	.help = N_("Choose a line and press Enter to fill it in (the provider "
	    "from a list); Enter again keeps the value. Every line is needed "
	    "but the contact fields, languages, groups and themes. \"Add the "
	    "service\" checks it and adds it; what is wrong keeps what was "
	    "typed. Esc leaves; with lines filled in, a second Esc leaves "
	    "without them."),
	.state_size = sizeof(struct screen_service_edit_state),
	.open = screen_service_add_open,
	.close = screen_service_edit_close,
	.paint = screen_service_edit_paint,
	.key = screen_service_edit_key,
	.speak = screen_service_edit_speak,
	.on_language = screen_service_edit_language,
	.unsaved = screen_service_edit_unsaved,
};
