/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The catalog under a running program (see app-catalog.h). */
#include "ui/app-catalog.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/match.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/catalog-file.h"
#include "store/occupation.h"
#include "ui/builtin-languages.h"
#include "util/xmalloc.h"

/* How often to check that the catalog can still be read. */
#define APP_CATALOG_PROBE_MS 1000L
/* With nobody's visit under way, a new catalog file is taken up once no
 * key came for this long; when someone has touched the start screen
 * since it came up, only after the idle time (they may be reading it). */
#define APP_CATALOG_QUIET_MS 2000L

const struct match_occupation *
app_occupations(struct app *app, size_t *n)
{
	if (app->occ == NULL) {
		struct catalog_skill *skills;
		const struct catalog_language *langs;
		size_t nskills;

		/* Only the ids count here: any language will do. */
		catalog_languages(app->catalog, &langs);
		nskills = catalog_skills_load(app->catalog, langs[0].code,
		    &skills);
		const char *ids[MATCH_MAX_SKILLS];
		int count = 0;

		for (size_t i = 0; i < nskills && count < MATCH_MAX_SKILLS; i++)
			ids[count++] = skills[i].element_id;
		app->nocc = occupation_store_load_matching(app->occupations, ids,
		    count, &app->occ);
		rows_free(skills);
	}
	*n = app->nocc;
	return app->occ;
}

size_t
app_languages(const struct app *app, const struct catalog_language **out)
{
	if (app->catalog == NULL) {
		*out = builtin_languages;
		return builtin_language_count;
	}
	return catalog_languages(app->catalog, out);
}

const struct catalog_language *
app_language_find(const struct app *app, const char *code)
{
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);

	return catalog_language_in(langs, n, code);
}

/* Whether the languages @a and @b show the same on the language screen. */
static bool
app_catalog_same_languages(const struct catalog_language *a, size_t na,
    const struct catalog_language *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i].code, b[i].code) != 0 ||
		    strcmp(a[i].native_name, b[i].native_name) != 0 ||
		    strcmp(a[i].prompt, b[i].prompt) != 0)
			return false;
	return true;
}

bool
app_catalog_use(struct app *app, struct catalog *cat,
    struct occupation_store *occupations)
{
	const struct catalog_language *langs;
	size_t n;

	assert(app->catalog == NULL && cat != NULL);
	app->catalog = cat;
	app->occupations = occupations;
	catalog_set_cache_kib(cat, APP_CATALOG_CACHE_KIB);
	app->catalog_revision = catalog_revision(cat);
	n = catalog_languages(cat, &langs);
	/* A catalog file newer than the program may list other languages. */
	return !app_catalog_same_languages(langs, n, builtin_languages,
	    builtin_language_count);
}

/* Forget what was read from the old catalog. */
static void
app_catalog_forget(struct app *app)
{
	free(app->occ);
	app->occ = NULL;
	app->nocc = 0;
	app->catalog_unreadable = false;
	app->catalog_probed_ms = 0;
}

/*
 * Another file was renamed over the catalog's path (a published catalog
 * put in place, docs/catalog-publishing.md): open it, check it in full
 * and go on with it; the old file, still open, is closed then.  A file
 * that fails the check is refused once (an audit row says why, as no
 * screen may) and the kiosk goes on with the old one.
 * @return whether the new file was taken up.
 */
static bool
app_catalog_take_file(struct app *app)
{
	const char *path = app->opts.catalog_path;
	struct catalog_file_stamp stamp;
	struct catalog_file_info info = { .revision = -1 };
	struct occupation_store *occ = NULL;
	struct catalog *cat = NULL;
	enum catalog_file_result r = CATALOG_FILE_INVALID;
	char *detail;

	if (!catalog_file_stamp(path, &stamp) || (app->catalog_refused_known &&
	    catalog_file_stamp_equal(&stamp, &app->catalog_refused)))
		return false;
	if ((info.status = catalog_open(path, &cat)) == ORIENTATION_OK) {
		/* The kiosk's small page cache from the start: the check
		 * reads the whole file. */
		catalog_set_cache_kib(cat, APP_CATALOG_CACHE_KIB);
		r = catalog_file_verify(cat, &info);
	}
	if (r == CATALOG_FILE_OK &&
	    (info.status = occupation_store_open(cat, &occ)) != ORIENTATION_OK)
		r = CATALOG_FILE_INVALID;
	if (r != CATALOG_FILE_OK) {
		catalog_free(cat);
		app->catalog_refused = stamp;
		app->catalog_refused_known = true;
		/* Audit rows are in English, like the others. */
		detail = xasprintf("%s%s%s",
		    r == CATALOG_FILE_DAMAGED ? "damaged: " :
		    r == CATALOG_FILE_NO_REVISION ? "no revision" :
		    info.status == ORIENTATION_CATALOG_VERSION ?
		    "made for a newer version" :
		    info.status == ORIENTATION_CATALOG_OPEN ? "cannot be opened" :
		    "not a catalog", r == CATALOG_FILE_DAMAGED ? info.detail : "",
		    "; the kiosk keeps the catalog it has");
		audit_add(app->state, time(NULL), app->station, "catalog refused",
		    detail);
		free(detail);
		return false;
	}
	detail = xasprintf("revision %ld (was %ld)", info.revision,
	    app->catalog_revision);
	occupation_store_free(app->occupations);
	catalog_free(app->catalog);
	app->catalog = cat;
	app->occupations = occ;
	app->catalog_revision = info.revision;
	app->catalog_refused_known = false;
	app_catalog_forget(app);
	audit_add(app->state, time(NULL), app->station, "catalog taken up",
	    detail);
	free(detail);
	return true;
}

/*
 * Between visitors: take up a new catalog file put in place of the old
 * one, or counselors' edits of the catalog.  @return whether anything
 * the screens show may have changed (the caller opens them afresh).
 */
bool
app_catalog_check(struct app *app)
{
	long rev;

	if (app->opts.catalog_path != NULL && catalog_replaced(app->catalog) &&
	    app_catalog_take_file(app))
		return true;
	rev = catalog_revision(app->catalog);
	if (rev == app->catalog_revision)
		return false;
	if (catalog_reload(app->catalog) != ORIENTATION_OK)
		return false;   /* keep going with what the session had; try again later */
	app->catalog_revision = rev;
	app_catalog_forget(app);
	return true;
}

/*
 * A counselor's save that died half-way leaves the catalog unreadable to
 * a kiosk that may not repair it (catalog_revision tries): lists come back
 * empty until someone does, and the message line says why.  Checked at
 * most once a second, from painting and from the idle tick.
 */
void
app_catalog_probe(struct app *app)
{
	long now = app_now_ms();
	bool unreadable;

	if (app->catalog == NULL)
		return;   /* not opened yet: app_options.open_catalog */
	if (app->catalog_probed_ms != 0 &&
	    now - app->catalog_probed_ms < APP_CATALOG_PROBE_MS)
		return;
	unreadable = catalog_revision(app->catalog) < 0;
	app->catalog_probed_ms = now;
	if (unreadable != app->catalog_unreadable) {
		app->catalog_unreadable = unreadable;
		app->dirty = true;
	}
}

/* How long the start screen must be left alone before a new catalog
 * file is taken up (APP_CATALOG_QUIET_MS). */
long
app_catalog_quiet_ms(const struct app *app)
{
	long idle = app->opts.idle_seconds * 1000L;

	if (app->last_input <= app->start_shown || idle < APP_CATALOG_QUIET_MS)
		return APP_CATALOG_QUIET_MS;
	return idle;
}

