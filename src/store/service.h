/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Guidance services: the needs-first entry points, target groups, themes,
 * service lists and details, and the "where to ask next" rules.  Texts are
 * in the requested language, falling back to English.
 */
#ifndef STORE_SERVICE_H
#define STORE_SERVICE_H

#include <stddef.h>

#include "core/session.h"
#include "store/rows.h"
#include "util/status.h"

struct catalog;

/* An id and its label: a need, a target group or a theme. */
struct service_topic {
	char *id;
	char *label;
};

/* One line of a service list. */
struct service_item {
	char *id;
	char *name;
	char *line;   /* why it fits (a need's or a rule's reason) or its summary */
};

struct service_detail {
	char *id;
	char *name;
	char *summary;
	char *offer;
	char *audience;
	char *provider;     /* the provider's name */
	char *address;      /* "" when not known */
	char *web;
	char *email;
	char *phone;
	char *languages;    /* ISO codes separated by ';', "" when not known */
	char *groups;       /* target groups, joined by ", " */
	char *themes;       /* themes, joined by ", " */
	char *source;
	char *last_checked; /* YYYY-MM-DD */
};

enum service_topic_kind {
	SERVICE_TOPIC_NEED,
	SERVICE_TOPIC_GROUP,
	SERVICE_TOPIC_THEME,
};

/**
 * The needs, groups or themes in display order.  *@out is a new array
 * (NULL when empty); free with rows_free.  @return how many.
 */
size_t service_topics(struct catalog *cat, enum service_topic_kind kind,
    const char *lang, struct service_topic **out);

/**
 * Services for one topic (a need: best first, with its reason; a group or
 * theme: by name, with the summary), or all services when @topic is NULL.
 * *@out is a new array (NULL when empty); free with rows_free.
 * @return how many.
 */
size_t service_list(struct catalog *cat, enum service_topic_kind kind,
    const char *topic, const char *lang, struct service_item **out);

/**
 * "Where to ask next": services whose rules match @ctx (made by
 * session_service_context; rules with the condition "any" always match),
 * each once, best rank first.  Free *@out with rows_free.
 */
size_t service_recommend(struct catalog *cat, const struct service_context *ctx,
    const char *lang, struct service_item **out);

/**
 * Load service @id in @lang.  Contact fields fall back to the provider's.
 * @return ORIENTATION_OK, or NOT_FOUND (then *@out is zeroed).
 * Free with service_detail_free.
 */
enum orientation_status service_detail_load(struct catalog *cat,
    const char *id, const char *lang, struct service_detail *out);

/** Free the strings of a struct service_detail. */
void service_detail_free(struct service_detail *d);

#endif
