/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Everything a user, a file or the disk can cause is reported as an
 * enum orientation_status.  Codes and messages come from one X-macro so
 * they cannot drift apart; messages are N_() strings, translated when shown.
 */
#ifndef UTIL_STATUS_H
#define UTIL_STATUS_H

#define ORIENTATION_STATUS_LIST(X)                                            \
	X(OK, "OK")                                                           \
	X(CATALOG_OPEN, N_("The catalogue cannot be opened."))                  \
	X(CATALOG_NOT_DB, N_("The catalogue file is damaged or is not a catalogue.")) \
	X(CATALOG_VERSION, N_("The catalogue was made for a newer version of this program.")) \
	X(CATALOG_UNFINISHED, N_("A change to the catalogue was interrupted; start orientation once with write access to the catalogue to repair it.")) \
	X(STATE_OPEN, N_("The results database cannot be opened or created.")) \
	X(STATE_NOT_DB, N_("The results file is damaged or is not a database; it was left untouched.")) \
	X(STATE_VERSION, N_("The results database was made by a newer version of this program.")) \
	X(STATE_READONLY, N_("The results database is read-only.")) \
	X(STATE_PRIVATE, N_("Other users can read the results database and it cannot be made private: make it and its folder belong to the user the kiosk runs as.")) \
	X(STATE_BUSY, N_("The results database is busy; please try again.")) \
	X(STATE_FULL, N_("The disk is full; nothing could be saved."))       \
	X(STATE_DAMAGED, N_("The results database is damaged: results cannot be kept or opened now.")) \
	X(STATE_IN_USE, N_("The results database is in use: stop every kiosk and counsellor program on this machine first.")) \
	X(BACKUP_BAD, N_("This file is not a sound backup of the results database; nothing was changed.")) \
	X(DB_ERROR, N_("A database error occurred."))                         \
	X(NOT_FOUND, N_("Nothing was found."))                               \
	X(SPEECH_UNAVAILABLE, N_("Speech is not available on this terminal."))

#define ORIENTATION_STATUS_ENUM(name, msg) ORIENTATION_##name,
enum orientation_status { ORIENTATION_STATUS_LIST(ORIENTATION_STATUS_ENUM) };
#undef ORIENTATION_STATUS_ENUM

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

#endif
