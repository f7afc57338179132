/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The speech layer: picks the engine, keeps rate and volume in range,
 * remembers the last utterance for "repeat" (in memory only) and wipes it
 * when the visitor's session ends.
 */
#include "config.h"

#include "speech.h"

#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "util/module.h"
#include "util/xmalloc.h"

struct speech {
	const struct speech_engine *engine;
	void *ctx;
	int rate, volume;
	struct speech_part *last;  /* owned copies of the last utterance */
	size_t last_n;
};

/* Overwrite and free the remembered utterance. */
static void
forget_last(struct speech *sp)
{
	for (size_t i = 0; i < sp->last_n; i++) {
		char *text = (char *)sp->last[i].text;
		char *lang = (char *)sp->last[i].lang;

		xwipe(text, strlen(text));
		free(text);
		free(lang);
	}
	free(sp->last);
	sp->last = NULL;
	sp->last_n = 0;
}

/* Remember @n parts for speech_repeat(). */
static void
remember(struct speech *sp, const struct speech_part *parts, size_t n)
{
	forget_last(sp);
	if (n == 0)
		return;
	sp->last = xcalloc(n, sizeof *sp->last);
	for (size_t i = 0; i < n; i++) {
		sp->last[i].lang = xstrdup(parts[i].lang);
		sp->last[i].text = xstrdup(parts[i].text);
	}
	sp->last_n = n;
}

/* @v within [@lo, @hi]. */
static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* The engine named @name: built in, or from the speech module. */
static const struct speech_engine *
find_engine(const char *name, const char **why)
{
	if (name == NULL || strcmp(name, "espeak") == 0)
		return module_symbol("ORIENTATION_SPEECH_MODULE", SPEECH_MODULE,
		    "orientation_speech_espeak", why);
	if (strcmp(name, speech_record_engine.name) == 0)
		return &speech_record_engine;
	if (why != NULL)
		*why = "unknown speech engine";
	return NULL;
}

struct speech *
speech_open(const struct speech_settings *s, enum orientation_status *status,
    const char **why)
{
	const struct speech_engine *engine = find_engine(s->engine, why);
	struct speech *sp;
	void *ctx;

	*status = ORIENTATION_SPEECH_UNAVAILABLE;
	if (engine == NULL || (ctx = engine->open(s, why)) == NULL)
		return NULL;
	sp = xcalloc(1, sizeof *sp);
	sp->engine = engine;
	sp->ctx = ctx;
	speech_reset_levels(sp, s);
	*status = ORIENTATION_OK;
	return sp;
}

void
speech_reset_levels(struct speech *sp, const struct speech_settings *s)
{
	sp->rate = clamp(s->rate, SPEECH_RATE_MIN, SPEECH_RATE_MAX);
	sp->volume = clamp(s->volume, SPEECH_VOLUME_MIN, SPEECH_VOLUME_MAX);
	sp->engine->set_rate(sp->ctx, sp->rate);
	sp->engine->set_volume(sp->ctx, sp->volume);
}

void
speech_say_parts(struct speech *sp, enum speech_mode mode,
    const struct speech_part *parts, size_t n)
{
	if (n == 0)
		return;
	sp->engine->say(sp->ctx, parts, n, mode == SPEECH_INTERRUPT);
	remember(sp, parts, n);
}

void
speech_say(struct speech *sp, enum speech_mode mode, const char *lang,
    const char *text)
{
	struct speech_part part = { .lang = lang, .text = text };

	speech_say_parts(sp, mode, &part, 1);
}

void
speech_repeat(struct speech *sp)
{
	if (sp->last_n > 0)
		sp->engine->say(sp->ctx, sp->last, sp->last_n, true);
}

void
speech_stop(struct speech *sp)
{
	sp->engine->stop(sp->ctx);
}

int
speech_change_rate(struct speech *sp, int steps)
{
	sp->rate = clamp(sp->rate + steps * SPEECH_RATE_STEP, SPEECH_RATE_MIN,
	    SPEECH_RATE_MAX);
	sp->engine->set_rate(sp->ctx, sp->rate);
	return sp->rate;
}

int
speech_change_volume(struct speech *sp, int steps)
{
	sp->volume = clamp(sp->volume + steps * SPEECH_VOLUME_STEP,
	    SPEECH_VOLUME_MIN, SPEECH_VOLUME_MAX);
	sp->engine->set_volume(sp->ctx, sp->volume);
	return sp->volume;
}

void
speech_forget(struct speech *sp)
{
	sp->engine->stop(sp->ctx);
	forget_last(sp);
}

void
speech_close(struct speech *sp)
{
	if (sp == NULL)
		return;
	forget_last(sp);
	sp->engine->close(sp->ctx);
	free(sp);
}

char *
speech_spell(const char *code)
{
	/* At most two bytes out for each byte in, plus the NUL. */
	char *out = xmalloc(2 * strlen(code) + 1), *o = out;

	for (const char *c = code; *c != '\0'; c++) {
		if (*c == '-') {
			/* The comma makes the engine pause between the halves. */
			if (o > out && o[-1] == ' ')
				o--;
			*o++ = ',';
			*o++ = ' ';
			continue;
		}
		*o++ = *c;
		if (c[1] != '\0' && c[1] != '-')
			*o++ = ' ';
	}
	*o = '\0';
	return out;
}
