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
status_table_msgid(const char *const *table, size_t n, int code)
{
	if (code < 0 || (size_t)code >= n)
		return N_("An unexpected error occurred.");
	return table[code];
}

const char *
status_msgid(enum orientation_status status)
{
	return status_table_msgid(messages,
	    sizeof messages / sizeof messages[0], (int)status);
}

const char *
status_message(enum orientation_status status)
{
	return _(status_msgid(status));
}
