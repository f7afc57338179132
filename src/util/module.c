/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dlopen() of an optional module, with an environment variable that points
 * the tests at the module in the build tree.
 */
#include "module.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void *
module_open(const char *env, const char *path, const char **why)
{
	const char *override = getenv(env);
	void *handle;

	if (override != NULL && *override != '\0')
		path = override;
	/* Never closed: the module's functions are used again later. */
	if ((handle = dlopen(path, RTLD_NOW | RTLD_LOCAL)) == NULL &&
	    why != NULL)
		*why = dlerror();
	return handle;
}

void
module_close(void *module)
{
	dlclose(module);
}

const void *
module_find(void *module, const char *symbol, const char **why)
{
	const void *found = dlsym(module, symbol);

	if (found == NULL && why != NULL)
		*why = dlerror();
	return found;
}

bool
module_find_function(void *module, const char *symbol, void *fn)
{
	const void *found = module_find(module, symbol, NULL);

	memcpy(fn, &found, sizeof found);
	return found != NULL;
}

const void *
module_symbol(const char *env, const char *path, const char *symbol,
    const char **why)
{
	void *handle = module_open(env, path, why);

	return handle == NULL ? NULL : module_find(handle, symbol, why);
}
