/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The form of a service's contact facts: a phone number, an e-mail
 * address, a web address.  Only the form is checked, never whether the
 * number rings or the site answers.  Pure C on NUL-terminated UTF-8
 * strings (the caller has checked the UTF-8); an empty value is not a
 * phone, an address or a site: whether a field may stay empty is the
 * caller's rule.
 */
#ifndef CORE_CONTACT_H
#define CORE_CONTACT_H

#include <stdbool.h>

/* The fewest and the most digits of a phone number: Luxembourg's have 6
 * to 8 (11 with +352); E.164 allows 15 in all. */
#define CONTACT_PHONE_MIN_DIGITS 6
#define CONTACT_PHONE_MAX_DIGITS 15

/**
 * Whether @s is a phone number: CONTACT_PHONE_MIN_DIGITS to
 * CONTACT_PHONE_MAX_DIGITS digits with only spaces, "/", "-", "(" and ")"
 * besides them, and one "+" right before the first digit ("+352 ..." or
 * "(+352) ...").  "+352 247-75100" and "366 466-1" are; "abc", "12 34"
 * and "352+123456" are not.
 */
bool contact_phone_ok(const char *s);

/**
 * Whether @s is an e-mail address: local@domain with one "@", a local
 * part of printable characters without spaces and without the specials
 * ( ) < > [ ] : ; , " \ (which only a quoted form may hold), and a host
 * name with a dot as its domain (contact_web_ok says what a host is).
 */
bool contact_email_ok(const char *s);

/**
 * Whether @s is a web address: "http://" or "https://" (in any case) or
 * nothing, then a host name, an optional ":" and port, and an optional
 * path, query or fragment beginning with "/", "?" or "#", with no space
 * or control character anywhere.  A host name is labels of letters,
 * digits, "-" (not at either end) and non-ASCII letters, at most 63 bytes
 * each, joined by dots: at least two labels, no empty one.  The bundled
 * catalogue writes sites without a scheme ("winwin.lu"), so a host alone
 * is a web address.  Any other scheme ("ftp:", "javascript:") is not.
 */
bool contact_web_ok(const char *s);

#endif
