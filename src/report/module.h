/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading the report module (cairo and pango) on demand.
 */
#ifndef REPORT_MODULE_H
#define REPORT_MODULE_H

#include "report.h"

/**
 * The report functions, loaded from ORIENTATION_REPORT_MODULE or the
 * installed module the first time; later calls return the same table.
 * @return the table, or NULL when the module cannot be loaded (then
 * *@why, if not NULL, is the loader's message, a static string).
 */
const struct report_api *report_module_load(const char **why);

#endif
