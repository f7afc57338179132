/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep, one service at a time: load a service with every
 * language's texts, check it, and save what the counselor changed.  A
 * save compares three versions of each field (what was loaded, what is
 * asked for, what the catalog holds now), so it never undoes someone
 * else's edit and refuses a field both changed; then it rebuilds the
 * service's search rows.  The services import (upkeep-import.c) applies
 * its rows through upkeep_service_apply.
 */
#include "upkeep.h"

#include <assert.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "sqlite-load.h"
#include "upkeep-db.h"
#include "util/xmalloc.h"

static const char *const neutral_columns[NEUTRAL_COUNT] = {
	"address", "web", "email", "phone", "languages", "source",
};

/* The columns of service_text. */
enum { TEXT_NAME, TEXT_SUMMARY, TEXT_OFFER, TEXT_AUDIENCE, TEXT_COUNT };
static const char *const text_columns[TEXT_COUNT] = {
	"name", "summary", "offer", "audience",
};

/* Whether the NUL-terminated @s is UTF-8 (NULL counts as ""). */
static bool
str_utf8(const char *s)
{
	return s == NULL || upkeep_utf8_valid(s, strlen(s));
}

/* Set a language-neutral column of service @id ("" is stored as NULL). */
static void
write_service_field(struct change *cx, const char *id, const char *column,
    const char *value)
{
	/* @column comes from neutral_columns or is last_checked, never from
	 * input. */
	char *sql = xasprintf("UPDATE service SET %s = nullif(?2, '') "
	    "WHERE id = ?1", column);

	upkeep_write_sql(cx, sql, (const char *const[]){ id, value }, 2);
	free(sql);
}

/* ---------------------------------------------------------------- fields */

/* Language-neutral field @k of @s. */
static const char *
neutral_get(const struct upkeep_service *s, int k)
{
	switch (k) {
	case NEUTRAL_ADDRESS: return s->address;
	case NEUTRAL_WEB: return s->web;
	case NEUTRAL_EMAIL: return s->email;
	case NEUTRAL_PHONE: return s->phone;
	case NEUTRAL_LANGUAGES: return s->languages;
	default: return s->source;
	}
}

/* Text field @k of @t, to set. */
static char **
text_field(struct upkeep_text *t, int k)
{
	switch (k) {
	case TEXT_NAME: return &t->name;
	case TEXT_SUMMARY: return &t->summary;
	case TEXT_OFFER: return &t->offer;
	default: return &t->audience;
	}
}

/* Text field @k of @t. */
static const char *
text_get(const struct upkeep_text *t, int k)
{
	/* Read only: text_field does not write. */
	return *text_field((struct upkeep_text *)t, k);
}

int
upkeep_texts_read(sqlite3_stmt *st, int ntexts, struct upkeep_service *out)
{
	size_t cap = 0;
	int rc;

	assert(out->ntexts == 0 && ntexts >= 0 && ntexts <= TEXT_COUNT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct upkeep_text *t;

		out->texts = xgrow(out->texts, out->ntexts, &cap, 8,
		    sizeof *out->texts);
		t = &out->texts[out->ntexts++];
		t->lang = db_column_strdup(st, 0);
		for (int k = 0; k < TEXT_COUNT; k++)
			*text_field(t, k) = k < ntexts ?
			    db_column_strdup(st, 1 + k) : xstrdup("");
	}
	sqlite3_reset(st);
	return rc;
}

/* The texts of @s in @lang, or NULL. */
static const struct upkeep_text *
find_text(const struct upkeep_service *s, const char *lang)
{
	for (size_t i = 0; i < s->ntexts; i++)
		if (s->texts[i].lang != NULL && strcmp(s->texts[i].lang, lang) == 0)
			return &s->texts[i];
	return NULL;
}

struct upkeep_text *
upkeep_service_text(struct upkeep_service *s, const char *lang)
{
	return (struct upkeep_text *)find_text(s, lang);
}

void
upkeep_field_set(char **field, const char *value)
{
	char *copy = xstrdup(upkeep_nz(value));

	free(*field);
	*field = copy;
}

/* Copies of @n strings at @src (NULL when none). */
static char **
copy_ids(const char *const *src, size_t n)
{
	char **ids;

	if (n == 0)
		return NULL;
	ids = xcalloc(n, sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = xstrdup(upkeep_nz(src[i]));
	return ids;
}

/* Replace the *@n ids at *@ids by copies of @src[0..@m). */
static void
replace_ids(char ***ids, size_t *n, const char *const *src, size_t m)
{
	char **copy = copy_ids(src, m);

	xfree_strings(*ids, *n);
	*ids = copy;
	*n = m;
}

void
upkeep_service_set_groups(struct upkeep_service *s, const char *const *ids,
    size_t n)
{
	replace_ids(&s->groups, &s->ngroups, ids, n);
}

void
upkeep_service_set_themes(struct upkeep_service *s, const char *const *ids,
    size_t n)
{
	replace_ids(&s->themes, &s->nthemes, ids, n);
}

/* The strings a service owns, besides its texts, group and theme ids:
 * upkeep_service_free frees them and service_copy copies them. */
static const size_t service_strings[] = {
	offsetof(struct upkeep_service, id),
	offsetof(struct upkeep_service, provider_id),
	offsetof(struct upkeep_service, address),
	offsetof(struct upkeep_service, web),
	offsetof(struct upkeep_service, email),
	offsetof(struct upkeep_service, phone),
	offsetof(struct upkeep_service, languages),
	offsetof(struct upkeep_service, source),
	offsetof(struct upkeep_service, last_checked),
};
#define SERVICE_STRINGS (sizeof service_strings / sizeof service_strings[0])

/* The strings one language's texts own. */
static const size_t text_strings[] = {
	offsetof(struct upkeep_text, lang),
	offsetof(struct upkeep_text, name),
	offsetof(struct upkeep_text, summary),
	offsetof(struct upkeep_text, offer),
	offsetof(struct upkeep_text, audience),
};
#define TEXT_STRINGS (sizeof text_strings / sizeof text_strings[0])

/* The string member at byte @offset of the struct at @base. */
static char **
member_at(void *base, size_t offset)
{
	return (char **)((char *)base + offset);
}

/* Free the @n string members of @base at @offsets. */
static void
free_members(void *base, const size_t *offsets, size_t n)
{
	for (size_t k = 0; k < n; k++)
		free(*member_at(base, offsets[k]));
}

/* Copies, into @to, of the @n string members of @from at @offsets (NULL is
 * copied as ""). */
static void
copy_members(void *to, const void *from, const size_t *offsets, size_t n)
{
	for (size_t k = 0; k < n; k++)
		*member_at(to, offsets[k]) = xstrdup(upkeep_nz(
		    *(char *const *)((const char *)from + offsets[k])));
}

void
upkeep_service_free(struct upkeep_service *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->ntexts; i++)
		free_members(&s->texts[i], text_strings, TEXT_STRINGS);
	free(s->texts);
	free_members(s, service_strings, SERVICE_STRINGS);
	xfree_strings(s->groups, s->ngroups);
	xfree_strings(s->themes, s->nthemes);
	if (s->base != NULL) {
		upkeep_service_free(s->base);
		free(s->base);
	}
	memset(s, 0, sizeof *s);
}

/* A deep copy of @s without its base. */
static struct upkeep_service *
service_copy(const struct upkeep_service *s)
{
	struct upkeep_service *c = xcalloc(1, sizeof *c);

	copy_members(c, s, service_strings, SERVICE_STRINGS);
	c->ntexts = s->ntexts;
	c->texts = s->ntexts ? xcalloc(s->ntexts, sizeof *c->texts) : NULL;
	for (size_t i = 0; i < s->ntexts; i++)
		copy_members(&c->texts[i], &s->texts[i], text_strings,
		    TEXT_STRINGS);
	c->groups = copy_ids((const char *const *)s->groups, s->ngroups);
	c->ngroups = s->ngroups;
	c->themes = copy_ids((const char *const *)s->themes, s->nthemes);
	c->nthemes = s->nthemes;
	return c;
}

/* ---------------------------------------------------------------- load */

/* The ids that @sql (one parameter, @id) returns, into *@ids. */
static int
load_ids(struct upkeep *u, const char *sql, const char *id, char ***ids,
    size_t *n)
{
	sqlite3_stmt *stmt;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if ((rc = sqlite3_prepare_v2(u->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
		return rc;
	if ((rc = upkeep_bind(stmt, 1, &id, 1)) != SQLITE_OK) {
		sqlite3_finalize(stmt);
		return rc;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*ids = xgrow(*ids, *n, &cap, 8, sizeof **ids);
		(*ids)[(*n)++] = db_column_strdup(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Fill @out with service @id; the caller frees it on failure. */
static enum orientation_status
load_service(struct upkeep *u, const char *id, struct upkeep_service *out)
{
	int rc;

	rc = upkeep_bind(u->service, 1, &id, 1);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(u->service);
	if (rc == SQLITE_ROW) {
		/* In the order of the columns of u->service. */
		char **field[] = { &out->address, &out->web, &out->email,
			&out->phone, &out->languages, &out->source,
			&out->last_checked, &out->provider_id };

		out->id = xstrdup(id);
		for (size_t k = 0; k < sizeof field / sizeof field[0]; k++)
			*field[k] = db_column_strdup(u->service, (int)k);
	}
	sqlite3_reset(u->service);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? ORIENTATION_SERVICE_NOT_FOUND :
		    upkeep_sql_status(rc);

	if ((rc = upkeep_bind(u->texts, 1, &id, 1)) != SQLITE_OK)
		return upkeep_sql_status(rc);
	if ((rc = upkeep_texts_read(u->texts, TEXT_COUNT, out)) != SQLITE_DONE)
		return upkeep_sql_status(rc);
	rc = load_ids(u, "SELECT sg.group_id FROM service_group sg "
	    "JOIN target_group g ON g.id = sg.group_id "
	    "WHERE sg.service_id = ?1 ORDER BY g.sort, g.id", id,
	    &out->groups, &out->ngroups);
	if (rc == SQLITE_OK)
		rc = load_ids(u, "SELECT st.theme_id FROM service_theme st "
		    "JOIN theme h ON h.id = st.theme_id "
		    "WHERE st.service_id = ?1 ORDER BY h.sort, h.id", id,
		    &out->themes, &out->nthemes);
	return upkeep_sql_status(rc);
}

enum orientation_status
upkeep_service_load(struct upkeep *u, const char *id,
    struct upkeep_service *out)
{
	enum orientation_status st;
	int rc;

	memset(out, 0, sizeof *out);
	/* One read transaction, so the texts and the lists agree. */
	if ((rc = upkeep_exec(u, "BEGIN")) != SQLITE_OK)
		return upkeep_sql_status(rc);
	st = upkeep_finish(u, load_service(u, upkeep_nz(id), out));
	if (st != ORIENTATION_OK) {
		upkeep_service_free(out);
		return st;
	}
	out->base = service_copy(out);
	return ORIENTATION_OK;
}

/* ---------------------------------------------------------------- save */

/* Check that @stmt (u->group or u->theme) knows every id of @ids[0..@n).
 * @return ORIENTATION_OK, @unknown (upkeep_where names the id) or a database
 * status. */
static enum orientation_status
check_ids(struct upkeep *u, sqlite3_stmt *stmt, char *const *ids, size_t n,
    enum orientation_status unknown)
{
	int rc = SQLITE_OK;

	for (size_t i = 0; i < n; i++) {
		upkeep_set_where(u, ids[i]);
		if (!upkeep_exists(stmt, ids[i], &rc))
			return rc != SQLITE_OK ? upkeep_sql_status(rc) : unknown;
	}
	return ORIENTATION_OK;
}

/* Check @s before it is written, as an edit or a new service: texts
 * complete in every language of the catalog, source given, contact
 * fields of their form, languages, groups and themes known.  The
 * transaction is open; upkeep_where names what is at fault. */
static enum orientation_status
validate_service(struct upkeep *u, const struct upkeep_service *s)
{
	static const enum orientation_status empty[TEXT_COUNT] = {
		ORIENTATION_EMPTY_NAME, ORIENTATION_EMPTY_SUMMARY,
		ORIENTATION_EMPTY_OFFER, ORIENTATION_EMPTY_AUDIENCE,
	};
	enum orientation_status st;
	int rc = SQLITE_OK;

	for (size_t i = 0; i < s->ntexts; i++) {
		const struct upkeep_text *t = &s->texts[i];

		upkeep_set_where(u, t->lang);
		if (t->lang == NULL || !upkeep_exists(u->language, t->lang, &rc))
			return rc != SQLITE_OK ? upkeep_sql_status(rc) :
			    ORIENTATION_UNKNOWN_LANGUAGE;
		if (find_text(s, t->lang) != t)
			return ORIENTATION_DUPLICATE_LANGUAGE;
		for (int k = 0; k < TEXT_COUNT; k++)
			if (!str_utf8(text_get(t, k)))
				return ORIENTATION_NOT_UTF8;
		for (int k = 0; k < TEXT_COUNT; k++)
			if (upkeep_is_blank(text_get(t, k)))
				return empty[k];
		/* Words in this language or none: the catalog's own check
		 * refuses a stand-in as it refuses an empty text. */
		for (int k = 0; k < TEXT_COUNT; k++)
			if (upkeep_is_placeholder(text_get(t, k)))
				return ORIENTATION_PLACEHOLDER_TEXT;
	}
	/* Every language of the catalog needs its texts. */
	while ((rc = sqlite3_step(u->languages)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(u->languages, 0);

		if (find_text(s, upkeep_nz(code)) == NULL) {
			upkeep_set_where(u, code);
			sqlite3_reset(u->languages);
			return ORIENTATION_EMPTY_NAME;
		}
	}
	sqlite3_reset(u->languages);
	if (rc != SQLITE_DONE)
		return upkeep_sql_status(rc);
	for (int k = 0; k < NEUTRAL_COUNT; k++) {
		upkeep_set_where(u, neutral_columns[k]);
		if (!str_utf8(neutral_get(s, k)))
			return ORIENTATION_NOT_UTF8;
	}
	upkeep_set_where(u, "source");
	if (upkeep_is_blank(s->source))
		return ORIENTATION_EMPTY_SOURCE;
	for (int k = 0; k < NEUTRAL_COUNT; k++) {
		int contact = upkeep_neutral_contact(k);

		upkeep_set_where(u, neutral_columns[k]);
		if (contact >= 0 && (st = upkeep_check_contact(
		    (enum upkeep_contact)contact, neutral_get(s, k))) !=
		    ORIENTATION_OK)
			return st;
	}
	upkeep_set_where(u, "languages");
	if (!upkeep_is_blank(s->languages) &&
	    !upkeep_valid_languages(s->languages))
		return ORIENTATION_BAD_LANGUAGES;
	st = check_ids(u, u->group, s->groups, s->ngroups,
	    ORIENTATION_UNKNOWN_GROUP);
	if (st == ORIENTATION_OK)
		st = check_ids(u, u->theme, s->themes, s->nthemes,
		    ORIENTATION_UNKNOWN_THEME);
	if (st == ORIENTATION_OK)
		upkeep_set_where(u, "");
	return st;
}

enum decision { KEEP, WRITE, CONFLICT };

/*
 * What to do with one field: @cur is in the catalog, @want is asked for,
 * @base is what the counselor loaded (NULL: no base, the file or caller
 * has the last word).  A field the counselor left as loaded keeps whatever
 * the catalog has now, so a save never undoes someone else's edit.
 */
static enum decision
decide(const char *cur, const char *want, const char *base)
{
	if (strcmp(cur, want) == 0)
		return KEEP;
	if (base == NULL)
		return WRITE;
	if (strcmp(want, base) == 0)
		return KEEP;
	return strcmp(cur, base) == 0 ? WRITE : CONFLICT;
}

/* Compare two string pointers, for qsort. */
static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* @ids as a set: sorted, each once, joined by ';'.  *@sorted (may be
 * NULL) gets the sorted unique pointers (borrowed) and *@nsorted their
 * number.  The caller frees the string and *@sorted. */
static char *
id_set(char *const *ids, size_t n, const char ***sorted, size_t *nsorted)
{
	const char **v = xcalloc(n + 1, sizeof *v);
	size_t m = 0, len = 1;
	char *joined, *p;

	for (size_t i = 0; i < n; i++)
		v[i] = upkeep_nz(ids[i]);
	qsort(v, n, sizeof *v, compare_strings);
	for (size_t i = 0; i < n; i++)
		if (m == 0 || strcmp(v[m - 1], v[i]) != 0)
			v[m++] = v[i];
	for (size_t i = 0; i < m; i++)
		len += strlen(v[i]) + 1;
	p = joined = xmalloc(len);
	*p = '\0';
	for (size_t i = 0; i < m; i++)
		p += sprintf(p, "%s%s", i ? ";" : "", v[i]);
	if (sorted != NULL) {
		*sorted = v;
		*nsorted = m;
	} else {
		free(v);
	}
	return joined;
}

/* Apply the group or theme list @want of service @s (one field). */
static enum orientation_status
apply_set(struct change *cx, const struct upkeep_service *s,
    const char *table, const char *column, const char *field,
    char *const *want, size_t nwant, char *const *base, size_t nbase,
    const char *item, bool *changed)
{
	/* @table and @column are ours, never input. */
	char *sql = xasprintf("SELECT %s FROM %s WHERE service_id = ?1",
	    column, table);
	char **cur_ids, *cur, *wanted, *based = NULL;
	const char **sorted;
	size_t ncur, nsorted;
	enum orientation_status st = ORIENTATION_OK;
	int rc;

	rc = load_ids(cx->u, sql, s->id, &cur_ids, &ncur);
	free(sql);
	if (rc != SQLITE_OK) {
		xfree_strings(cur_ids, ncur);
		return upkeep_sql_status(rc);
	}
	cur = id_set(cur_ids, ncur, NULL, NULL);
	wanted = id_set(want, nwant, &sorted, &nsorted);
	if (s->base != NULL)
		based = id_set(base, nbase, NULL, NULL);
	switch (decide(cur, wanted, based)) {
	case KEEP:
		break;
	case CONFLICT:
		upkeep_set_where(cx->u, field);
		st = ORIENTATION_SERVICE_CONFLICT;
		break;
	case WRITE:
		sql = xasprintf("DELETE FROM %s WHERE service_id = ?1", table);
		upkeep_write_sql(cx, sql, (const char *const[]){ s->id }, 1);
		free(sql);
		sql = xasprintf("INSERT INTO %s (service_id, %s) VALUES (?1, ?2)",
		    table, column);
		for (size_t i = 0; i < nsorted; i++)
			upkeep_write_sql(cx, sql,
			    (const char *const[]){ s->id, sorted[i] }, 2);
		free(sql);
		upkeep_history(cx, item, field, NULL, cur, wanted);
		cx->fields++;
		*changed = true;
		break;
	}
	xfree_strings(cur_ids, ncur);
	free(cur);
	free(wanted);
	free(based);
	free(sorted);
	return st;
}

/* The texts service @id has in @lang, into @cur (each "" when it has
 * none); *@found tells whether it has.  @return SQLITE_OK or the error. */
static int
read_text(struct upkeep *u, const char *id, const char *lang,
    char *cur[TEXT_COUNT], bool *found)
{
	int rc = upkeep_bind(u->text, 1, (const char *const[]){ id, lang }, 2);

	if (rc == SQLITE_OK)
		rc = sqlite3_step(u->text);
	*found = rc == SQLITE_ROW;
	for (int k = 0; k < TEXT_COUNT; k++)
		cur[k] = *found ? db_column_strdup(u->text, k) : xstrdup("");
	sqlite3_reset(u->text);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Write the texts of @t that @write marks: into the row of @s in that
 * language if it is @found, else as a new row. */
static void
write_text(struct change *cx, const struct upkeep_service *s,
    const struct upkeep_text *t, bool found, const bool write[TEXT_COUNT])
{
	if (!found) {
		upkeep_write_sql(cx, "INSERT INTO service_text (service_id, lang, "
		    "name, summary, offer, audience) "
		    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", (const char *const[]){
		    s->id, t->lang, upkeep_nz(t->name), upkeep_nz(t->summary),
		    upkeep_nz(t->offer), upkeep_nz(t->audience) }, 6);
		return;
	}
	for (int k = 0; k < TEXT_COUNT; k++) {
		char *sql;

		if (!write[k])
			continue;
		/* The column name is one of text_columns. */
		sql = xasprintf("UPDATE service_text SET %s = ?3 "
		    "WHERE service_id = ?1 AND lang = ?2", text_columns[k]);
		upkeep_write_sql(cx, sql, (const char *const[]){ s->id, t->lang,
		    upkeep_nz(text_get(t, k)) }, 3);
		free(sql);
	}
}

/* Apply the texts @t of service @s in one language. */
static enum orientation_status
apply_text(struct change *cx, const struct upkeep_service *s,
    const struct upkeep_text *t, const char *item, bool *changed)
{
	const struct upkeep_text *bt = s->base ? find_text(s->base, t->lang) : NULL;
	char *cur[TEXT_COUNT];
	bool write[TEXT_COUNT] = { false }, any = false, found;
	enum orientation_status st;

	st = upkeep_sql_status(read_text(cx->u, s->id, t->lang, cur, &found));
	for (int k = 0; st == ORIENTATION_OK && k < TEXT_COUNT; k++) {
		const char *base = s->base == NULL ? NULL :
		    bt != NULL ? upkeep_nz(text_get(bt, k)) : "";

		switch (decide(cur[k], upkeep_nz(text_get(t, k)), base)) {
		case KEEP:
			break;
		case CONFLICT:
			upkeep_set_where(cx->u, t->lang);
			st = ORIENTATION_SERVICE_CONFLICT;
			break;
		case WRITE:
			write[k] = any = true;
			break;
		}
	}
	if (st == ORIENTATION_OK && any) {
		write_text(cx, s, t, found, write);
		for (int k = 0; k < TEXT_COUNT; k++) {
			if (!write[k])
				continue;
			upkeep_history(cx, item, text_columns[k], t->lang, cur[k],
			    upkeep_nz(text_get(t, k)));
			cx->fields++;
		}
		*changed = true;
	}
	for (int k = 0; k < TEXT_COUNT; k++)
		free(cur[k]);
	return st;
}

/* The neutral fields of service @id into @cur and its last_checked into
 * *@checked (each "" when NULL).  @return ORIENTATION_OK, NOT_FOUND (nothing
 * read) or a database status. */
static enum orientation_status
read_neutral(struct upkeep *u, const char *id, char *cur[NEUTRAL_COUNT],
    char **checked)
{
	int rc = upkeep_bind(u->service, 1, &id, 1);

	if (rc == SQLITE_OK)
		rc = sqlite3_step(u->service);
	if (rc == SQLITE_ROW) {
		for (int k = 0; k < NEUTRAL_COUNT; k++)
			cur[k] = db_column_strdup(u->service, k);
		*checked = db_column_strdup(u->service, NEUTRAL_COUNT);
	}
	sqlite3_reset(u->service);
	if (rc == SQLITE_ROW)
		return ORIENTATION_OK;
	return rc == SQLITE_DONE ? ORIENTATION_SERVICE_NOT_FOUND :
	    upkeep_sql_status(rc);
}

/* Apply the neutral fields of @s, whose values in the catalog are @cur. */
static enum orientation_status
apply_neutral(struct change *cx, const struct upkeep_service *s,
    char *const cur[NEUTRAL_COUNT], const char *item, bool *changed)
{
	const struct upkeep_service *b = s->base;

	for (int k = 0; k < NEUTRAL_COUNT; k++) {
		const char *want = upkeep_nz(neutral_get(s, k));

		switch (decide(cur[k], want, b ? upkeep_nz(neutral_get(b, k)) :
		    NULL)) {
		case KEEP:
			break;
		case CONFLICT:
			upkeep_set_where(cx->u, neutral_columns[k]);
			return ORIENTATION_SERVICE_CONFLICT;
		case WRITE:
			write_service_field(cx, s->id, neutral_columns[k], want);
			upkeep_history(cx, item, neutral_columns[k], NULL, cur[k],
			    want);
			cx->fields++;
			*changed = true;
			break;
		}
	}
	return ORIENTATION_OK;
}

/* After the fields of @s: last_checked becomes today (it was @checked)
 * and the search rows are rebuilt, if @changed or @stamp. */
static void
stamp_service(struct change *cx, const struct upkeep_service *s,
    const char *checked, const char *item, bool changed, bool stamp)
{
	bool restamp = (changed || stamp) && strcmp(checked, cx->today) != 0;

	if (restamp) {
		write_service_field(cx, s->id, "last_checked", cx->today);
		upkeep_history(cx, item, "last_checked", NULL, checked, cx->today);
	}
	if (changed || restamp) {
		upkeep_search_rebuild(cx, s->id);
		cx->wrote = true;
	}
	if (changed)
		cx->items++;
}

enum orientation_status
upkeep_service_apply(struct change *cx, const struct upkeep_service *s,
    bool sets, bool stamp)
{
	const struct upkeep_service *b = s->base;
	char *cur[NEUTRAL_COUNT] = { NULL }, *checked = NULL, *item;
	enum orientation_status st;
	bool changed = false;

	if ((st = read_neutral(cx->u, s->id, cur, &checked)) != ORIENTATION_OK)
		return st;
	item = xasprintf("service:%s", s->id);
	st = apply_neutral(cx, s, cur, item, &changed);
	for (size_t i = 0; st == ORIENTATION_OK && i < s->ntexts; i++)
		st = apply_text(cx, s, &s->texts[i], item, &changed);
	if (st == ORIENTATION_OK && sets)
		st = apply_set(cx, s, "service_group", "group_id", "groups",
		    s->groups, s->ngroups, b ? b->groups : NULL,
		    b ? b->ngroups : 0, item, &changed);
	if (st == ORIENTATION_OK && sets)
		st = apply_set(cx, s, "service_theme", "theme_id", "themes",
		    s->themes, s->nthemes, b ? b->themes : NULL,
		    b ? b->nthemes : 0, item, &changed);
	if (st == ORIENTATION_OK)
		stamp_service(cx, s, checked, item, changed, stamp);
	if (st == ORIENTATION_OK && cx->rc != SQLITE_OK)
		st = upkeep_sql_status(cx->rc);
	for (int k = 0; k < NEUTRAL_COUNT; k++)
		free(cur[k]);
	free(checked);
	free(item);
	return st;
}

enum orientation_status
upkeep_service_write(struct upkeep *u, const struct upkeep_service *s,
    const char *who, time_t now, bool add)
{
	struct change cx;
	enum orientation_status st;
	int rc;

	upkeep_set_where(u, "");
	if (who == NULL || upkeep_is_blank(who))
		return ORIENTATION_NO_AUTHOR;
	if (s->id == NULL)
		return add ? ORIENTATION_SERVICE_BAD_ID :
		    ORIENTATION_SERVICE_NOT_FOUND;
	upkeep_change_init(&cx, u, who, now, false);
	/* IMMEDIATE: take the write lock now, so the values compared are
	 * the values overwritten. */
	if ((rc = upkeep_exec(u, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return upkeep_sql_status(rc);
	st = add ? upkeep_service_check_new(u, s) : ORIENTATION_OK;
	if (st == ORIENTATION_OK)
		st = validate_service(u, s);
	if (st == ORIENTATION_OK)
		st = add ? upkeep_service_insert(&cx, s) :
		    upkeep_service_apply(&cx, s, true, true);
	if (st == ORIENTATION_OK && cx.wrote) {
		upkeep_bump_revision(&cx);
		st = upkeep_sql_status(cx.rc);
	}
	return upkeep_finish(u, st);
}

enum orientation_status
upkeep_service_save(struct upkeep *u, const struct upkeep_service *s,
    const char *who, time_t now)
{
	return upkeep_service_write(u, s, who, now, false);
}
