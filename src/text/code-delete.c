/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "text/code-delete.h"

#include <string.h>

#include "core/handoff.h"
#include "core/session.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/status.h"
#include "util/xmalloc.h"

const char *
code_delete(struct state *st, const char *station, const char *typed,
    time_t now, struct session *session, bool *deleted)
{
	char code[HANDOFF_CODE_LEN + 1];
	enum orientation_status status;
	const char *said;

	*deleted = false;
	if (!handoff_code_normalize(typed, code))
		return N_("A code has 8 letters and digits, for example ABCD-1234.");
	if (!state_available(st)) {
		/* A server that is away is said so, not taken for a wrong code. */
		said = status_msgid(ORIENTATION_STATE_UNAVAILABLE);
	} else if (state_code_throttled(st, station, now) && !state_damaged(st)) {
		audit_add(st, now, station, "code refused", "throttled");
		said = N_("Too many wrong codes. Please wait ten minutes or ask at "
		    "the desk.");
	} else if ((status = state_handoff_delete(st, code, deleted)) ==
	    ORIENTATION_STATE_DAMAGED) {
		/* Damage is never a wrong code: audited, not counted. */
		audit_add(st, now, station, "code refused", "damaged");
		said = N_("Results cannot be deleted here now. Please ask at the "
		    "desk.");
	} else if (status != ORIENTATION_OK) {
		/* Busy, or the server away: what the store said. */
		said = status_msgid(status);
	} else if (!*deleted) {
		audit_add(st, now, station, "code refused", "not found");
		/* A wrong code that cannot be counted is answered as a busy
		 * database, so the count cannot be dodged. */
		said = state_code_failed(st, station, now) == ORIENTATION_OK ?
		    N_("No results are kept under this code. Check it, or ask at "
		    "the desk.") : N_("The results database is busy; please try "
		    "again.");
	} else {
		if (session != NULL && strcmp(code, session->handoff_code) == 0)
			xwipe(session->handoff_code, sizeof session->handoff_code);
		said = N_("Your results were deleted.");
	}
	xwipe(code, sizeof code);
	return said;
}
