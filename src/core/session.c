/*
 * The visitor's in-memory session.  Wiping overwrites it, so that nothing
 * of one visitor is left for the next.
 */
#include "session.h"

#include <string.h>

void
session_wipe(struct session *s)
{
	explicit_bzero(s, sizeof *s);
	s->form = SESSION_FORM_NONE;
	for (int i = 0; i < SESSION_MAX_ITEMS; i++)
		s->answer[i] = RIASEC_ANSWER_NONE;
}

void
session_begin_quiz(struct session *s, enum session_form form, const int *ids,
    const enum riasec_type *types, int n, time_t now)
{
	if (n > SESSION_MAX_ITEMS)
		n = SESSION_MAX_ITEMS;
	if (n < 0)
		n = 0;
	s->form = form;
	s->nitems = n;
	s->current = 0;
	s->finished = false;
	s->started = now;
	for (int i = 0; i < SESSION_MAX_ITEMS; i++) {
		s->item_id[i] = i < n ? ids[i] : 0;
		s->item_type[i] = i < n ? types[i] : RIASEC_R;
		s->answer[i] = RIASEC_ANSWER_NONE;
	}
}

void
session_profile(const struct session *s, struct riasec_profile *out)
{
	riasec_score(s->item_type, s->answer, (size_t)s->nitems, out);
}

int
session_answered(const struct session *s)
{
	int n = 0;

	for (int i = 0; i < s->nitems; i++)
		if (s->answer[i] != RIASEC_ANSWER_NONE)
			n++;
	return n;
}
