/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where a service's facts come from, in one line in the current language:
 * "Checked on" only where a person (a counselor) checked the entry;
 * otherwise the source and how old it is.  Shared by the screens and the
 * plain line mode; no curses here.
 */
#ifndef TEXT_PROVENANCE_H
#define TEXT_PROVENANCE_H

#include <stddef.h>

struct catalog;

/**
 * The provenance line of service @service_id, whose entry was checked by
 * a person on @last_checked ("" if never) and names @source.
 * @return a new string; the caller frees it.
 */
char *provenance_service_line(struct catalog *cat, const char *service_id,
    const char *last_checked, const char *source);

/**
 * A short name for @source: the host of a web address
 * ("https://www.x.lu/a/b" -> "www.x.lu"), otherwise its text up to the
 * first " (" or ";", whatever its length.
 * @return a new string; the caller frees it.
 */
char *provenance_host(const char *source);

/**
 * "Source: www.x.lu, dated 2023-03-13." for one fact from @source (an
 * address or a document) whose date is @date ("n/s": the source shows
 * none).  @return a new string; the caller frees it.
 */
char *provenance_source_line(const char *source, const char *date);

/**
 * "Sources: www.rtl.lu (2022-09), men.public.lu (undated)." for the facts
 * whose entity matches the GLOB @pattern or @also (NULL for none), oldest
 * first.
 * @return a new string (the caller frees it), or NULL if there are none.
 */
char *provenance_sources_line(struct catalog *cat, const char *pattern,
    const char *also);

#endif
