/*
 * Shared set-up for screen scenarios: where the program, catalog and
 * translations are, a scratch home per run, and gettext look-ups so that
 * tests expect the translated strings the visitor would see.
 */
#ifndef TESTS_SCENARIO_H
#define TESTS_SCENARIO_H

#include "vt.h"

/** Start the kiosk at @rows x @cols with @args (NULL-terminated) and
 *  extra environment @env (NULL-terminated, may be NULL). */
struct vt *scenario_start(int rows, int cols, const char *const *args,
    char *const *env);

/** @msgid translated into @lang, from the built .mo files. */
const char *tr(const char *lang, const char *msgid);

/** The first few words of @text (at most @max bytes, cut on a character
 *  boundary), for messages that may wrap on screen; static buffer. */
const char *head_of(const char *text, size_t max);

/** The catalog path under test. */
const char *scenario_catalog(void);

/** The scratch state file of this run. */
const char *scenario_state(void);

#endif
