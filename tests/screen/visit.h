/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A visitor's steps that several screen tests take: answering the short
 * form and reading the hand-off code off the screen; and a counselor's:
 * opening that code.
 */
#ifndef TESTS_VISIT_H
#define TESTS_VISIT_H

#include "core/handoff.h"
#include "vt.h"

/** From the main menu in @lang, answer the 30 questions of the short form
 *  (Social ahead) and wait for the profile; a step that does not come
 *  within @ms fails the test. */
void visit_short_form(struct vt *vt, const char *lang, int ms);

/** Read the code shown as "...: XXXX-XXXX" into @code (canonical form);
 *  fails the test when there is none. */
void visit_read_code(struct vt *vt, char code[HANDOFF_CODE_LEN + 1]);

/** At a counselor's main menu (English), open @code, kept by a visitor
 *  in French after visit_short_form, and check their profile is shown. */
void visit_counselor_open(struct vt *vt, const char *code, int ms);

#endif
