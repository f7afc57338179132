/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A service's contact block in words, in the current language: which
 * details are known, under which labels, and the notes that go with them.
 * Shared by the service screen (drawn and spoken) and the plain line mode,
 * so the three say the same.  No curses here.
 */
#ifndef TEXT_SERVICE_WORDS_H
#define TEXT_SERVICE_WORDS_H

#include <stdbool.h>
#include <stddef.h>

struct service_detail;

#define SERVICE_WORDS_CONTACTS 4   /* address, web, e-mail, phone */

/* One known contact detail. */
struct service_words_field {
	const char *label;   /* translated: "Address" */
	const char *value;   /* borrowed from the service_detail */
};

/**
 * The contact details of @d that are known, in the order shown (address,
 * web, e-mail, phone), into @out.  Valid while @d is.
 * @return how many (0: none is confirmed; say service_words_no_contact()).
 */
size_t service_words_contacts(const struct service_detail *d,
    struct service_words_field out[SERVICE_WORDS_CONTACTS]);

/** "No contact details are confirmed yet: ask at the desk."; for the
 *  @staff (a counsellor, who is the desk), what to do about it. */
const char *service_words_no_contact(bool staff);

/** "This information may be out of date. The staff at the desk can help
 *  you further." (under a service or a guide); for the @staff, to check
 *  it before passing it on. */
const char *service_words_out_of_date(bool staff);

/** "@label: @value" as the current language writes it.  New string;
 *  caller frees. */
char *service_words_field(const char *label, const char *value);

#endif
