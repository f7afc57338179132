/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A walk-in's results on paper: a one-page A4 PDF (cairo and pango, fonts
 * from fontconfig) and the same content as plain text.  For counselor
 * mode; the kiosk itself never prints.
 *
 * The caller resolves every text in the chosen language before calling
 * (type names, summary lines, occupation labels, service names); the
 * fixed headings and sentences of the report go through gettext, so the
 * caller switches the UI language first (i18n_set_language).  Nothing is
 * printed to stdout or stderr.
 */
#ifndef REPORT_REPORT_H
#define REPORT_REPORT_H

#include <stdio.h>

#include "core/riasec.h"

#define REPORT_SUMMARY_LINES 4
#define REPORT_MAX_OCCUPATIONS 10
#define REPORT_MAX_SERVICES 8

/* What can go wrong; messages from report_status_message. */
enum report_status {
	REPORT_OK,
	REPORT_WRITE_FAILED,  /* the file could not be created or written */
	REPORT_NO_PRINTER,    /* there is no lp command in PATH */
	REPORT_PRINT_FAILED,  /* lp could not be started or reported an error */
};

/* One occupation that fits. */
struct report_occupation {
	const char *label;  /* in the chosen language */
	int fit;            /* 0 .. 100, or -1 to show no number */
};

/* One service to ask next. */
struct report_service {
	const char *name;     /* in the chosen language */
	const char *contact;  /* phone, e-mail or web, one line; may be NULL */
};

/*
 * Everything a report shows.  The report only borrows the strings: they
 * must stay valid during the call.  Every string is UTF-8; NULL means
 * "not shown".  Entries past the end of a list are ignored, and what
 * does not fit on the page is cut with a "... and N more" line.
 */
struct report_data {
	const char *lang;     /* language code of the texts ("fr"), or NULL */
	const char *code;     /* hand-off code as shown to the visitor, or NULL */
	const char *date;     /* day of the results, already formatted */
	const char *expires;  /* when the code expires, formatted, or NULL */
	struct riasec_profile profile;           /* from riasec_score */
	const char *type_names[RIASEC_COUNT];    /* "Realistic", ... R..C order */
	/* Worded lines under the profile: the code line, ties, clarity,
	 * consistency; NULL entries are skipped. */
	const char *summary_lines[REPORT_SUMMARY_LINES];
	struct report_occupation occupations[REPORT_MAX_OCCUPATIONS];
	int noccupations;     /* 0 .. REPORT_MAX_OCCUPATIONS, best first */
	struct report_service services[REPORT_MAX_SERVICES];
	int nservices;        /* 0 .. REPORT_MAX_SERVICES */
	const char *note;     /* the counselor's note, may hold newlines, or NULL */
};

/**
 * Write @d as a one-page A4 PDF to @path (created or replaced).  A file
 * left half-written by a failure is removed.
 * @return REPORT_OK or REPORT_WRITE_FAILED.
 */
enum report_status report_pdf(const struct report_data *d, const char *path);

/**
 * Write @d as plain UTF-8 text to @out, lines ending in LF, at most 76
 * columns wide except for long words.  Control characters in the data
 * are written as spaces.
 * @return REPORT_OK or REPORT_WRITE_FAILED (@out has an error).
 */
enum report_status report_text(const struct report_data *d, FILE *out);

/**
 * Print the file at @path with `lp -- path`, found in PATH and run
 * without a shell; its output goes to /dev/null, so this is safe while
 * curses is up.  Waits for lp, which only queues the job, so SIGCHLD
 * must not be ignored nor reaped by a handler meanwhile.
 * @return REPORT_OK when lp accepted the job, REPORT_NO_PRINTER when
 * there is no lp, else REPORT_PRINT_FAILED.
 */
enum report_status report_print(const char *path);

/**
 * The message for @status in the current UI language; a static string,
 * valid until the next language switch.
 */
const char *report_status_message(enum report_status status);

/*
 * The functions above as one table.  The program does not link cairo and
 * pango: counselor mode loads this file as a module (report_module_load)
 * when the first report is made, so a kiosk never maps them.
 */
struct report_api {
	enum report_status (*pdf)(const struct report_data *d, const char *path);
	enum report_status (*text)(const struct report_data *d, FILE *out);
	enum report_status (*print)(const char *path);
	const char *(*status_message)(enum report_status status);
};

/* The table of this module, found by name after dlopen. */
extern const struct report_api orientation_report_api;

#endif
