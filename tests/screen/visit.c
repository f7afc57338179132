/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A visitor's steps (see visit.h).
 */
#include "visit.h"

#include <stdio.h>
#include <string.h>

#include "scenario.h"

void
visit_short_form(struct vt *vt, const char *lang, int ms)
{
	char q[128];

	vt_click(vt, vt_find_row(vt, tr(lang, "Discover my interests")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Short form: 30 questions, about "
	    "5 minutes"), ms), "intro");
	vt_type(vt, "1");
	for (int i = 0; i < 30; i++) {
		snprintf(q, sizeof q, tr(lang, "Question %d of %d"), i + 1, 30);
		VT_CHECK(vt, vt_wait_text(vt, q, ms), "question %d", i + 1);
		vt_type(vt, i % 6 == 3 ? "5" : "2");
	}
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Keep my results for a counsellor"),
	    ms), "profile");
}

void
visit_read_code(struct vt *vt, char code[HANDOFF_CODE_LEN + 1])
{
	const char *row, *p;
	char typed[16];

	for (int r = 0; r < 24; r++) {
		row = vt_row(vt, r);
		if ((p = strstr(row, ": ")) != NULL && strlen(p) > 11 &&
		    p[6] == '-') {
			snprintf(typed, sizeof typed, "%.9s", p + 2);
			if (handoff_code_normalize(typed, code))
				return;
		}
	}
	VT_CHECK(vt, false, "no code on screen");
}

void
visit_counselor_open(struct vt *vt, const char *code, int ms)
{
	char shown[16];

	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Code:", ms), "code prompt");
	vt_type(vt, code);
	vt_type(vt, "\r");
	snprintf(shown, sizeof shown, "%.4s-%s", code, code + 4);
	VT_CHECK(vt, vt_wait_text(vt, shown, ms), "results opened");
	VT_CHECK(vt, vt_has_text(vt, "language used: Français"),
	    "the walk-in's language");
	VT_CHECK(vt, vt_has_text(vt, "Interest code: S"),
	    "profile in the counsellor's language, Social first");
}
