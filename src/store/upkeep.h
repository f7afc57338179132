/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep: counselors correct the catalog database itself (in
 * production a writable copy under /var/lib/orientation that the kiosks
 * read read-only).  One service at a time through upkeep_service_load and
 * upkeep_service_save, or many at once through CSV files (services, and
 * the labour-market facts of occupations) that a person edits in a
 * spreadsheet.  Every change is one transaction that also writes one
 * catalog_history row per changed field and bumps meta.revision, which is
 * how running kiosks notice it (catalog_revision in catalog.h).
 *
 * Ownership: struct upkeep owns its connection.  A struct upkeep_service
 * filled by upkeep_service_load owns every string and array in it; free it
 * with upkeep_service_free.  To change a field, replace it with
 * upkeep_field_set (or free it and store a malloc'd string).  A struct
 * upkeep_errors is owned by the caller: zero it before the first import,
 * free its contents with upkeep_errors_free.  Every message function
 * returns gettext's string, valid until the next language switch.
 */
#ifndef STORE_UPKEEP_H
#define STORE_UPKEEP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "util/status.h"

#define UPKEEP_MAX_FILE (16L * 1024 * 1024)  /* bytes of a CSV file read */
#define UPKEEP_MAX_ERRORS 1000               /* errors kept per file */
/* Bytes of one value of a CSV file: no more than the service editor's
 * line takes (FIELD_MAX), so that every imported value can be edited. */
#define UPKEEP_MAX_VALUE 1024

/*
 * Why one place of a CSV file is wrong (what a whole save, export or
 * import ends with is an enum orientation_status, util/status.h).
 * Messages are N_() strings, translated by upkeep_reason_message.
 */
#define UPKEEP_REASON_LIST(X)                                                 \
	X(EMPTY_FILE, N_("empty file"))                                       \
	X(NO_ROWS, N_("the file has a header but no rows"))                   \
	X(TOO_LARGE, N_("the file is too large"))                             \
	X(NOT_CSV, N_("not valid CSV (look at the quotes)"))                  \
	X(NOT_UTF8, N_("not valid UTF-8"))                                    \
	X(MISSING_COLUMN, N_("missing header column"))                        \
	X(UNKNOWN_COLUMN, N_("unknown column"))                               \
	X(DUPLICATE_COLUMN, N_("the column is named twice"))                  \
	X(WRONG_COLUMNS, N_("wrong number of columns"))                       \
	X(UNKNOWN_SERVICE, N_("unknown service id"))                          \
	X(UNKNOWN_LANGUAGE, N_("unknown language"))                           \
	X(UNKNOWN_OCCUPATION, N_("unknown occupation code"))                  \
	X(DUPLICATE_ROW, N_("duplicate row"))                                 \
	X(DISAGREES, N_("the same service disagrees between rows"))           \
	X(EMPTY_VALUE, N_("must not be empty"))                               \
	X(PLACEHOLDER, N_("a placeholder (TODO, TBD, lorem, xxx), not words")) \
	X(REQUIRED, N_("required when a value is given"))                     \
	X(NOT_DATE, N_("not a date (YYYY-MM-DD)"))                            \
	X(FUTURE_DATE, N_("the date is in the future"))                       \
	X(NOT_YES_NO, N_("must be yes, no or empty"))                         \
	X(BAD_LANGUAGES, N_("must be language codes separated by semicolons")) \
	X(BAD_WEB, STATUS_BAD_WEB_MSG)                                        \
	X(BAD_EMAIL, STATUS_BAD_EMAIL_MSG)                                    \
	X(BAD_PHONE, STATUS_BAD_PHONE_MSG)                                    \
	X(TOO_LONG, N_("too long: at most 1024 bytes, as in the service "    \
	    "editor"))                                                        \
	X(TOO_MANY_ERRORS, N_("too many errors; the rest was not checked"))

#define UPKEEP_REASON_ENUM(name, msg) UPKEEP_REASON_##name,
enum upkeep_reason { UPKEEP_REASON_LIST(UPKEEP_REASON_ENUM) };
#undef UPKEEP_REASON_ENUM

struct upkeep;

/* One language's texts of a service.  None may be empty. */
struct upkeep_text {
	char *lang;     /* language code, as in the language table */
	char *name;
	char *summary;
	char *offer;
	char *audience;
};

/*
 * A service as counselors edit it: every language's texts side by side
 * and the language-neutral fields.  "" in a contact field (address, web,
 * email, phone, languages) means not known and is stored as NULL.
 */
struct upkeep_service {
	char *id;
	char *provider_id;          /* shown only; a save does not change it */
	struct upkeep_text *texts;  /* one per language of the catalog, in its order */
	size_t ntexts;
	char *address;
	char *web;
	char *email;
	char *phone;
	char *languages;            /* ISO codes separated by ';' */
	char *source;               /* where the facts come from; required */
	char *last_checked;         /* YYYY-MM-DD; a save sets it to today */
	char **groups;              /* target group ids, in display order */
	size_t ngroups;
	char **themes;              /* theme ids, in display order */
	size_t nthemes;
	struct upkeep_service *base; /* private: the service as loaded */
};

/* One error of a CSV file. */
struct upkeep_error {
	long line;                  /* 1-based line where the row starts; the header is 1 */
	int column;                 /* 1-based; 0 when no single column is at fault */
	enum upkeep_reason reason;
	char *detail;               /* the column name or value at fault, or NULL */
	long other_line;            /* the row it clashes with (duplicate, disagreement), or 0 */
};

/* What an import found: its errors, or what it changed (would change). */
struct upkeep_errors {
	struct upkeep_error *list;  /* sorted by line, then column */
	size_t n;
	size_t cap;                 /* private */
	size_t rows;                /* data rows read (blank rows skipped) */
	size_t items;               /* services or occupations changed */
	size_t fields;              /* fields changed (history rows, last_checked aside) */
};

/**
 * Open the catalog at @catalog_path for writing: busy timeout, foreign
 * keys on.  The file must exist, be writable and have the schema version
 * this program reads (CATALOG_SCHEMA_VERSION).
 * @return ORIENTATION_OK and *@out (free with upkeep_free), or
 * CATALOG_OPEN (missing, unreadable, read-only or locked), CATALOG_NOT_DB
 * (not a catalog, or an older one) or CATALOG_VERSION (a newer one).
 */
enum orientation_status upkeep_open(const char *catalog_path,
    struct upkeep **out);

/** Close @u.  NULL is allowed. */
void upkeep_free(struct upkeep *u);

/**
 * The catalog's revision (meta.revision), which every change made here
 * raises by one.  Kiosks read it with the same statement:
 *   SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'
 * (one primary-key look-up; catalog_revision in catalog.c).
 * @return the revision, or -1 if it cannot be read.
 */
long upkeep_revision(struct upkeep *u);

/**
 * Load service @id into *@out (all languages of the catalog; a language
 * without texts yet gets "" texts).  *@out also keeps a private copy of
 * what was loaded, so that a save can tell the counselor's changes from
 * someone else's.  @return ORIENTATION_OK, SERVICE_NOT_FOUND or a
 * database status; *@out is zeroed on failure.  Free with upkeep_service_free.
 */
enum orientation_status upkeep_service_load(struct upkeep *u, const char *id,
    struct upkeep_service *out);

/** Free everything @s owns and zero it.  A zeroed struct is allowed. */
void upkeep_service_free(struct upkeep_service *s);

/** Replace the string *@field by a copy of @value (NULL means ""). */
void upkeep_field_set(char **field, const char *value);

/** The texts of @s in @lang, or NULL.  Borrowed from @s. */
struct upkeep_text *upkeep_service_text(struct upkeep_service *s,
    const char *lang);

/** Replace the target groups of @s by copies of @ids[0..@n). */
void upkeep_service_set_groups(struct upkeep_service *s,
    const char *const *ids, size_t n);

/** Replace the themes of @s by copies of @ids[0..@n). */
void upkeep_service_set_themes(struct upkeep_service *s,
    const char *const *ids, size_t n);

/**
 * Save @s in one transaction: check it (texts complete in every language
 * of the catalog, source given, web, e-mail and phone empty or of their
 * form, groups and themes exist), write only the
 * fields that differ from the catalog, one catalog_history row per
 * changed field (item "service:ID", who @who, at @now; groups and themes
 * count as one field each, their ids joined by ';'), set last_checked to
 * the date of @now (local time), rebuild the service's search rows, bump
 * the revision.  A field the counselor did not change (it equals what
 * upkeep_service_load gave) is left alone even if someone else changed it
 * since; a field both changed is a SERVICE_CONFLICT and nothing is
 * saved.  Load the service again before editing it further.
 * @return ORIENTATION_OK, or why nothing was saved; upkeep_where names the
 * language, group or theme at fault.
 */
enum orientation_status upkeep_service_save(struct upkeep *u,
    const struct upkeep_service *s, const char *who, time_t now);

/** The longest id of a service that upkeep_service_add takes: one the
 * screens can open a service by (struct screen_param's ref holds 63
 * bytes and its NUL). */
#define UPKEEP_SERVICE_ID_MAX 63

/**
 * Make *@out a new service to fill in for upkeep_service_add: every
 * language of the catalog with "" texts, every other field "" and no
 * groups or themes.  @return ORIENTATION_OK or a database status (*@out
 * zeroed).  Free with upkeep_service_free.
 */
enum orientation_status upkeep_service_blank(struct upkeep *u,
    struct upkeep_service *out);

/**
 * Add @s (from upkeep_service_blank, filled in) to the catalog in one
 * transaction.  Its id must be new and of the form of a service id (2 to
 * UPKEEP_SERVICE_ID_MAX lower-case letters, digits and '-'), its
 * provider_id a provider's, and the rest is checked as
 * upkeep_service_save checks an edit (texts in every language of the
 * catalog, a source...): nothing is made up for a missing text.  Every
 * field given gets its catalog_history row (no old value, who @who, at
 * @now), last_checked is the date of @now, its search rows are made and
 * the revision raised.
 * @return ORIENTATION_OK, or why nothing was added (SERVICE_BAD_ID,
 * SERVICE_EXISTS, EMPTY_PROVIDER, UNKNOWN_PROVIDER, or what a save
 * refuses); upkeep_where names the field ("id", "provider"), language,
 * group or theme at fault.
 */
enum orientation_status upkeep_service_add(struct upkeep *u,
    const struct upkeep_service *s, const char *who, time_t now);

/* A provider, for a counsellor choosing one (upkeep_providers). */
struct upkeep_provider {
	char *id;
	char *name;   /* in the language asked for, or the first of its
	               * fallbacks that has it; the id when none has */
	char *lang;   /* the language of name; "" when name is the id */
};

/**
 * Every provider for a counsellor to choose from: its id and its name
 * in @lang (or the first of @lang's fallbacks that has one), A to Z by
 * name as every list sorts (core/collate.h), then by id.
 * @return ORIENTATION_OK with *@out, *@n rows (free with rows_free,
 * store/rows.h), or a database status with *@out NULL and *@n 0.
 */
enum orientation_status upkeep_providers(struct upkeep *u, const char *lang,
    struct upkeep_provider **out, size_t *n);

/**
 * What the last failed save was about: a language code, a group or theme
 * id or a field name; "" if nothing in particular.  Owned by @u, valid
 * until the next call on @u.
 */
const char *upkeep_where(const struct upkeep *u);

/**
 * Write every service as CSV (RFC 4180, UTF-8, CRLF): a header, then one
 * row per service and language with the columns
 *   id,lang,name,summary,offer,audience,address,web,email,phone,languages,source
 * (the language-neutral columns repeated on each row).  Sorted by id, then
 * language.  @return ORIENTATION_OK, FILE_WRITE or a database status.
 */
enum orientation_status upkeep_export_services(struct upkeep *u, FILE *out);

/**
 * Write the labour-market facts of every occupation as CSV:
 *   esco_code,apprenticeship,shortage,source,checked
 * apprenticeship and shortage are yes, no or empty (not known); a row
 * with nothing known has every column but esco_code empty.
 */
enum orientation_status upkeep_export_lmi(struct upkeep *u, FILE *out);

/* The CSV files a counselor imports. */
enum upkeep_file {
	/* Services, the format of upkeep_export_services.  Only existing
	 * services can be changed; a service or language missing from the
	 * file is left as it is.  A good file changes each service like
	 * upkeep_service_save (groups and themes are not in the file). */
	UPKEEP_FILE_SERVICES,
	/* Labour-market facts, the format of upkeep_export_lmi.  A row whose
	 * cells (esco_code aside) are all empty means nothing is known and
	 * deletes the facts; otherwise source and checked (a date, not after
	 * the date of the import) are required.  History items are
	 * "occupation:ID". */
	UPKEEP_FILE_LMI,
};

/**
 * Import the CSV file @path of kind @file (columns in any order, a UTF-8
 * byte-order mark allowed, rows of empty cells skipped), all or nothing.
 * A file with any error changes nothing: every error goes to @errs with
 * its line and column, and ORIENTATION_FILE_INVALID is returned.  A good
 * file is applied in one transaction; with @dry_run it is only checked,
 * and @errs counts what would change.  @errs must be zeroed or hold a
 * previous result (it is emptied first).
 */
enum orientation_status upkeep_import(struct upkeep *u,
    enum upkeep_file file, const char *path, bool dry_run, const char *who, time_t now,
    struct upkeep_errors *errs);

/* The contact fields of a service whose form is checked. */
enum upkeep_contact { UPKEEP_CONTACT_WEB, UPKEEP_CONTACT_EMAIL,
	UPKEEP_CONTACT_PHONE };

/**
 * Check the form of @value for the contact field @field (core/contact.h
 * has the rules); "" and NULL, a fact not known, always pass.  The one
 * check behind upkeep_service_save, the services import and the editor.
 * @return ORIENTATION_OK, or ORIENTATION_BAD_WEB, ORIENTATION_BAD_EMAIL or
 * ORIENTATION_BAD_PHONE, whose message names the field and its form.
 */
enum orientation_status upkeep_check_contact(enum upkeep_contact field,
    const char *value);

/** Whether @s is NULL, empty or only ASCII white space: what a text
 *  that must be given may not be. */
bool upkeep_is_blank(const char *s);

/**
 * Whether the text @s holds a placeholder instead of words: "TODO" or
 * "TBD", or "lorem" or "xxx" in any case, as the catalog's content check
 * refuses them (tests/catalog/test-catalog-content.c).  NULL is not.
 */
bool upkeep_is_placeholder(const char *s);

/** Free what @errs holds and zero it. */
void upkeep_errors_free(struct upkeep_errors *errs);

/** The message for @reason in the current UI language. */
const char *upkeep_reason_message(enum upkeep_reason reason);

/**
 * @e as one line in the current UI language, e.g.
 * "line 4, column 2: unknown language (xx)".  The caller frees it.
 */
char *upkeep_error_format(const struct upkeep_error *e);

#endif
