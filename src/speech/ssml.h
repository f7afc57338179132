/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Utterances as SSML for espeak-ng, so that each part is spoken with the
 * voice of its own language inside one utterance.
 */
#ifndef SPEECH_SSML_H
#define SPEECH_SSML_H

#include <stddef.h>

#include "speech.h"

/**
 * @n parts as one SSML document: every part in a <voice xml:lang="...">,
 * its text escaped, and control characters dropped.  A language code that
 * is not made of letters and dashes is left out (the engine's voice stays).
 * @return a new string; free with free().
 */
char *speech_ssml(const struct speech_part *parts, size_t n);

#endif
