/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Shared set-up for screen scenarios: where the program, catalog and
 * translations are, a scratch home per run, and gettext look-ups so that
 * tests expect the translated strings the visitor would see.
 */
#ifndef TESTS_SCENARIO_H
#define TESTS_SCENARIO_H

#include <stdbool.h>

#include "vt.h"

/** Start the kiosk at @rows x @cols with @args (NULL-terminated) and
 *  extra environment @env (NULL-terminated, may be NULL), with the
 *  handshake of vt.h (not in --plain, the line mode). */
struct vt *scenario_start(int rows, int cols, const char *const *args,
    char *const *env);

/** scenario_start() with the speech pipe of vt.h (.speech): for settings
 *  from scenario_speech_settings(). */
struct vt *scenario_start_speech(int rows, int cols, const char *const *args,
    char *const *env);

/**
 * A settings file in the scratch home with the record speech engine on
 * the harness's pipe, speech on at start if @on, and @more lines (may be
 * NULL, e.g. "[kiosk]\nidle_seconds = 2\n").  @return its path (static).
 */
const char *scenario_speech_settings(bool on, const char *more);
/** Start the program as scenario_start does, but as if on another host:
 *  HOME and XDG_STATE_HOME are @dir, and no --state is given (the
 *  settings file in @args says where the state is). */
struct vt *scenario_start_at(const char *dir, int rows, int cols,
    const char *const *args);

/** Press F10: the program must end with status 0 within @ms.  Frees @vt. */
void scenario_quit(struct vt *vt, int ms);

/** @msgid translated into @lang, from the built .mo files. */
const char *tr(const char *lang, const char *msgid);

/** The first few words of @text (at most @max bytes, cut on a character
 *  boundary), for messages that may wrap on screen; static buffer. */
const char *head_of(const char *text, size_t max);

/* One named scenario of a screen-test program. */
struct scenario {
	const char *name;
	void (*run)(void);
};

/**
 * Run the scenario named by argv[1] from the @n in @list.
 * @return 0 after it ran (a failed check exits 1 itself), 2 if argv does
 * not name one.
 */
int scenario_main(int argc, char **argv, const struct scenario *list,
    size_t n);

/** The catalog path under test. */
const char *scenario_catalog(void);

/** The state of this run: a scratch file, or the PostgreSQL server's URL
 *  when run through tests/pg/with-postgres (ORIENTATION_TEST_PG_URL). */
const char *scenario_state(void);

/** Whether the state is on the PostgreSQL test server. */
bool scenario_pg(void);

/** The scratch folder of this run (HOME and XDG_STATE_HOME of the
 *  program): settings files and copies go here. */
const char *scenario_dir(void);

/** Where the program writes counselors' reports. */
const char *scenario_reports(void);

#endif
