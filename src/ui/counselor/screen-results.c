/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: a walk-in's kept results (the parameter is the code).  The
 * profile, the answers, the skills and what they looked at, rendered in
 * the counselor's language; a note, extending the expiry (with the
 * walk-in's consent), deleting, and the report as PDF and text in the
 * counselor's or the walk-in's language, printed if lp is there.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "ui/widgets/linkdoc.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/profile-view.h"
#include "report/module.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "store/service.h"
#include "store/state.h"
#include "text/profile-words.h"
#include "speech/speech.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

enum screen_results_action {
	ACTION_NOTE,
	ACTION_EXTEND,
	ACTION_DELETE,
	ACTION_REPORT_MINE,
	ACTION_REPORT_THEIRS,
	ACTION_PRINT,
	ACTION_COUNT
};

static const char *const action_labels[ACTION_COUNT] = {
	[ACTION_NOTE] = N_("Write or change the note"),
	[ACTION_EXTEND] = N_("Keep it longer (the walk-in agrees)"),
	[ACTION_DELETE] = N_("Delete these results"),
	[ACTION_REPORT_MINE] = N_("Report in my language (PDF and text)"),
	[ACTION_REPORT_THEIRS] = N_("Report in the walk-in's language"),
	[ACTION_PRINT] = N_("Print the last report"),
};

static const char *const scale[RIASEC_ANSWER_MAX + 1] = {
	N_("Strongly dislike"), N_("Dislike"), N_("Not sure"), N_("Like"),
	N_("Strongly like"),
};

static const char *const levels[MATCH_RATING_MAX + 1] = {
	N_("Not yet"), N_("Some"), N_("Good"), N_("Very good"),
};

struct screen_results_state {
	struct linkdoc view;         /* first: the results, the actions under
	                              * them */
	char code[HANDOFF_CODE_LEN + 1];
	struct session walkin;       /* the kept session, loaded on open */
	time_t created, expires;
	bool loaded;
	enum orientation_status load_status; /* why not loaded */
	char *note;
	bool editing;                /* the note field is open */
	struct field note_field;
	int confirm;                 /* action waiting for a second Enter, or -1 */
	char *last_pdf;              /* the report made last, or NULL */
};

/* Load (again) the session and its note. */
static void
screen_results_load(struct app *app, struct screen_results_state *s)
{
	free(s->note);
	s->note = NULL;
	s->load_status = state_handoff_load(app->state, s->code, time(NULL),
	    &s->walkin, &s->created, &s->expires);
	s->loaded = s->load_status == ORIENTATION_OK;
	if (s->loaded)
		state_handoff_note(app->state, s->code, &s->note);
}

static void
screen_results_open(struct app *app, void *state)
{
	struct screen_results_state *s = state;

	assert(app_param(app)->kind == SCREEN_PARAM_CODE);
	assert(strlen(app_param(app)->ref) < sizeof s->code);
	memcpy(s->code, app_param(app)->ref, strlen(app_param(app)->ref) + 1);
	linkdoc_init(&s->view, ACTION_COUNT);
	s->confirm = -1;
	screen_results_load(app, s);
}

static void
screen_results_close(void *state)
{
	struct screen_results_state *s = state;

	free(s->note);
	free(s->last_pdf);
}

/* The answers, one line each, in the current language. */
static void
screen_results_answers(struct app *app, struct screen_results_state *s,
    struct doc *d, int x, int width)
{
	struct catalog_item *items;
	size_t n = catalog_items_load(app->catalog, app->session.lang, false,
	    &items);

	doc_text(d, x, width, _("Answers"), app_attr(app, UI_ROLE_EMPHASIS));
	for (int i = 0; i < s->walkin.nitems; i++) {
		const char *text = "";
		char *line;

		for (size_t k = 0; k < n; k++)
			if (items[k].id == s->walkin.item_id[i])
				text = items[k].text;
		/* TRANSLATORS: number, type letter, question, then the
		 * answer; French puts a space before the colon. */
		line = xasprintf(_("%2d. [%c] %s: %s"), i + 1,
		    riasec_letter(s->walkin.item_type[i]), text,
		    s->walkin.answer[i] == RIASEC_ANSWER_NONE ? _("skipped") :
		    _(scale[s->walkin.answer[i]]));
		doc_text(d, x + 2, width - 2, line, 0);
		free(line);
	}
	rows_free(items);
}

/* The rated skills, in the current language. */
static void
screen_results_skills(struct app *app, struct screen_results_state *s,
    struct doc *d, int x, int width)
{
	struct catalog_skill *skills;
	size_t n;

	if (session_skills_rated(&s->walkin) == 0)
		return;
	n = catalog_skills_load(app->catalog, app->session.lang, &skills);
	doc_gap(d);
	doc_text(d, x, width, _("Skills"), app_attr(app, UI_ROLE_EMPHASIS));
	for (int i = 0; i < s->walkin.nskills; i++) {
		int r = s->walkin.skill_rating[i];

		if (r == MATCH_RATING_NONE)
			continue;
		for (size_t k = 0; k < n; k++)
			if (strcmp(skills[k].element_id, s->walkin.skill_id[i]) == 0)
				doc_field(d, x + 2, width - 2, skills[k].name, _(levels[r]),
				    0);
	}
	rows_free(skills);
}

/* What the walk-in opened. */
static void
screen_results_seen(struct app *app, struct screen_results_state *s,
    struct doc *d, int x, int width)
{
	struct service_detail sd;

	if (s->walkin.noccupations > 0) {
		doc_gap(d);
		doc_text(d, x, width, _("Occupations looked at"),
		    app_attr(app, UI_ROLE_EMPHASIS));
		for (int i = 0; i < s->walkin.noccupations; i++) {
			char *label = occupation_store_label(app->occupations,
			    s->walkin.occupations[i], app->session.lang);

			if (label != NULL)
				doc_text(d, x + 2, width - 2, label, 0);
			free(label);
		}
	}
	if (s->walkin.nservices > 0) {
		doc_gap(d);
		doc_text(d, x, width, _("Services looked at"),
		    app_attr(app, UI_ROLE_EMPHASIS));
		for (int i = 0; i < s->walkin.nservices; i++) {
			if (service_detail_load(app->catalog, s->walkin.services[i],
			    app->session.lang, &sd) != ORIENTATION_OK)
				continue;
			doc_text(d, x + 2, width - 2, sd.name, 0);
			service_detail_free(&sd);
		}
	}
}

/* The first line: the code, until when it is kept, the language used;
 * spoken (@spell), the code spelled.  The caller frees. */
static char *
screen_results_head(struct app *app, struct screen_results_state *s,
    bool spell)
{
	const struct catalog_language *lang = catalog_language_find(app->catalog,
	    s->walkin.lang);
	char *kept = app_date(app, s->expires), *line, *at, *spelled, *out;
	char shown[HANDOFF_CODE_SHOWN];

	handoff_code_format(s->code, shown);
	line = xasprintf(_("Code %s, kept until %s, language used: %s"),
	    shown, kept, lang != NULL ? lang->native_name :
	    s->walkin.lang);
	free(kept);
	if (!spell || (at = strstr(line, shown)) == NULL)
		return line;
	spelled = speech_spell(shown);
	out = xasprintf("%.*s%s%s", (int)(at - line), line, spelled,
	    at + strlen(shown));
	free(spelled);
	free(line);
	return out;
}

/* linkdoc_write_fn of what is kept under the code; damage or a server
 * away is never "deleted or expired". */
static const char *
screen_results_write(struct app *app, void *ctx, struct doc *d, int x,
    int width)
{
	struct screen_results_state *s = ctx;
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile p;
	char *line;

	if (!s->loaded)
		return s->load_status == ORIENTATION_NOT_FOUND ?
		    _("These results are no longer kept (deleted or expired).") :
		    status_message(s->load_status);
	line = screen_results_head(app, s, d->say != NULL);
	doc_text(d, x, width, line, A_BOLD);
	free(line);
	doc_field(d, x, width, _("Note"), s->note != NULL ? s->note :
	    _("none yet"), A_BOLD);
	doc_gap(d);
	session_profile(&s->walkin, &p);
	catalog_type_texts_load(app->catalog, app->session.lang, names);
	if (s->walkin.nitems > 0)
		profile_view_doc(app, d, x, width, &p, names,
		    PROFILE_READER_COUNSELOR);
	catalog_type_texts_free(names);
	doc_gap(d);
	if (s->walkin.nitems > 0)
		screen_results_answers(app, s, d, x, width);
	screen_results_skills(app, s, d, x, width);
	screen_results_seen(app, s, d, x, width);
	return NULL;
}

/* The note field's prompt. */
static const char *const note_prompt =
    N_("Note (Enter saves, Esc cancels):");

/* The results and the actions (the linkdoc's ops), or while the note is
 * typed, its field in the actions' place. */
static void
screen_results_paint(struct app *app, void *state)
{
	struct screen_results_state *s = state;
	struct doc d;
	int x = 2, width = COLS - 4, y = app_body_bottom() - ACTION_COUNT + 1;

	if (!s->editing) {
		linkdoc_screen_paint(app, state);
		return;
	}
	if (!linkdoc_draw(&s->view, app, &d, x, width, screen_results_write, s))
		return;
	linkdoc_finish(&s->view, app, &d, x, width);
	for (int r = 0; r < ACTION_COUNT; r++)
		draw_fill(y + r, 0, COLS, 0);
	draw_text(y, x, width, _(note_prompt), A_BOLD);
	field_paint(&s->note_field, y + 1, x, width);
}

/* Fill @d for the report in the current language; strings in @keep. */
static void
screen_results_report_data(struct app *app, struct screen_results_state *s,
    struct report_data *d, struct catalog_type_text names[RIASEC_COUNT],
    char **keep, int *nkeep)
{
	const char *lang = i18n_language();
	struct match_person person;
	struct match_result results[REPORT_MAX_OCCUPATIONS];
	const struct match_occupation *occ;
	struct service_context ctx;
	struct service_item *items;
	size_t nocc, nres, nitems;
	char shown[HANDOFF_CODE_SHOWN];

	memset(d, 0, sizeof *d);
	d->lang = lang;
	handoff_code_format(s->code, shown);
	d->code = keep[(*nkeep)++] = xstrdup(shown);
	/* Dates as the report's language writes them. */
	d->date = keep[(*nkeep)++] = app_date(app, s->created);
	d->expires = keep[(*nkeep)++] = app_date(app, s->expires);
	session_profile(&s->walkin, &d->profile);
	catalog_type_texts_load(app->catalog, lang, names);
	for (int t = 0; t < RIASEC_COUNT; t++)
		d->type_names[t] = names[t].name;
	/* The report is the walk-in's to take away ("My interest profile"):
	 * its sentences speak to them. */
	d->summary_lines[0] = keep[(*nkeep)++] = profile_words_code_line(
	    &d->profile, names, PROFILE_READER_WALKIN);
	d->summary_lines[1] = keep[(*nkeep)++] =
	    profile_words_ties(&d->profile, names);
	d->summary_lines[2] = profile_words_clarity(&d->profile,
	    PROFILE_READER_WALKIN);
	d->summary_lines[3] = profile_words_consistency(&d->profile,
	    PROFILE_READER_WALKIN);

	session_match_person(&s->walkin, &person);
	occ = app_occupations(app, &nocc);
	nres = match_rank(&person, occ, nocc, NULL, results,
	    REPORT_MAX_OCCUPATIONS);
	for (size_t i = 0; i < nres; i++) {
		d->occupations[i].label = keep[(*nkeep)++] = occupation_store_label(
		    app->occupations, occ[results[i].index].id, lang);
		d->occupations[i].fit = results[i].fit;
	}
	d->noccupations = (int)nres;

	session_service_context(&s->walkin, NULL, &ctx);
	nitems = service_recommend(app->catalog, &ctx, lang, &items);
	for (size_t i = 0; i < nitems && i < REPORT_MAX_SERVICES; i++) {
		struct service_detail sd;
		const char *contact = NULL;

		d->services[i].name = keep[(*nkeep)++] = xstrdup(items[i].name);
		if (service_detail_load(app->catalog, items[i].id, lang, &sd) ==
		    ORIENTATION_OK) {
			contact = *sd.phone ? sd.phone : *sd.email ? sd.email : sd.web;
			d->services[i].contact = keep[(*nkeep)++] = xstrdup(contact);
			service_detail_free(&sd);
		}
		d->nservices++;
	}
	rows_free(items);
	d->note = s->note;
}

/* Write @d as text to @txt; a file left half-written, or an older one
 * that cannot be written over, is removed. */
static enum report_status
screen_results_text(const struct report_api *api, const struct report_data *d,
    const char *txt)
{
	enum report_status rs;
	FILE *f;

	if ((f = fopen(txt, "w")) == NULL) {
		/* An older report's copy, write-protected, must not pass for
		 * this one's (unlink: a folder in its place stays). */
		unlink(txt);
		return REPORT_WRITE_FAILED;
	}
	rs = api->text(d, f);
	if (fclose(f) != 0)
		rs = REPORT_WRITE_FAILED;
	if (rs != REPORT_OK)
		remove(txt);
	return rs;
}

/* Write the PDF and text reports in @lang; say which were written.  The
 * PDF, the one to print, is kept when only its text copy fails. */
static void
screen_results_report(struct app *app, struct screen_results_state *s,
    const char *lang)
{
	char *saved = xstrdup(i18n_language());
	struct catalog_type_text names[RIASEC_COUNT];
	struct report_data d;
	char *keep[40] = { 0 }, *pdf, *txt, *msg;
	int nkeep = 0;
	enum report_status rs, rt = REPORT_OK;
	const struct report_api *api;
	const char *why = "";

	if ((api = report_module_load(&why)) == NULL) {
		msg = xasprintf("%s (%s)", _("Reports cannot be made here: the "
		    "report module is missing."), why);
		app_message_text(app, msg);
		free(msg);
		free(saved);
		return;
	}
	i18n_set_language(lang);
	screen_results_report_data(app, s, &d, names, keep, &nkeep);
	pdf = xasprintf("%s/%s-%s.pdf", app->opts.output_dir, s->code, lang);
	txt = xasprintf("%s/%s-%s.txt", app->opts.output_dir, s->code, lang);
	if ((rs = api->pdf(&d, pdf)) == REPORT_OK)
		rt = screen_results_text(api, &d, txt);
	catalog_type_texts_free(names);
	for (int i = 0; i < nkeep; i++)
		free(keep[i]);
	i18n_set_language(saved);
	free(saved);
	if (rs != REPORT_OK) {
		/* Which file could not be written, so that the folder can be
		 * put right; the last report made stays the one to print. */
		msg = xasprintf("%s (%s)", api->status_message(rs), pdf);
		free(pdf);
	} else {
		/* TRANSLATORS: %s is the PDF file written; the text file
		 * beside it (.txt) could not be. */
		msg = xasprintf(rt == REPORT_OK ? _("Report saved: %s (and .txt)") :
		    _("Report saved: %s (PDF only: the .txt could not be "
		    "written)"), pdf);
		free(s->last_pdf);
		s->last_pdf = pdf;
		audit_add(app->state, time(NULL), app->counselor, "report", s->code);
	}
	app_message_text(app, msg);
	free(msg);
	free(txt);
}

/* Carry out @action (after its confirmation where one is needed). */
static void
screen_results_do(struct app *app, struct screen_results_state *s, int action)
{
	bool deleted;
	time_t until;

	switch (action) {
	case ACTION_NOTE:
		/* A note longer than the field was not written here. */
		if (!field_set(&s->note_field, s->note)) {
			app_message(app, FIELD_TOO_LONG);
			break;
		}
		s->editing = true;
		break;
	case ACTION_EXTEND:
		until = time(NULL) + (time_t)app->opts.retention_seconds;
		if (state_handoff_extend(app->state, s->code, until) ==
		    ORIENTATION_OK) {
			audit_add(app->state, time(NULL), app->counselor, "extended",
			    s->code);
			app_message(app, N_("Kept longer, counted from today."));
		}
		screen_results_load(app, s);
		break;
	case ACTION_DELETE:
		if (state_handoff_delete(app->state, s->code, &deleted) ==
		    ORIENTATION_OK && deleted) {
			/* The code left the audit with the results. */
			audit_add(app->state, time(NULL), app->counselor, "deleted",
			    NULL);
			app_message(app, N_("The results were deleted."));
		}
		screen_results_load(app, s);
		break;
	case ACTION_REPORT_MINE:
		screen_results_report(app, s, app->session.lang[0] ?
		    app->session.lang : i18n_language());
		break;
	case ACTION_REPORT_THEIRS:
		screen_results_report(app, s, s->walkin.lang);
		break;
	case ACTION_PRINT:
		if (s->last_pdf == NULL) {
			app_message(app, N_("Make a report first."));
		} else {
			/* A report was made, so the module is loaded. */
			const struct report_api *api = report_module_load(NULL);
			enum report_status rs = api->print(s->last_pdf);

			app_message_text(app, rs == REPORT_OK ?
			    _("Sent to the printer.") : api->status_message(rs));
		}
		break;
	default:
		break;
	}
}

/* Action @chosen, or its confirmation first where one is needed. */
static void
screen_results_chosen(struct app *app, void *state, int chosen)
{
	struct screen_results_state *s = state;

	if ((chosen == ACTION_DELETE || chosen == ACTION_EXTEND) &&
	    s->confirm != chosen) {
		s->confirm = chosen;
		app_message(app, chosen == ACTION_DELETE ?
		    N_("Press Enter again to delete these results for good.") :
		    N_("Has the walk-in agreed? Press Enter again to keep the "
		      "results longer."));
		return;
	}
	s->confirm = -1;
	screen_results_do(app, s, chosen);
}

/* The results, then the actions, which are not there when nothing is
 * kept under the code. */
static const struct linkdoc_look look = {
	.margin = 2,
	.write = screen_results_write,
	.label = menu_msgid_label,
	.label_ctx = (void *)action_labels,
	.chosen = screen_results_chosen,
};

static bool
screen_results_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_results_state *s = state;

	if (s->editing) {
		if (key->kind == UI_KEY_CODE && key->code == UI_KEY_ESC) {
			s->editing = false;
		} else if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
			if (state_handoff_set_note(app->state, s->code,
			    s->note_field.text) == ORIENTATION_OK)
				audit_add(app->state, time(NULL), app->counselor,
				    "note", s->code);
			s->editing = false;
			screen_results_load(app, s);
		} else if (!field_key(&s->note_field, key)) {
			/* A key the field has no use for (F1 help, F2, F3,
			 * F10) does what the footer says, the note kept. */
			return false;
		}
		return true;
	}
	return linkdoc_screen_key(app, state, key);
}

/* What is kept (the code spelled, the profile in words), then the
 * actions; on a move, the action, or the note's prompt while it is typed
 * (the note itself is said only as it is typed). */
static void
screen_results_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_results_state *s = state;

	if (s->loaded && !s->editing) {
		linkdoc_screen_speak(app, state, what, out);
		return;
	}
	if (what == SCREEN_SPEAK_ALL)
		linkdoc_screen_say(app, state, out);
	if (s->editing)
		utterance_add(out, _(note_prompt));
}

const struct screen_ops screen_results_ops = {
	.title = N_("Walk-in's results"),
	.help = N_("Page Up and Page Down move through the results. The lines "
	    "at the bottom act on them; deleting and keeping longer ask for a "
	    "second Enter."),
	.look = &look,
	.state_size = sizeof(struct screen_results_state),
	.open = screen_results_open,
	.close = screen_results_close,
	.paint = screen_results_paint,
	.key = screen_results_key,
	.speak = screen_results_speak,
};
