/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A service's contact block in words (see service-words.h). */
#include "service-words.h"

#include "store/service.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

size_t
service_words_contacts(const struct service_detail *d,
    struct service_words_field out[SERVICE_WORDS_CONTACTS])
{
	const struct service_words_field all[SERVICE_WORDS_CONTACTS] = {
		{ _("Address"), d->address },
		{ _("Web"), d->web },
		{ _("E-mail"), d->email },
		{ _("Phone"), d->phone },
	};
	size_t n = 0;

	for (size_t i = 0; i < SERVICE_WORDS_CONTACTS; i++)
		if (all[i].value != NULL && all[i].value[0] != '\0')
			out[n++] = all[i];
	return n;
}

const char *
service_words_no_contact(bool staff)
{
	/* The staff at the desk are the ones a visitor is sent to: they
	 * are told what to do about it instead. */
	if (staff)
		return _("No contact details are confirmed yet: check them and "
		    "add them under \"Edit a service\".");
	return _("No contact details are confirmed yet: ask at the desk.");
}

const char *
service_words_out_of_date(bool staff)
{
	if (staff)
		return _("This information may be out of date: check it before "
		    "you pass it on.");
	return _("This information may be out of date. The staff at the desk "
	    "can help you further.");
}

char *
service_words_field(const char *label, const char *value)
{
	return xasprintf(_("%s: %s"), label, value);
}
