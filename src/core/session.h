/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One visitor's session, held in memory and language-neutral: answers are
 * item ids and numbers, never texts, so it can be shown in any language.
 */
#ifndef CORE_SESSION_H
#define CORE_SESSION_H

#include <stdbool.h>
#include <time.h>

#include "handoff.h"
#include "match.h"
#include "riasec.h"

#define SESSION_MAX_ITEMS 64
#define SESSION_LANG_MAX 16
#define SESSION_MAX_GROUPS 8   /* target groups the visitor chose */
#define SESSION_ID_MAX 64      /* bytes of a catalog id and its NUL */
#define SESSION_MAX_SEEN 10    /* occupations and services remembered */

enum session_form {
	SESSION_FORM_NONE,  /* questionnaire not started */
	SESSION_FORM_SHORT, /* 30 items */
	SESSION_FORM_FULL,  /* 60 items */
};

struct session {
	char lang[SESSION_LANG_MAX];       /* UI language code */
	time_t started;                    /* when the visitor began */
	enum session_form form;
	int nitems;                        /* items in the chosen form */
	int item_id[SESSION_MAX_ITEMS];    /* catalog ids, in order asked */
	enum riasec_type item_type[SESSION_MAX_ITEMS];
	int answer[SESSION_MAX_ITEMS];     /* 0..4 or RIASEC_ANSWER_NONE */
	int current;                       /* item on screen */
	bool finished;                     /* reached the profile */
	time_t finished_at;
	char groups[SESSION_MAX_GROUPS][SESSION_ID_MAX]; /* chosen target groups */
	int ngroups;
	/* Skills self-assessment: catalog element ids and ratings 0..3. */
	int nskills;
	char skill_id[MATCH_MAX_SKILLS][SESSION_ID_MAX];
	int skill_rating[MATCH_MAX_SKILLS]; /* or MATCH_RATING_NONE */
	int skill_current;                  /* skill on screen */
	bool skills_done;                   /* reached the end once */
	/* What the visitor looked at, newest last, for the counselor. */
	int occupations[SESSION_MAX_SEEN];  /* catalog occupation ids */
	int noccupations;
	char services[SESSION_MAX_SEEN][SESSION_ID_MAX];
	int nservices;
	/* The code this visit's results are kept under, "" before the first
	 * "Keep": keeping again replaces what is kept under it. */
	char handoff_code[HANDOFF_CODE_LEN + 1];
};

/* What the "where to ask next" rules may use about the visitor. */
struct service_context {
	char riasec;            /* first letter of the code, or 0 */
	const char *levels[4];  /* levels of chosen occupations: ccp dap dt bachelor */
	int nlevels;
	const char *groups[SESSION_MAX_GROUPS]; /* target groups the visitor chose */
	int ngroups;
};

/** Forget everything of the visitor; the memory is overwritten. */
void session_wipe(struct session *s);

/**
 * Start the questionnaire in @form with @n items whose ids and types are
 * given.  An item already answered in the form begun before (the short
 * form's 30 are in the full form) keeps its answer, the others start as
 * RIASEC_ANSWER_NONE, and the first unanswered item is current.  @n is
 * capped at SESSION_MAX_ITEMS.  @now is the start time (injected for
 * tests), kept from before when answers carry over.
 */
void session_begin_quiz(struct session *s, enum session_form form,
    const int *ids, const enum riasec_type *types, int n, time_t now);

/** Score the answers given so far into @out. */
void session_profile(const struct session *s, struct riasec_profile *out);

/** Number of items answered so far. */
int session_answered(const struct session *s);

/**
 * Start the skills self-assessment with @n skills (capped at
 * MATCH_MAX_SKILLS; an id longer than SESSION_ID_MAX - 1 is left empty,
 * never cut); every
 * rating starts as MATCH_RATING_NONE.
 */
void session_begin_skills(struct session *s, const char *const *ids, int n);

/** Number of skills rated so far. */
int session_skills_rated(const struct session *s);

/* The two series of rated items one page at a time: the questionnaire's
 * answers and the skills' ratings. */
enum session_series {
	SESSION_SERIES_INTERESTS,
	SESSION_SERIES_SKILLS,
};

/** The ratings of @series in @s (RIASEC_ANSWER_NONE or MATCH_RATING_NONE
 *  where none is given), with the item on screen in *@current and the
 *  number of items in *@n. */
int *session_series(struct session *s, enum session_series series,
    int **current, int *n);

/**
 * The visitor as the matcher sees them: profile shares and the skill
 * ratings in session order.
 */
void session_match_person(const struct session *s, struct match_person *out);

/** Remember that the visitor opened occupation @id (repeats ignored,
 *  oldest dropped when full). */
void session_note_occupation(struct session *s, int id);

/** Remember that the visitor opened service @id (as above). */
void session_note_service(struct session *s, const char *id);

/** Whether the visitor has anything worth keeping for a counselor. */
bool session_has_results(const struct session *s);

/**
 * Remember that the visitor said they belong to target group @id (used
 * for "where to ask next").  Repeats and ids that do not fit are ignored;
 * the oldest is dropped when the list is full.
 */
void session_note_group(struct session *s, const char *id);

/**
 * The visitor's facts for the recommendation rules in @out: the first
 * letter of the profile once the questionnaire is finished, the target
 * groups chosen, and @level, the preparation level of the occupation asked
 * about (NULL or "" for none).  @out points into @s and @level.
 */
void session_service_context(const struct session *s, const char *level,
    struct service_context *out);

#endif
