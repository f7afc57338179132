/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Messages for enum orientation_status, translated at the moment they are
 * shown so that they follow the visitor's language.
 */
#include "status.h"

#include <stddef.h>

#include "i18n.h"

#define ORIENTATION_STATUS_MSG(name, msg) [ORIENTATION_##name] = msg,
static const char *const messages[] = {
	ORIENTATION_STATUS_LIST(ORIENTATION_STATUS_MSG)
};
#undef ORIENTATION_STATUS_MSG

const char *
status_msgid(enum orientation_status status)
{
	if ((size_t)status >= sizeof messages / sizeof messages[0])
		return N_("An unexpected error occurred.");
	return messages[status];
}

const char *
status_message(enum orientation_status status)
{
	return _(status_msgid(status));
}
