/*
 * Notices to visitors, in the current language.
 */
#include "notice.h"

#include "util/i18n.h"
#include "util/xmalloc.h"

char *
notice_privacy(int days)
{
	return xasprintf(ngettext("Nothing you enter is kept, unless you ask for "
	    "a code for a counsellor: then your answers are kept for %d day.",
	    "Nothing you enter is kept, unless you ask for a code for a "
	    "counsellor: then your answers are kept for %d days.",
	    (unsigned long)days), days);
}
