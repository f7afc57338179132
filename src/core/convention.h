/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A language's writing conventions, as the language table gives them:
 * dates ("2 de janeiro de 2027") and decimal numbers ("4,8").  Pure C:
 * the caller passes the strings of its catalog_language.
 */
#ifndef CORE_CONVENTION_H
#define CORE_CONVENTION_H

/**
 * The day @year-@month-@day written by @pattern: %d the day of the month
 * (no leading zero), %B the month's name, the @month-th word of @months
 * (twelve names separated by spaces), %Y the year, %% a percent sign;
 * any other character is copied.  A second pattern after "|" is used for
 * the first day of a month ("%d %B %Y|1er %B %Y": "1er janvier 2027").  A
 * month out of 1..12 or a missing name gives the ISO form "YYYY-MM-DD".
 * @return a new string: free it.
 */
char *convention_date(const char *pattern, const char *months, int year,
    int month, int day);

/**
 * @value with @decimals digits after the separator @decimal ("," or ".").
 * @return a new string: free it.
 */
char *convention_number(double value, int decimals, const char *decimal);

#endif
