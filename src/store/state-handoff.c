/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hand-off sessions in the state database: keeping a visitor's session
 * under a code, loading it for a counselor, the note, the expiry, delete
 * and purge with the reports that belong to a code.  The same SQL runs
 * on both back ends; where PostgreSQL needs a row lock that SQLite's
 * BEGIN IMMEDIATE already gives (reading before writing), the statement
 * says FOR UPDATE there.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "state-db.h"
#include "state-internal.h"
#include "util/fits.h"
#include "util/xmalloc.h"

enum sql_rc
state_exec_code(struct state *st, const char *sql, const char *code)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, sql);

	if (code != NULL)
		sql_bind_text(stmt, 1, code);
	return sql_step_finalize(stmt);
}

/* Whether report file @name is one of @code's, or, when @code is NULL, of
 * a code that @kept (SELECT 1 FROM handoff WHERE code = ?1) no longer
 * finds. */
static bool
report_gone(const char *name, const char *code, struct sql_stmt *kept)
{
	char prefix[HANDOFF_CODE_LEN + 1], canon[HANDOFF_CODE_LEN + 1];
	bool gone;

	if (strlen(name) <= HANDOFF_CODE_LEN || name[HANDOFF_CODE_LEN] != '-')
		return false;
	memcpy(prefix, name, HANDOFF_CODE_LEN);
	prefix[HANDOFF_CODE_LEN] = '\0';
	if (code != NULL)
		return strcmp(prefix, code) == 0;
	if (!handoff_code_normalize(prefix, canon) || strcmp(canon, prefix) != 0)
		return false;
	sql_bind_text(kept, 1, prefix);
	gone = sql_step(kept) == SQL_DONE;
	sql_reset(kept);
	return gone;
}

void
state_remove_reports(struct state *st, const char *code)
{
	struct sql_stmt *kept = NULL;
	DIR *d = opendir(st->reports);
	struct dirent *e;

	if (d == NULL)
		return;
	if (code == NULL)
		kept = sql_prepare(st->sql, "SELECT 1 FROM handoff WHERE code = ?1");
	while ((e = readdir(d)) != NULL) {
		char *f;

		if (!report_gone(e->d_name, code, kept))
			continue;
		f = xasprintf("%s/%s", st->reports, e->d_name);
		unlink(f);
		free(f);
	}
	sql_finalize(kept);
	closedir(d);
}

/*
 * Write the handoff row of @s under @code: a new one, or over the kept
 * one when @replace (its rows go first; its created time and note stay).
 */
static enum sql_rc
write_handoff_row(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires, bool replace)
{
	static const char *const children[] = {
		"DELETE FROM handoff_answer WHERE code = ?1",
		"DELETE FROM handoff_score WHERE code = ?1",
		"DELETE FROM handoff_skill WHERE code = ?1",
		"DELETE FROM handoff_seen WHERE code = ?1",
	};
	struct sql_stmt *stmt;
	enum sql_rc rc = SQL_DONE;

	for (size_t i = 0; replace && i < 4 && rc == SQL_DONE; i++)
		rc = state_exec_code(st, children[i], code);
	if (rc != SQL_DONE)
		return rc;
	stmt = sql_prepare(st->sql, replace ? "UPDATE handoff SET expires = ?2, "
	    "lang = ?3, form = ?4 WHERE code = ?1" : "INSERT INTO handoff "
	    "(code, expires, lang, form, created) VALUES (?1, ?2, ?3, ?4, ?5)");
	sql_bind_text(stmt, 1, code);
	sql_bind_int64(stmt, 2, expires);
	sql_bind_text(stmt, 3, s->lang[0] ? s->lang : "en");
	sql_bind_text(stmt, 4, s->form == SESSION_FORM_NONE ? NULL :
	    s->form == SESSION_FORM_SHORT ? "short" : "full");
	if (!replace)
		sql_bind_int64(stmt, 5, now);
	return sql_step_finalize(stmt);
}

/* Bind @v to parameter @i of @stmt, NULL when it equals @none. */
static void
bind_or_null(struct sql_stmt *stmt, int i, int v, int none)
{
	if (v == none)
		sql_bind_null(stmt, i);
	else
		sql_bind_int64(stmt, i, v);
}

/*
 * One INSERT of @nrows rows of @ncols values into @table (one round trip
 * to a server for all of them); parameter c of row r is r * @ncols + c + 1.
 * NULL for no rows.
 */
static struct sql_stmt *
insert_rows(struct state *st, const char *table, int ncols, int nrows)
{
	/* fits: each "?N" comes with at most ", (" and ")" */
	size_t cap = sizeof "INSERT INTO  VALUES " + strlen(table) +
	    (size_t)nrows * (size_t)ncols * (sizeof ", (?)" + FITS_DECIMAL(int)),
	    n;
	struct sql_stmt *stmt;
	char *sql;

	if (nrows == 0)
		return NULL;
	sql = xmalloc(cap);
	n = (size_t)snprintf(sql, cap, "INSERT INTO %s VALUES ", table);
	for (int r = 0; r < nrows; r++)
		for (int c = 0; c < ncols; c++)
			n += (size_t)snprintf(sql + n, cap - n, "%s?%d%s",
			    c == 0 ? (r == 0 ? "(" : ", (") : ", ",
			    r * ncols + c + 1, c == ncols - 1 ? ")" : "");
	stmt = sql_prepare(st->sql, sql);
	free(sql);
	return stmt;
}

/* Step @stmt (from insert_rows) and free it; SQL_DONE when done. */
static enum sql_rc
insert_done(struct sql_stmt *stmt)
{
	if (stmt == NULL)
		return SQL_DONE;
	return sql_step_finalize(stmt);
}

/* Insert the answers and the scores of @s under @code. */
static enum sql_rc
insert_answers(struct state *st, const struct session *s, const char *code)
{
	struct sql_stmt *stmt = insert_rows(st, "handoff_answer", 5, s->nitems);
	struct riasec_profile p;
	char type[2] = { 0 };
	enum sql_rc rc;

	for (int i = 0, k = 1; i < s->nitems; i++, k += 5) {
		type[0] = riasec_letter(s->item_type[i]);
		sql_bind_text(stmt, k, code);
		sql_bind_int64(stmt, k + 1, i);
		sql_bind_int64(stmt, k + 2, s->item_id[i]);
		sql_bind_text(stmt, k + 3, type);
		bind_or_null(stmt, k + 4, s->answer[i], RIASEC_ANSWER_NONE);
	}
	if ((rc = insert_done(stmt)) != SQL_DONE || s->nitems == 0)
		return rc;
	session_profile(s, &p);
	stmt = insert_rows(st, "handoff_score", 5, RIASEC_COUNT);
	for (int t = 0, k = 1; t < RIASEC_COUNT; t++, k += 5) {
		type[0] = riasec_letter((enum riasec_type)t);
		sql_bind_text(stmt, k, code);
		sql_bind_text(stmt, k + 1, type);
		sql_bind_int64(stmt, k + 2, p.sum[t]);
		sql_bind_int64(stmt, k + 3, p.answered[t]);
		sql_bind_int64(stmt, k + 4, p.asked[t]);
	}
	return insert_done(stmt);
}

/* Insert the skills and what @s looked at under @code. */
static enum sql_rc
insert_skills_seen(struct state *st, const struct session *s,
    const char *code)
{
	int nseen = s->noccupations + s->nservices;
	struct sql_stmt *stmt = insert_rows(st, "handoff_skill", 4, s->nskills);
	enum sql_rc rc;

	for (int i = 0, k = 1; i < s->nskills; i++, k += 4) {
		sql_bind_text(stmt, k, code);
		sql_bind_int64(stmt, k + 1, i);
		sql_bind_text(stmt, k + 2, s->skill_id[i]);
		bind_or_null(stmt, k + 3, s->skill_rating[i], MATCH_RATING_NONE);
	}
	if ((rc = insert_done(stmt)) != SQL_DONE)
		return rc;
	stmt = insert_rows(st, "handoff_seen", 4, nseen);
	for (int i = 0, k = 1; i < nseen; i++, k += 4) {
		bool occ = i < s->noccupations;
		int j = occ ? i : i - s->noccupations;
		char ref[FITS_DECIMAL(int)];

		if (occ) /* fits: sized for any int */
			snprintf(ref, sizeof ref, "%d", s->occupations[j]);
		sql_bind_text(stmt, k, code);
		sql_bind_text(stmt, k + 1, occ ? "occupation" : "service");
		sql_bind_text(stmt, k + 2, occ ? ref : s->services[j]);
		sql_bind_int64(stmt, k + 3, j);
	}
	return insert_done(stmt);
}

/* Insert the rows of @s under @code (a new one, or the kept one when
 * @replace). */
static enum sql_rc
insert_session(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires, bool replace)
{
	enum sql_rc rc = write_handoff_row(st, s, code, now, expires, replace);

	if (rc == SQL_DONE)
		rc = insert_answers(st, s, code);
	if (rc == SQL_DONE)
		rc = insert_skills_seen(st, s, code);
	return rc;
}

/* Whether @code is kept and not expired at @now (in the transaction,
 * which then holds its row). */
static bool
handoff_kept(struct state *st, const char *code, time_t now)
{
	struct sql_stmt *stmt = sql_prepare(st->sql,
	    sql_backend(st->sql) == SQL_POSTGRESQL ?
	    "SELECT 1 FROM handoff WHERE code = ?1 AND expires > ?2 FOR UPDATE" :
	    "SELECT 1 FROM handoff WHERE code = ?1 AND expires > ?2");

	sql_bind_text(stmt, 1, code);
	sql_bind_int64(stmt, 2, now);
	return sql_step_finalize(stmt) == SQL_ROW;
}

/* Commit when @rc is SQL_DONE, else roll back; the result. */
static enum sql_rc
finish(struct state *st, enum sql_rc rc)
{
	if (rc == SQL_DONE || rc == SQL_OK)
		return sql_commit(st->sql);
	sql_rollback(st->sql);
	return rc;
}

/*
 * Keep @s again under @code when it is still kept (one code per visit).
 * *@done tells whether it was; the result otherwise.
 */
static enum sql_rc
save_again(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires, bool *done)
{
	enum sql_rc rc;

	*done = false;
	if ((rc = state_begin_within(st, st->patience_ms)) != SQL_OK)
		return rc;
	if (!handoff_kept(st, code, now)) {
		rc = sql_last(st->sql) == SQL_UNAVAILABLE ? SQL_UNAVAILABLE :
		    SQL_OK;
		/* A row that cannot be read is not a code to replace. */
		if (state_seen_damage(st))
			rc = SQL_DAMAGED;
		sql_rollback(st->sql);
		return rc;
	}
	*done = true;
	return finish(st, insert_session(st, s, code, now, expires, true));
}

enum orientation_status
state_handoff_save(struct state *st, const struct session *s, time_t now,
    long seconds, random_fn random, char code[HANDOFF_CODE_LEN + 1],
    time_t *expires)
{
	uint8_t bytes[HANDOFF_CODE_BYTES];
	char fresh[HANDOFF_CODE_LEN + 1];
	enum sql_rc rc = SQL_OK;
	bool done;

	*expires = now + (time_t)seconds;
	/* Nothing new goes into a damaged file: a restore would lose it. */
	if (state_seen_damage(st))
		return ORIENTATION_STATE_DAMAGED;
	/* Keeping again during the same visit: the same code, new contents. */
	if (code[0] != '\0') {
		rc = save_again(st, s, code, now, *expires, &done);
		if (done || rc != SQL_OK)
			return sql_status(rc);
		if (state_seen_damage(st))
			return ORIENTATION_STATE_DAMAGED;
	}
	/* A new code clashes with a kept one about once in 10^12 / n tries;
	 * a few attempts make a clash practically impossible. */
	for (int attempt = 0; attempt < 5; attempt++) {
		if (random(bytes, sizeof bytes) != 0)
			return ORIENTATION_DB_ERROR;
		handoff_code_encode(bytes, fresh);
		if ((rc = state_begin_within(st, st->patience_ms)) != SQL_OK)
			return sql_status(rc);
		rc = finish(st, insert_session(st, s, fresh, now, *expires,
		    false));
		if (rc == SQL_OK) {
			memcpy(code, fresh, sizeof fresh);
			return ORIENTATION_OK;
		}
		if (rc != SQL_CONSTRAINT)
			break;
	}
	return sql_status(rc);
}

/* Read the handoff row of @code into @out; SQL_ROW when found. */
static enum sql_rc
load_row(struct state *st, const char *code, time_t now, struct session *out,
    time_t *created, time_t *expires)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, "SELECT created, expires, "
	    "lang, form FROM handoff WHERE code = ?1 AND expires > ?2");
	enum sql_rc rc;

	sql_bind_text(stmt, 1, code);
	sql_bind_int64(stmt, 2, now);
	if ((rc = sql_step(stmt)) == SQL_ROW) {
		const char *form = sql_column_text(stmt, 3);

		if (created != NULL)
			*created = (time_t)sql_column_int64(stmt, 0);
		if (expires != NULL)
			*expires = (time_t)sql_column_int64(stmt, 1);
		/* A language code too long to be one (not written here)
		 * stays empty, as a NULL one does. */
		fits_copy(out->lang, sizeof out->lang, sql_column_text(stmt, 2));
		if (form != NULL)
			out->form = strcmp(form, "short") == 0 ?
			    SESSION_FORM_SHORT : SESSION_FORM_FULL;
	}
	sql_finalize(stmt);
	return rc;
}

/*
 * Whether the scores kept with @code are those of the answers in @s: a
 * session whose answers cannot all be read is damaged, not empty.
 * SQL_DONE when they match, SQL_DAMAGED when they do not.
 */
static enum sql_rc
scores_match(struct state *st, const char *code, const struct session *s)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, "SELECT type, sum, "
	    "answered, asked FROM handoff_score WHERE code = ?1");
	struct riasec_profile p;
	enum sql_rc rc;
	int rows = 0;
	bool same = true;

	session_profile(s, &p);
	sql_bind_text(stmt, 1, code);
	while ((rc = sql_step(stmt)) == SQL_ROW) {
		const char *t = sql_column_text(stmt, 0);
		enum riasec_type type;

		rows++;
		if (t == NULL || !riasec_from_letter(t[0], &type) ||
		    sql_column_int(stmt, 1) != p.sum[type] ||
		    sql_column_int(stmt, 2) != p.answered[type] ||
		    sql_column_int(stmt, 3) != p.asked[type])
			same = false;
	}
	sql_finalize(stmt);
	if (rc != SQL_DONE)
		return rc;
	/* Scores are kept for every type once there are answers. */
	return same && rows == (s->nitems > 0 ? RIASEC_COUNT : 0) ?
	    SQL_DONE : SQL_DAMAGED;
}

/* Read the answers of @code into @out, and check them against the
 * scores kept with them. */
static enum sql_rc
load_answers(struct state *st, const char *code, struct session *out)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, "SELECT item_id, type, "
	    "answer FROM handoff_answer WHERE code = ?1 ORDER BY position");
	enum sql_rc rc;
	bool whole = true;
	int n = 0;

	sql_bind_text(stmt, 1, code);
	while ((rc = sql_step(stmt)) == SQL_ROW && n < SESSION_MAX_ITEMS) {
		const char *t = sql_column_text(stmt, 1);

		out->item_id[n] = sql_column_int(stmt, 0);
		if (t == NULL || !riasec_from_letter(t[0], &out->item_type[n])) {
			whole = false;
			continue;
		}
		out->answer[n] = sql_column_int_or(stmt, 2, RIASEC_ANSWER_NONE);
		n++;
	}
	sql_finalize(stmt);
	out->nitems = n;
	out->finished = n > 0;
	if (sql_ok(rc))
		rc = whole ? scores_match(st, code, out) : SQL_DAMAGED;
	return rc;
}

/* Read the skills and what was looked at under @code into @out. */
static enum sql_rc
load_skills_seen(struct state *st, const char *code, struct session *out)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, "SELECT element_id, rating "
	    "FROM handoff_skill WHERE code = ?1 ORDER BY position");
	enum sql_rc rc;
	int n = 0;

	sql_bind_text(stmt, 1, code);
	while ((rc = sql_step(stmt)) == SQL_ROW && n < MATCH_MAX_SKILLS) {
		/* An id too long to be one was not written here: left out. */
		if (!fits_copy(out->skill_id[n], sizeof out->skill_id[n],
		    sql_column_text(stmt, 0)))
			continue;
		out->skill_rating[n] = sql_column_int_or(stmt, 1,
		    MATCH_RATING_NONE);
		n++;
	}
	sql_finalize(stmt);
	out->nskills = n;
	if (!sql_ok(rc))
		return rc;
	stmt = sql_prepare(st->sql, "SELECT kind, ref FROM handoff_seen WHERE "
	    "code = ?1 ORDER BY kind, position");
	sql_bind_text(stmt, 1, code);
	while ((rc = sql_step(stmt)) == SQL_ROW) {
		const char *kind = sql_column_text(stmt, 0);
		const char *ref = sql_column_text(stmt, 1);

		if (kind == NULL || ref == NULL)
			continue;
		if (strcmp(kind, "occupation") == 0)
			session_note_occupation(out, atoi(ref));
		else
			session_note_service(out, ref);
	}
	sql_finalize(stmt);
	return rc;
}

enum orientation_status
state_handoff_load(struct state *st, const char *code, time_t now,
    struct session *out, time_t *created, time_t *expires)
{
	enum sql_rc rc;

	session_wipe(out);
	rc = load_row(st, code, now, out, created, expires);
	/* In a damaged file, a code that is not found may be one whose row
	 * cannot be read: never "not found" there. */
	if (rc == SQL_DONE)
		return state_seen_damage(st) ? ORIENTATION_STATE_DAMAGED :
		    ORIENTATION_NOT_FOUND;
	if (rc == SQL_ROW)
		rc = load_answers(st, code, out);
	if (sql_ok(rc))
		rc = load_skills_seen(st, code, out);
	if (sql_ok(rc))
		return ORIENTATION_OK;
	/* A partial read is damage: never a session with what was read
	 * before the error. */
	session_wipe(out);
	if (rc == SQL_DAMAGED)
		st->damaged = true;
	return state_seen_damage(st) ? ORIENTATION_STATE_DAMAGED :
	    sql_status(rc);
}

/*
 * Delete the rows of @code and take the code out of the audit details:
 * who opened or changed results, and when, stays; which code it was goes
 * with the results.  In the caller's transaction; *@deleted tells whether
 * there were results.
 */
static enum sql_rc
erase_code(struct state *st, const char *code, bool *deleted)
{
	enum sql_rc rc = state_exec_code(st, "DELETE FROM handoff "
	    "WHERE code = ?1", code);

	*deleted = rc == SQL_DONE && sql_changes(st->sql) > 0;
	if (rc == SQL_DONE)
		rc = state_exec_code(st, "UPDATE audit SET detail = NULL "
		    "WHERE detail = ?1", code);
	return rc;
}

enum orientation_status
state_handoff_delete(struct state *st, const char *code, bool *deleted)
{
	enum sql_rc rc;

	*deleted = false;
	/* In a damaged file "nothing was deleted" could be false: refuse. */
	if (state_seen_damage(st))
		return ORIENTATION_STATE_DAMAGED;
	if ((rc = state_begin_within(st, st->patience_ms)) != SQL_OK)
		return sql_status(rc);
	rc = finish(st, erase_code(st, code, deleted));
	if (rc != SQL_OK) {
		*deleted = false;
		return sql_status(rc);
	}
	state_remove_reports(st, code);
	state_checkpoint(st);
	return ORIENTATION_OK;
}

enum orientation_status
state_handoff_note(struct state *st, const char *code, char **note)
{
	struct sql_stmt *stmt = sql_prepare(st->sql,
	    "SELECT note FROM handoff WHERE code = ?1");
	enum sql_rc rc;

	*note = NULL;
	sql_bind_text(stmt, 1, code);
	if ((rc = sql_step(stmt)) == SQL_ROW && !sql_column_null(stmt, 0))
		*note = xstrdup(sql_column_text(stmt, 0));
	sql_finalize(stmt);
	if (rc == SQL_ROW)
		return ORIENTATION_OK;
	if (state_seen_damage(st))
		return ORIENTATION_STATE_DAMAGED;
	return rc == SQL_DONE ? ORIENTATION_NOT_FOUND : sql_status(rc);
}

/* Step the prepared UPDATE @stmt of one handoff row and finalize it;
 * NOT_FOUND if it changed nothing. */
static enum orientation_status
update_handoff(struct state *st, struct sql_stmt *stmt)
{
	enum orientation_status status = state_seen_damage(st) ?
	    ORIENTATION_STATE_DAMAGED : sql_status(sql_step(stmt));

	if (status == ORIENTATION_OK && sql_changes(st->sql) == 0)
		status = ORIENTATION_NOT_FOUND;
	sql_finalize(stmt);
	return status;
}

enum orientation_status
state_handoff_set_note(struct state *st, const char *code, const char *note)
{
	struct sql_stmt *stmt = sql_prepare(st->sql,
	    "UPDATE handoff SET note = ?2 WHERE code = ?1");

	sql_bind_text(stmt, 1, code);
	sql_bind_text(stmt, 2, note[0] != '\0' ? note : NULL);
	return update_handoff(st, stmt);
}

enum orientation_status
state_handoff_extend(struct state *st, const char *code, time_t expires)
{
	struct sql_stmt *stmt = sql_prepare(st->sql,
	    "UPDATE handoff SET expires = ?2 WHERE code = ?1");

	sql_bind_text(stmt, 1, code);
	sql_bind_int64(stmt, 2, expires);
	return update_handoff(st, stmt);
}

/* Run @sql with ?1 = @at; the result of its step. */
static enum sql_rc
exec_at(struct state *st, const char *sql, time_t at)
{
	struct sql_stmt *stmt = sql_prepare(st->sql, sql);

	sql_bind_int64(stmt, 1, at);
	return sql_step_finalize(stmt);
}

int
state_handoff_purge(struct state *st, time_t now)
{
	enum sql_rc rc;
	int n = -1;

	if (state_seen_damage(st) || state_begin_within(st, 0) != SQL_OK)
		return -1;
	/* PostgreSQL: the rows first, as a delete takes them, so that a
	 * purge and a delete of the same code cannot deadlock. */
	rc = sql_backend(st->sql) == SQL_POSTGRESQL ? exec_at(st, "SELECT 1 "
	    "FROM handoff WHERE expires <= ?1 FOR UPDATE", now) : SQL_DONE;
	if (rc == SQL_DONE || rc == SQL_ROW)
		rc = exec_at(st, "UPDATE audit SET detail = NULL WHERE detail IN "
		    "(SELECT code FROM handoff WHERE expires <= ?1)", now);
	if (rc == SQL_DONE) {
		rc = exec_at(st, "DELETE FROM handoff WHERE expires <= ?1", now);
		n = sql_changes(st->sql);
	}
	/* Wrong codes are kept for their window only, also when no new
	 * wrong code comes to clear them (docs/privacy.md). */
	if (rc == SQL_DONE)
		rc = exec_at(st, "DELETE FROM code_attempt WHERE at <= ?1",
		    now - STATE_CODE_WINDOW);
	if (finish(st, rc) != SQL_OK)
		return -1;
	/* Also the reports of codes deleted while their files were open. */
	state_remove_reports(st, NULL);
	if (n > 0 || st->checkpoint_due)
		state_checkpoint(st);
	return n;
}

int
state_handoff_count(struct state *st)
{
	return sql_query_int(st->sql, "SELECT count(*) FROM handoff", -1);
}
