/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Guidance Centre counter to walk in at for a need, as one sentence in
 * the current language.  Shared by the screens and the plain line mode.
 */
#ifndef TEXT_COUNTER_WORDS_H
#define TEXT_COUNTER_WORDS_H

struct catalog;

/**
 * "At the Guidance Centre, walk in at the counter: ...", naming the
 * counters for need @need_id in @lang.
 * @return a new string (the caller frees it), or NULL if no counter is
 * linked to the need.
 */
char *counter_words_for_need(struct catalog *cat, const char *need_id,
    const char *lang);

#endif
