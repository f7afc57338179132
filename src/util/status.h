/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Everything a user, a file or the disk can cause is reported as an
 * enum orientation_status, whichever module finds it: the catalogue and
 * the results database, a counsellor's edits and CSV files, accounts.
 * Codes and messages come from one X-macro so they cannot drift apart;
 * messages are N_() strings, translated when shown.  Two codes may say
 * much the same of two objects (the catalogue is busy, the results
 * database is busy): a counsellor must know which one to look at.  A
 * database's own result becomes a status in one place only, sql_status
 * and sql_catalog_status (store/sql.h).
 */
#ifndef UTIL_STATUS_H
#define UTIL_STATUS_H

#include <stddef.h>

/*
 * What a service's contact fields must look like (core/contact.h): the
 * statuses of a save and the reasons of a CSV import (store/upkeep.h)
 * say it in the same words.
 */
#define STATUS_BAD_WEB_MSG \
	N_("The web address must look like https://example.lu or example.lu: a name with a dot, no spaces.")
#define STATUS_BAD_EMAIL_MSG \
	N_("The e-mail address must look like name@example.lu: one @, a dot after it, no spaces.")
#define STATUS_BAD_PHONE_MSG \
	N_("The phone number must have 6 to 15 digits, with only spaces, /, -, brackets or a + at the start besides them.")

#define ORIENTATION_STATUS_LIST(X)                                            \
	X(OK, "OK")                                                           \
	/* The catalogue: opening it, then saving a counsellor's change. */   \
	X(CATALOG_OPEN, N_("The catalogue cannot be opened."))                  \
	X(CATALOG_NOT_DB, N_("The catalogue file is damaged or is not a catalogue.")) \
	X(CATALOG_VERSION, N_("The catalogue was made for a newer version of this program.")) \
	X(CATALOG_UNFINISHED, N_("A change to the catalogue was interrupted; start orientation once with write access to the catalogue to repair it.")) \
	X(CATALOG_BUSY, N_("The catalogue is busy; please try again."))         \
	X(CATALOG_READONLY, N_("The catalogue is read-only; nothing was saved.")) \
	X(CATALOG_FULL, N_("The disk is full; nothing was saved."))           \
	X(CATALOG_ERROR, N_("A database error occurred; nothing was saved.")) \
	/* The results database. */                                           \
	X(STATE_OPEN, N_("The results database cannot be opened or created.")) \
	X(STATE_NOT_DB, N_("The results file is damaged or is not a database; it was left untouched.")) \
	X(STATE_VERSION, N_("The results database was made by a newer version of this program.")) \
	X(STATE_READONLY, N_("The results database is read-only.")) \
	X(STATE_PRIVATE, N_("Other users can read the results database and it cannot be made private: make it and its folder belong to the user the kiosk runs as.")) \
	X(STATE_BUSY, N_("The results database is busy; please try again.")) \
	X(STATE_UNAVAILABLE, N_("The results server cannot be reached just now: results cannot be kept or opened at the moment.")) \
	X(STATE_FULL, N_("The disk is full; nothing could be saved."))       \
	X(STATE_DAMAGED, N_("The results database is damaged: results cannot be kept or opened now.")) \
	X(STATE_IN_USE, N_("The results database is in use: stop every kiosk and counsellor program on this machine first.")) \
	X(BACKUP_BAD, N_("This file is not a sound backup of the results database; nothing was changed.")) \
	X(DB_ERROR, N_("A database error occurred."))                         \
	X(DB_LIBRARY, N_("The database library SQLite (libsqlite3.so.0) cannot be loaded: install the package libsqlite3-0.")) \
	X(NOT_FOUND, N_("Nothing was found."))                               \
	X(SPEECH_UNAVAILABLE, N_("Speech is not available on this terminal.")) \
	/* A service a counsellor edits, one by one or in a CSV file. */      \
	X(SERVICE_NOT_FOUND, N_("There is no such service in the catalogue.")) \
	X(NO_AUTHOR, N_("The change does not say who made it."))              \
	X(UNKNOWN_LANGUAGE, N_("A text is in a language the catalogue does not have.")) \
	X(DUPLICATE_LANGUAGE, N_("A language has two sets of texts."))        \
	X(EMPTY_NAME, N_("The name must not be empty."))                      \
	X(EMPTY_SUMMARY, N_("The summary must not be empty."))                \
	X(EMPTY_OFFER, N_("What the service offers must not be empty."))      \
	X(EMPTY_AUDIENCE, N_("Who the service is for must not be empty."))    \
	X(EMPTY_SOURCE, N_("The source must not be empty."))                  \
	X(PLACEHOLDER_TEXT, N_("A text holds a placeholder (TODO, TBD, lorem, xxx) instead of words.")) \
	X(NOT_UTF8, N_("A text is not valid UTF-8."))                         \
	X(BAD_LANGUAGES, N_("The languages must be codes separated by semicolons, such as fr;de;en.")) \
	X(BAD_WEB, STATUS_BAD_WEB_MSG)                                        \
	X(BAD_EMAIL, STATUS_BAD_EMAIL_MSG)                                    \
	X(BAD_PHONE, STATUS_BAD_PHONE_MSG)                                    \
	X(UNKNOWN_GROUP, N_("A target group does not exist."))                \
	X(UNKNOWN_THEME, N_("A theme does not exist."))                       \
	X(SERVICE_CONFLICT, N_("Someone else changed this service in the meantime; open it again.")) \
	X(SERVICE_BAD_ID, N_("A service id has 2 to 63 characters: lower-case letters, digits or '-'.")) \
	X(SERVICE_EXISTS, N_("There is already a service with this id.")) \
	X(UNKNOWN_PROVIDER, N_("There is no provider with this id.")) \
	X(EMPTY_PROVIDER, N_("The provider must not be empty: choose one.")) \
	/* A file a counsellor imports or exports. */                         \
	X(FILE_OPEN, N_("The file cannot be opened."))                        \
	X(FILE_WRITE, N_("The file cannot be written."))                      \
	X(FILE_INVALID, N_("The file has errors; nothing was changed."))      \
	/* Counsellor accounts. */                                            \
	X(ACCOUNT_BAD_NAME, N_("A name has 1 to 32 characters: lower-case letters, digits, '.', '_' or '-'.")) \
	X(ACCOUNT_SHORT_PASSWORD, N_("A password has at least 8 characters.")) \
	X(ACCOUNT_LONG_PASSWORD, N_("A password has at most 128 characters.")) \
	X(ACCOUNT_EXISTS, N_("There is already a counsellor with this name.")) \
	X(ACCOUNT_UNKNOWN, N_("There is no counsellor with this name."))      \
	X(ACCOUNT_WRONG, N_("Wrong name or password. After five wrong passwords an account waits five minutes.")) \
	X(ACCOUNT_LOCKED, N_("Too many wrong passwords: this account is locked for a few minutes.")) \
	X(ACCOUNT_DISABLED, N_("This account is disabled."))                  \
	X(ACCOUNT_HASH_FAILED, N_("The password could not be protected (out of memory?).")) \
	X(SECRET_LIBRARY, N_("The password library libsodium (libsodium.so.23) cannot be loaded: install the package libsodium23."))

#define ORIENTATION_STATUS_ENUM(name, msg) ORIENTATION_##name,
enum orientation_status { ORIENTATION_STATUS_LIST(ORIENTATION_STATUS_ENUM) };
#undef ORIENTATION_STATUS_ENUM

/* How many codes there are: every one is below this. */
#define ORIENTATION_STATUS_ONE(name, msg) + 1
enum { ORIENTATION_STATUS_COUNT = 0 ORIENTATION_STATUS_LIST(ORIENTATION_STATUS_ONE) };
#undef ORIENTATION_STATUS_ONE

/**
 * The message for @status in the current UI language.  Returns a static
 * string (gettext's); valid until the next language switch.
 */
const char *status_message(enum orientation_status status);

/**
 * The untranslated message (msgid) of @status, for a caller that
 * translates it when it is drawn.  Static string.
 */
const char *status_msgid(enum orientation_status status);

/**
 * Entry @code of the @n msgids at @table, or the msgid of an unexpected
 * error when @code is not below @n: the one lookup behind status_msgid
 * and the other code-to-message tables (upkeep_reason_message).  Returns
 * a string of @table or a static one.
 */
const char *status_table_msgid(const char *const *table, size_t n,
    int code);

#endif
