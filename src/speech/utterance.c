/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An utterance built piece by piece (see utterance.h). */
#include "speech/utterance.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

struct utterance {
	char *lang;
	struct speech_part *parts;
	size_t n, cap;
};

struct utterance *
utterance_new(const char *lang)
{
	struct utterance *u = xcalloc(1, sizeof(*u));
	u->lang = xstrdup(lang != NULL ? lang : "en");
	return u;
}

void
utterance_free(struct utterance *u)
{
	if (u == NULL)
		return;
	for (size_t i = 0; i < u->n; i++) {
		xfree_wiped((char *)u->parts[i].text);
		free((char *)u->parts[i].lang);
	}
	free(u->parts);
	free(u->lang);
	free(u);
}

const char *
utterance_lang(const struct utterance *u)
{
	return u->lang;
}

void
utterance_add_lang(struct utterance *u, const char *lang, const char *text)
{
	if (text == NULL || text[0] == '\0')
		return;
	u->parts = xgrow(u->parts, u->n, &u->cap, 8, sizeof(*u->parts));
	u->parts[u->n].lang = xstrdup(lang != NULL ? lang : u->lang);
	u->parts[u->n].text = xstrdup(text);
	u->n++;
}

void
utterance_add(struct utterance *u, const char *text)
{
	utterance_add_lang(u, NULL, text);
}

void
utterance_addf(struct utterance *u, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (text[0] != '\0')
		utterance_add(u, text);
	xfree_wiped(text);
}

void
utterance_add_code(struct utterance *u, const char *code)
{
	char *spelled = speech_spell(code);

	utterance_add(u, spelled);
	free(spelled);
}

const struct speech_part *
utterance_parts(const struct utterance *u, size_t *n)
{
	*n = u->n;
	return u->parts;
}

char *
utterance_text(const struct utterance *u)
{
	size_t len = 1;

	for (size_t i = 0; i < u->n; i++)
		len += strlen(u->parts[i].text) + 2;
	char *out = xmalloc(len), *p = out;
	*p = '\0';
	for (size_t i = 0; i < u->n; i++) {
		size_t k = strlen(u->parts[i].text);
		if (i > 0)
			*p++ = ' ';
		memcpy(p, u->parts[i].text, k);
		p += k;
		if (k > 0 && strchr(".?!:", p[-1]) == NULL)
			*p++ = '.';
		*p = '\0';
	}
	return out;
}
