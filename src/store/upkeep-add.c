/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep: a new service, added by a counsellor on the screen.
 * It starts blank in every language of the catalog and is written as an
 * edit is (upkeep_service_write: the same checks, plus its id and
 * provider); its row is made and the rest goes in the way an edit's
 * changes do (upkeep_service_apply), so it has the same history rows,
 * "checked on" date and search rows.  Its provider is chosen from the
 * catalog's, each named in the counsellor's language.
 */
#include "upkeep.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "rows.h"
#include "sqlite-load.h"
#include "upkeep-db.h"
#include "core/collate.h"
#include "util/xmalloc.h"

enum orientation_status
upkeep_service_blank(struct upkeep *u, struct upkeep_service *out)
{
	char **fields[] = { &out->id, &out->provider_id, &out->address,
		&out->web, &out->email, &out->phone, &out->languages,
		&out->source, &out->last_checked };
	int rc;

	memset(out, 0, sizeof *out);
	for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
		*fields[k] = xstrdup("");
	if ((rc = upkeep_texts_read(u->languages, 0, out)) != SQLITE_DONE) {
		upkeep_service_free(out);
		return upkeep_sql_status(rc);
	}
	return ORIENTATION_OK;
}

/* Whether @id has the form of a service id. */
static bool
valid_id(const char *id)
{
	size_t n = strlen(id);

	if (n < 2 || n > UPKEEP_SERVICE_ID_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((id[i] >= 'a' && id[i] <= 'z') ||
		    (id[i] >= '0' && id[i] <= '9') || id[i] == '-'))
			return false;
	return true;
}

enum orientation_status
upkeep_service_check_new(struct upkeep *u, const struct upkeep_service *s)
{
	int rc = SQLITE_OK;

	upkeep_set_where(u, "id");
	if (!valid_id(upkeep_nz(s->id)))
		return ORIENTATION_SERVICE_BAD_ID;
	if (upkeep_exists(u->service, s->id, &rc))
		return ORIENTATION_SERVICE_EXISTS;
	if (rc != SQLITE_OK)
		return upkeep_sql_status(rc);
	upkeep_set_where(u, "provider");
	if (upkeep_is_blank(s->provider_id))
		return ORIENTATION_EMPTY_PROVIDER;
	if (!upkeep_exists(u->provider, upkeep_nz(s->provider_id), &rc))
		return rc != SQLITE_OK ? upkeep_sql_status(rc) :
		    ORIENTATION_UNKNOWN_PROVIDER;
	upkeep_set_where(u, "");
	return ORIENTATION_OK;
}

enum orientation_status
upkeep_service_insert(struct change *cx, const struct upkeep_service *s)
{
	/* No base: every field given differs from the new row's "" and is
	 * written, with its history row. */
	struct upkeep_service fresh = *s;
	char *item = xasprintf("service:%s", s->id);
	enum orientation_status st;

	fresh.base = NULL;
	upkeep_write_sql(cx, "INSERT INTO service (id, provider_id, source) "
	    "VALUES (?1, ?2, ?3)", (const char *const[]){ s->id,
	    s->provider_id, s->source }, 3);
	upkeep_history(cx, item, "provider", NULL, "", s->provider_id);
	upkeep_history(cx, item, "source", NULL, "", s->source);
	cx->fields += 2;
	st = upkeep_service_apply(cx, &fresh, true, true);
	free(item);
	return st;
}

enum orientation_status
upkeep_service_add(struct upkeep *u, const struct upkeep_service *s,
    const char *who, time_t now)
{
	return upkeep_service_write(u, s, who, now, true);
}

/* Where the columns of u->providers go. */
#define PROVIDER(m) { offsetof(struct upkeep_provider, m), DB_TEXT }
static const struct db_column provider_columns[] = {
	PROVIDER(id), PROVIDER(name), PROVIDER(lang), { 0, DB_END },
};
#undef PROVIDER

/* Providers by name as lists sort them, then by id; for qsort. */
static int
compare_providers(const void *a, const void *b)
{
	const struct upkeep_provider *x = a, *y = b;
	int c = collate_labels(x->name, strlen(x->name), y->name,
	    strlen(y->name));

	return c != 0 ? c : strcmp(x->id, y->id);
}

enum orientation_status
upkeep_providers(struct upkeep *u, const char *lang,
    struct upkeep_provider **out, size_t *n)
{
	int rc = upkeep_bind(u->providers, 1, &lang, 1);

	*out = NULL;
	*n = 0;
	if (rc == SQLITE_OK)
		rc = db_rows_read(u->providers, sizeof **out, provider_columns,
		    out, n);
	if (rc != SQLITE_DONE) {
		rows_free(*out);
		*out = NULL;
		*n = 0;
		return upkeep_sql_status(rc);
	}
	if (*n > 0)
		qsort(*out, *n, sizeof **out, compare_providers);
	return ORIENTATION_OK;
}
