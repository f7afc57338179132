/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A settings file with a kiosk's staff PIN, for the screen tests that
 * leave the kiosk or start a counselor's desk (test-keys, test-kiosk,
 * test-privacy).
 *
 * Owner: tests (tests/screen).
 */
#ifndef TESTS_STAFF_PIN_H
#define TESTS_STAFF_PIN_H

/**
 * Write the settings file @path: "[kiosk]" with the hash of the staff PIN
 * @pin, then the lines printf makes of @fmt (more keys of [kiosk] come
 * first, then other sections).  Exits the test when it cannot.
 * @return @path.
 */
const char *staff_pin_settings(const char *path, const char *pin,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
