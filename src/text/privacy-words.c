/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The privacy notice (see privacy-words.h).
 */
#include "privacy-words.h"

#include "util/i18n.h"
#include "util/xmalloc.h"

char *
privacy_words_notice(long retention_seconds)
{
	long days = (retention_seconds + 86399) / 86400;

	return xasprintf(ngettext("Nothing you type is kept; nothing shows who "
	    "you are. Only with a code are your answers kept, %ld day, for a "
	    "counsellor.", "Nothing you type is kept; nothing shows who you are. "
	    "Only with a code are your answers kept, %ld days, for a counsellor.",
	    (unsigned long)days), days);
}
