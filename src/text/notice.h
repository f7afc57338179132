/*
 * The kiosk's notices to visitors, in the current language, shared by the
 * curses screens and the plain line mode.
 */
#ifndef TEXT_NOTICE_H
#define TEXT_NOTICE_H

/** What is kept and for how long (@days: the hand-off code's life).
 *  New string; caller frees. */
char *notice_privacy(int days);

#endif
