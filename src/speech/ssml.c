/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Building the SSML that espeak-ng reads.  Text from the catalog or typed by
 * a visitor is escaped here, so no text can change the voice or inject
 * markup.
 */
#include "ssml.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xmalloc.h"

/* Whether @lang is a plausible language tag ("pt", "de-LU"). */
static bool
plain_tag(const char *lang)
{
	size_t len = strlen(lang);

	if (len == 0 || len > 16)
		return false;
	for (const char *c = lang; *c != '\0'; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    *c == '-'))
			return false;
	return true;
}

/* Append @s to @out at *@len. */
static void
put(char *out, size_t *len, const char *s)
{
	size_t n = strlen(s);

	memcpy(out + *len, s, n);
	*len += n;
}

/* Append @text escaped; control characters (utf8_control) become
 * spaces. */
static void
put_escaped(char *out, size_t *len, const char *text)
{
	size_t left = strlen(text), n;

	for (const char *c = text; left > 0; c += n, left -= n) {
		n = 1;
		switch (*c) {
		case '<': put(out, len, "&lt;"); break;
		case '>': put(out, len, "&gt;"); break;
		case '&': put(out, len, "&amp;"); break;
		case '"': put(out, len, "&quot;"); break;
		case '\'': put(out, len, "&apos;"); break;
		default:
			if ((n = utf8_control(c, left)) != 0) {
				out[(*len)++] = ' ';
			} else {
				out[(*len)++] = *c;
				n = 1;
			}
		}
	}
}

char *
speech_ssml(const struct speech_part *parts, size_t n)
{
	/* Escaping makes a byte at most six ("&quot;"). */
	size_t size = sizeof "<speak></speak>", len = 0;
	char *out;

	for (size_t i = 0; i < n; i++)
		size += 6 * strlen(parts[i].text) + strlen(parts[i].lang) +
		    sizeof "<voice xml:lang=\"\"></voice>";
	out = xmalloc(size);
	put(out, &len, "<speak>");
	for (size_t i = 0; i < n; i++) {
		bool tagged = plain_tag(parts[i].lang);

		if (tagged) {
			put(out, &len, "<voice xml:lang=\"");
			put(out, &len, parts[i].lang);
			put(out, &len, "\">");
		}
		put_escaped(out, &len, parts[i].text);
		if (tagged)
			put(out, &len, "</voice>");
		else
			put(out, &len, " ");
	}
	put(out, &len, "</speak>");
	out[len] = '\0';
	return out;
}
