/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Luxembourg content a walk-in can act on, read from the catalog: the
 * Guidance Centre's five walk-in counters and the counter for each need,
 * the "How it works in Luxembourg" guides, the Luxembourg trades that lead
 * to an occupation, and ADEM's shortage list as it applies to an
 * occupation.  Texts are in the requested language, falling back to
 * English.  Statements are prepared per call on the catalog's connection.
 *
 * Ownership: every array and string returned through an out-parameter is
 * new and belongs to the caller, who frees it with the function named at
 * the look-up (rows_free for an array of rows).  Empty results set *out
 * to NULL and return 0.
 */
#ifndef STORE_LUXEMBOURG_H
#define STORE_LUXEMBOURG_H

#include <stdbool.h>
#include <stddef.h>

#include "store/rows.h"
#include "store/service.h"
#include "util/status.h"

struct catalog;

/* Where some facts come from. */
struct luxembourg_source {
	char *source;    /* an address or a document */
	char *date;      /* the oldest date it shows for them, "n/s" if none */
};

/* One guide in full. */
struct luxembourg_guide {
	char *id;
	char *title;
	char *body;   /* lines separated by '\n' */
};

/* A Luxembourg trade that leads to an occupation. */
struct luxembourg_trade {
	char *diploma;   /* CCP, DAP or DT */
	char *name;      /* the trade's official (French) name */
	int years;       /* normal length of the training */
	char *chamber;   /* the chamber's name in the language, "" if unknown */
	bool french;     /* also taught in French */
	bool english;    /* also taught in English */
	bool close;      /* leads to a related job, not exactly this one */
	char *source;    /* where the trade is listed (an address) */
	char *source_date; /* the date that source shows, "n/s" if none */
};

/* ADEM's shortage list as it applies to one occupation. */
struct luxembourg_shortage {
	int year;          /* the list's year, 0 when not on a list */
	char *codes;       /* "F1610 Pose et restauration de couvertures; ..." */
	bool close;        /* every code covers a related job, not exactly it */
	char *title;       /* the list, its year */
	char *confirmed;   /* that only the confirmed part is shown */
	char *meaning;     /* what it means for hiring from outside the EU */
	char *source;      /* where the list comes from, with its date */
};

/** What the centre says about itself: @part is "intro", "register" or
 *  "also".  @return a new string ("" if missing); free with free(). */
char *luxembourg_centre_text(struct catalog *cat, const char *part,
    const char *lang);

/** The Guidance Centre's address as the catalog has it (its provider
 *  row), or "".  @return a new string; free with free(). */
char *luxembourg_centre_address(struct catalog *cat);

/** The five counters in order: id, name, and what it covers as line.
 *  Free with rows_free.  @return how many. */
size_t luxembourg_counters(struct catalog *cat, const char *lang,
    struct service_item **out);

/** The counters that answer need @need_id, best first, as
 *  luxembourg_counters gives them.  Free with rows_free.
 *  @return how many. */
size_t luxembourg_need_counters(struct catalog *cat, const char *need_id,
    const char *lang, struct service_item **out);

/** The guides in order: id, title as name, line "".  Free with
 *  rows_free.  @return how many. */
size_t luxembourg_guides(struct catalog *cat, const char *lang,
    struct service_item **out);

/** Guide @id in @lang.  @return ORIENTATION_OK and *@out (free with
 *  luxembourg_guide_free), or NOT_FOUND with *@out empty. */
enum orientation_status luxembourg_guide_load(struct catalog *cat,
    const char *id, const char *lang, struct luxembourg_guide *out);

/** The id of the guide that says how to reach an occupation of level
 *  @level ("ccp", "dap", "dt", "bachelor"), when @has_trade that of a
 *  trade, else the qualification ladder.  @return a new string; free(). */
char *luxembourg_guide_for(struct catalog *cat, const char *level,
    bool has_trade);

/** The Luxembourg trades that lead to occupation @occupation_id, by
 *  diploma.  Free with rows_free.  @return how many. */
size_t luxembourg_trades(struct catalog *cat, int occupation_id,
    const char *lang, struct luxembourg_trade **out);

/** The latest shortage list occupation @occupation_id is on.  Fills
 *  *@out (free with luxembourg_shortage_free) and returns ORIENTATION_OK,
 *  or NOT_FOUND with *@out empty when it is on none. */
enum orientation_status luxembourg_shortage(struct catalog *cat,
    int occupation_id, const char *lang, struct luxembourg_shortage *out);

/** The date of the oldest dated source of the facts shown for service
 *  @service_id (its own and its provider's), as the source writes it
 *  ("2022-09"), or "" when none of them shows a date.  free(). */
char *luxembourg_source_date(struct catalog *cat, const char *service_id);

/** The distinct sources (address or document) of the facts whose entity
 *  matches the GLOB @pattern ("guide:vae", "counter:*") or @also (NULL
 *  for none), each with the date it shows, oldest first.  *@out is a new
 *  array; free it with rows_free.  @return its length. */
size_t luxembourg_sources(struct catalog *cat, const char *pattern,
    const char *also, struct luxembourg_source **out);

/** Free the strings of @g and empty it. */
void luxembourg_guide_free(struct luxembourg_guide *g);

/** Free the strings of @s and empty it. */
void luxembourg_shortage_free(struct luxembourg_shortage *s);

#endif
