/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scrolling a document that is taller than the body area.
 */
#ifndef UI_SCROLL_H
#define UI_SCROLL_H

#include <stdbool.h>

struct ui_key;

/**
 * Move *@scroll for arrow, page, Home and End keys, kept within a document
 * of @lines lines shown @rows at a time.  @return true if @key was used.
 */
bool scroll_key(int *scroll, int lines, int rows, const struct ui_key *key);

#endif
