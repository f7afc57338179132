/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The privacy notice every front end shows at the start, in the current
 * language: word for word the notice in docs/privacy.md (a unit test
 * compares them for every language of data/languages.csv).  No curses here.
 */
#ifndef TEXT_PRIVACY_WORDS_H
#define TEXT_PRIVACY_WORDS_H

/**
 * The notice for results kept @retention_seconds (shown in whole days,
 * rounded up).  New string; caller frees.
 */
char *privacy_words_notice(long retention_seconds);

#endif
