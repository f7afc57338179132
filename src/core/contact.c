/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The form of a phone number, an e-mail address and a web address, as a
 * counsellor types them into a service or a CSV file brings them.  The
 * grammar is small and fixed (contact.h), so it is checked here by hand:
 * no library the program links parses addresses, and a URI parser
 * (RFC 3986) would accept "abc" as a relative reference anyway, leaving
 * every rule below still to write.
 */
#include "contact.h"

#include <stddef.h>
#include <string.h>

#include "util/utf8.h"

#define HOST_MAX 253     /* bytes of a host name (RFC 1035) */
#define LABEL_MAX 63     /* bytes of one of its labels */
#define PORT_MAX 5       /* digits of a port */

/* Whether @c is an ASCII digit. */
static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Whether @c is an ASCII letter or digit. */
static bool
is_alnum(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * The length of a space, a no-break space or a control character
 * (utf8_control) at @p, or 0.
 */
static size_t
blank_at(const unsigned char *p)
{
	if (*p == ' ')
		return 1;
	if (p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	return utf8_control((const char *)p, 2);
}

/* Whether @s (NUL-terminated) holds no space or control character. */
static bool
no_blank(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (blank_at(p) != 0)
			return false;
	return true;
}

bool
contact_phone_ok(const char *s)
{
	size_t digits = 0;
	bool plus = false;

	if (s == NULL)
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (is_digit((unsigned char)*p)) {
			digits++;
		} else if (*p == '+') {
			/* Once, before the first digit and right before one. */
			if (plus || digits > 0 || !is_digit((unsigned char)p[1]))
				return false;
			plus = true;
		} else if (strchr(" /-()", *p) == NULL) {
			return false;
		}
	}
	return digits >= CONTACT_PHONE_MIN_DIGITS &&
	    digits <= CONTACT_PHONE_MAX_DIGITS;
}

/*
 * Whether the @len bytes at @s are a host name (contact.h), with at least
 * two labels.
 */
static bool
host_ok(const char *s, size_t len)
{
	size_t label = 0, labels = 0;

	if (len == 0 || len > HOST_MAX)
		return false;
	for (size_t i = 0; i <= len; i++) {
		unsigned char c = i < len ? (unsigned char)s[i] : '.';

		if (c == '.') {
			if (label == 0 || s[i - 1] == '-')
				return false;
			labels++;
			label = 0;
		} else if (is_alnum(c) || c >= 0x80 || (c == '-' && label > 0)) {
			if (++label > LABEL_MAX || (c >= 0x80 && blank_at(
			    (const unsigned char *)s + i) != 0))
				return false;
		} else {
			return false;
		}
	}
	return labels >= 2;
}

bool
contact_email_ok(const char *s)
{
	const char *at;

	if (s == NULL || (at = strchr(s, '@')) == NULL || at == s ||
	    strchr(at + 1, '@') != NULL)
		return false;
	for (const char *p = s; p < at; p++)
		if (blank_at((const unsigned char *)p) != 0 ||
		    strchr("()<>[]:;,\"\\", *p) != NULL)
			return false;
	return host_ok(at + 1, strlen(at + 1));
}

/* The length of an "http://" or "https://" at the start of @s, or 0. */
static size_t
scheme_len(const char *s)
{
	static const char *const schemes[] = { "http://", "https://" };

	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++) {
		size_t n = strlen(schemes[i]), k = 0;

		while (k < n && s[k] != '\0' && (s[k] | 0x20) == schemes[i][k])
			k++;
		if (k == n)
			return n;
	}
	return 0;
}

bool
contact_web_ok(const char *s)
{
	const char *host, *end;
	size_t digits = 0;

	if (s == NULL || !no_blank(s))
		return false;
	host = s + scheme_len(s);
	end = host + strcspn(host, ":/?#");
	if (!host_ok(host, (size_t)(end - host)))
		return false;
	if (*end == ':') {
		while (is_digit((unsigned char)end[1 + digits]))
			digits++;
		if (digits == 0 || digits > PORT_MAX)
			return false;
		end += 1 + digits;
	}
	return *end == '\0' || strchr("/?#", *end) != NULL;
}
