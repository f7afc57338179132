/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The contract between the main loop and a screen.  One screen = one file
 * = one struct screen_ops.  Screens never call each other: they ask the
 * app to push, pop or replace by id.
 *
 * Ownership: the app owns a screen's state (state_size bytes): it makes
 * it before open and wipes and frees it after close.  The screen owns
 * what it hangs on the state, and releases that in close.
 */
#ifndef UI_SCREEN_H
#define UI_SCREEN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <wchar.h>

struct app;

enum screen_id {
	SCREEN_LANGUAGE,
	SCREEN_MENU,
	SCREEN_ABOUT,
	SCREEN_QUIZ_INTRO,
	SCREEN_QUIZ,
	SCREEN_PROFILE,
	SCREEN_SERVICES,
	SCREEN_SERVICE_TOPICS,
	SCREEN_SERVICE_LIST,
	SCREEN_SERVICE,
	SCREEN_SEARCH,
	SCREEN_SKILLS,
	SCREEN_MATCHES,
	SCREEN_OCCUPATION,
	SCREEN_ISCO,
	SCREEN_STAFF,
	SCREEN_HANDOFF,
	SCREEN_DELETE,
	SCREEN_FINISH,
	SCREEN_SIGNIN,
	SCREEN_COUNSELOR,
	SCREEN_CODE,
	SCREEN_RESULTS,
	SCREEN_SERVICE_PICK,
	SCREEN_SERVICE_EDIT,
	SCREEN_SERVICE_ADD,
	SCREEN_CSV,
	SCREEN_FIGURES,
	SCREEN_AUDIT,
	SCREEN_GUIDES,
	SCREEN_GUIDE,
	SCREEN_COUNTERS,
	SCREEN_COUNT
};

/* The code of the Esc key in a UI_KEY_CODE key (curses has none). */
#define UI_KEY_ESC 27

enum ui_key_kind {
	UI_KEY_CHAR,  /* a printable character in .ch */
	UI_KEY_CODE,  /* a curses key code (KEY_UP, KEY_F(1), UI_KEY_ESC, ...) in .code */
	UI_KEY_CLICK, /* a click or tap at .y, .x */
	UI_KEY_PASTE, /* a character of pasted text in .ch: text fields only */
};

struct ui_key {
	enum ui_key_kind kind;
	wint_t ch;  /* UI_KEY_CHAR, UI_KEY_PASTE */
	int code;   /* UI_KEY_CODE */
	int y, x;   /* UI_KEY_CLICK, screen coordinates */
};

/* What a screen is asked to say when speech is on. */
enum screen_speak {
	SCREEN_SPEAK_ALL,    /* the whole body, after the title (the frame says it) */
	SCREEN_SPEAK_FOCUS,  /* only the focused item and its place ("3 of 12") */
};

struct utterance;

/* What a screen opens on: the kind says which field holds it. */
enum screen_param_kind {
	SCREEN_PARAM_NONE,             /* nothing: the screen's own start */
	SCREEN_PARAM_SERVICE,          /* .ref: a service id */
	SCREEN_PARAM_GUIDE,            /* .ref: a guide id ("" for none) */
	SCREEN_PARAM_OCCUPATION,       /* .number: an occupation id */
	SCREEN_PARAM_ISCO,             /* .ref: an ISCO-08 code, "" for the top */
	SCREEN_PARAM_CODE,             /* .ref: a handoff code, 8 characters */
	SCREEN_PARAM_TOPICS_GROUP,     /* the target groups */
	SCREEN_PARAM_TOPICS_THEME,     /* the themes */
	SCREEN_PARAM_LIST_NEED,        /* .ref: the services for a need's id */
	SCREEN_PARAM_LIST_GROUP,       /* .ref: ... for a target group's id */
	SCREEN_PARAM_LIST_THEME,       /* .ref: ... for a theme's id */
	SCREEN_PARAM_LIST_ALL,         /* every service, A to Z */
	SCREEN_PARAM_LIST_RECOMMEND,   /* .ref: where to ask next, for a
	                                * preparation level or "" */
};

/* A screen's parameter, copied onto the stack with the screen. */
struct screen_param {
	enum screen_param_kind kind;
	int number;
	char ref[64];
};

/* A parameter of @kind with text @ref (NULL is "").  An id too long for
 * .ref (catalog data, never the code's) is left out: the screen then
 * finds nothing under "" and says so, as for an id no longer there. */
static inline struct screen_param
screen_param_ref(enum screen_param_kind kind, const char *ref)
{
	struct screen_param p = { .kind = kind };

	if (ref != NULL && strlen(ref) < sizeof p.ref)
		memcpy(p.ref, ref, strlen(ref) + 1);
	return p;
}

/* A parameter of @kind with number @number. */
static inline struct screen_param
screen_param_number(enum screen_param_kind kind, int number)
{
	return (struct screen_param){ .kind = kind, .number = number };
}

struct screen_ops {
	/* Title for the top bar, an N_() string translated when drawn. */
	const char *title;
	/* Keys of this screen for the help overlay, an N_() string. */
	const char *help;
	/* The look of a screen made with a widget kit (struct
	 * picklist_look, prompt_look, docpage_look), which the kit's open
	 * reads with app_look(app); NULL for none. */
	const void *look;
	/* Bytes of state the app makes, zeroed, before open, and wipes
	 * (explicit_bzero) and frees after close; 0: the screen keeps none
	 * (open and the other ops get NULL). */
	size_t state_size;
	/* Fill @state from app_param(app) (and a kit's app_look(app));
	 * NULL: the zeroes are the start. */
	void (*open)(struct app *app, void *state);
	/* Release what @state owns, never @state itself; NULL: it owns
	 * nothing. */
	void (*close)(void *state);
	/* Draw the body (rows app_body_top .. app_body_bottom) and put the
	 * cursor on the focused item. */
	void (*paint)(struct app *app, void *state);
	/* Handle a key or click; return true if it was used. */
	bool (*key)(struct app *app, void *state, const struct ui_key *key);
	/* Add to @out what the body means, for speech (speech/utterance.h),
	 * from the same data paint draws: words, never drawing.  NULL: only
	 * the title is spoken. */
	void (*speak)(struct app *app, void *state, enum screen_speak what,
	    struct utterance *out);
	/* The language changed (app_set_language): load again what @state
	 * holds in words of the old one, so that paint only draws.  Called
	 * for every open screen, the top one last.  NULL: the state holds
	 * no words of a language. */
	void (*on_language)(struct app *app, void *state);
	/* The screens above this one closed (Back, Home): it is on top
	 * again; load again what they may have changed.  NULL: nothing. */
	void (*resume)(struct app *app, void *state);
	/* Whether @state holds changes not saved, which a sign-out loses
	 * (the idle warning says so).  NULL: it never does. */
	bool (*unsaved)(const void *state);
	/* A text field takes every typed character and Backspace here, so
	 * the footer and the help name neither "?", "/" nor Backspace. */
	bool typing;
};

extern const struct screen_ops screen_language_ops;
extern const struct screen_ops screen_menu_ops;
extern const struct screen_ops screen_about_ops;
extern const struct screen_ops screen_quiz_intro_ops;
extern const struct screen_ops screen_quiz_ops;
extern const struct screen_ops screen_profile_ops;
extern const struct screen_ops screen_services_ops;
extern const struct screen_ops screen_service_topics_ops;
extern const struct screen_ops screen_service_list_ops;
extern const struct screen_ops screen_service_ops;
extern const struct screen_ops screen_search_ops;
extern const struct screen_ops screen_skills_ops;
extern const struct screen_ops screen_matches_ops;
extern const struct screen_ops screen_occupation_ops;
extern const struct screen_ops screen_isco_ops;
extern const struct screen_ops screen_staff_ops;
extern const struct screen_ops screen_handoff_ops;
extern const struct screen_ops screen_delete_ops;
extern const struct screen_ops screen_finish_ops;
extern const struct screen_ops screen_signin_ops;
extern const struct screen_ops screen_counselor_ops;
extern const struct screen_ops screen_code_ops;
extern const struct screen_ops screen_results_ops;
extern const struct screen_ops screen_service_pick_ops;
extern const struct screen_ops screen_service_edit_ops;
extern const struct screen_ops screen_service_add_ops;
extern const struct screen_ops screen_csv_ops;
extern const struct screen_ops screen_figures_ops;
extern const struct screen_ops screen_audit_ops;
extern const struct screen_ops screen_guides_ops;
extern const struct screen_ops screen_guide_ops;
extern const struct screen_ops screen_counters_ops;

#endif
