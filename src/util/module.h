/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading an optional part of the program (a shared module) on demand, so
 * that a process maps heavy libraries (cairo, the speech engine) only when
 * it uses them.
 */
#ifndef UTIL_MODULE_H
#define UTIL_MODULE_H

/**
 * Open the module named by the environment variable @env (when set and not
 * empty) or else at @path, and look up @symbol in it.  The module stays
 * mapped for the life of the process.
 * @return the symbol's address, or NULL when the module or the symbol
 * cannot be found; then *@why, if not NULL, is the loader's message, a
 * static string valid until the next call.
 */
const void *module_symbol(const char *env, const char *path, const char *symbol,
    const char **why);

#endif
