/*
 * dlopen() of the report module.  Only counselor mode calls this; the
 * kiosk never maps the PDF libraries.
 */
#include "config.h"

#include "module.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

const struct report_api *
report_module_load(const char **why)
{
	static const struct report_api *api;
	const char *path = getenv("ORIENTATION_REPORT_MODULE");
	void *handle;

	if (api != NULL)
		return api;
	if (path == NULL || *path == '\0')
		path = REPORT_MODULE;
	/* Kept open for the life of the process: reports may be made again. */
	if ((handle = dlopen(path, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		if (why != NULL)
			*why = dlerror();
		return NULL;
	}
	api = dlsym(handle, "orientation_report_api");
	if (api == NULL && why != NULL)
		*why = dlerror();
	return api;
}
