/*
 * Where a service's facts come from, in one line in the current language:
 * "Checked on" only where a person (a counselor) checked the entry;
 * otherwise the source and how old it is.  Shared by the screens and the
 * plain line mode; no curses here.
 */
#ifndef TEXT_PROVENANCE_H
#define TEXT_PROVENANCE_H

struct catalog;

/**
 * The provenance line of service @service_id, whose entry was checked by
 * a person on @last_checked ("" if never) and names @source.
 * @return a new string; the caller frees it.
 */
char *provenance_service_line(struct catalog *cat, const char *service_id,
    const char *last_checked, const char *source);

#endif
