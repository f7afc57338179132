/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The hand-off code in words, in the current language: the line under the
 * big code, what to do with it, and, for speech, its expiry as a sentence
 * of its own (the code itself is spelled: speech_spell).  Shared by the
 * hand-off screen (drawn and spoken) and the plain line mode.  No curses.
 */
#ifndef TEXT_HANDOFF_WORDS_H
#define TEXT_HANDOFF_WORDS_H

/** "Your code for the counsellor:" */
const char *handoff_words_intro(void);

/** "Code: ABCD-EFGH, valid until 2 January 2027" for the code as shown
 *  (@shown, with its dash) and the day it expires (@day, written in the
 *  current language).  New string; caller frees. */
char *handoff_words_line(const char *shown, const char *day);

/** "Valid until 2 January 2027." New string; caller frees. */
char *handoff_words_valid_until(const char *day);

/** What the code is for and how to delete the results sooner. */
const char *handoff_words_notice(void);

/** "Your results could not be kept. Please ask at the desk." */
const char *handoff_words_failed(void);

#endif
