/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A walk-in's request to delete the results kept under a code, as every
 * front end must carry it out (the kiosk's "Delete my results" screen and
 * the plain line mode): the format of the code, the wrong-code count of
 * the station, the audit of a refused code (never the code itself) and
 * the store's delete, and what to tell the walk-in.  No curses.
 */
#ifndef TEXT_CODE_DELETE_H
#define TEXT_CODE_DELETE_H

#include <stdbool.h>
#include <time.h>

struct session;
struct state;

/**
 * Delete the results kept under the code @typed ("abcd-1234": any case,
 * the dash optional) at the request of the walk-in at @station (see
 * state_station_kiosk) at @now.  Deleting the code of @session (NULL for
 * none) wipes it there too, so that keeping again gives a new one.  The
 * code is wiped from memory here; @typed is the caller's to wipe.
 * @return the N_() msgid of what to tell the walk-in (translate it with
 * _()); *@deleted says whether results were deleted.
 */
const char *code_delete(struct state *st, const char *station,
    const char *typed, time_t now, struct session *session, bool *deleted);

#endif
