/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading an optional part of the program (a shared module) or a library
 * on demand, so that a process maps heavy libraries (cairo, the speech
 * engine, SQLite) only when it uses them.
 */
#ifndef UTIL_MODULE_H
#define UTIL_MODULE_H

#include <stdbool.h>

/**
 * Open the module named by the environment variable @env (when set and not
 * empty) or else at @path (a file name without a slash is looked up as
 * the dynamic loader does for a library).  The module stays mapped for
 * the life of the process.
 * @return a handle for module_find, or NULL when the module cannot be
 * loaded; then *@why, if not NULL, is the loader's message, a static
 * string valid until the next call.
 */
void *module_open(const char *env, const char *path, const char **why);

/**
 * Close @module (from module_open) when none of its symbols is used any
 * more: one that turned out not to be the module wanted.
 */
void module_close(void *module);

/**
 * Look up @symbol in @module (from module_open).
 * @return its address, or NULL with *@why (if not NULL) as module_open's.
 */
const void *module_find(void *module, const char *symbol, const char **why);

/**
 * module_find of a function, its address stored in the function pointer
 * at @fn (of any function type: copied byte for byte, since C has no cast
 * between an object pointer and a function pointer).
 * @return whether @symbol was found; *@fn is NULL when not.
 */
bool module_find_function(void *module, const char *symbol, void *fn);

/**
 * module_open then module_find of @symbol.
 * @return the symbol's address, or NULL with *@why as module_open's.
 */
const void *module_symbol(const char *env, const char *path, const char *symbol,
    const char **why);

#endif
