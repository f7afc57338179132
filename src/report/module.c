/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report module (cairo and pango), loaded the first time a counselor
 * makes a report; the kiosk never maps the PDF libraries.
 */
#include "config.h"

#include "module.h"

#include <stddef.h>

#include "util/module.h"

const struct report_api *
report_module_load(const char **why)
{
	static const struct report_api *api;

	if (api == NULL)
		api = module_symbol("ORIENTATION_REPORT_MODULE", REPORT_MODULE,
		    "orientation_report_api", why);
	return api;
}
