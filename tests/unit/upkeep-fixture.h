/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the unit tests of catalog upkeep share (test-upkeep.c runs them,
 * test-upkeep-*.c hold them): each test works on a fresh copy of the
 * built catalog in a scratch folder of its own, opened for upkeep; the
 * original is never opened for writing.  Helpers to write scratch files,
 * run SQL on the copy and read it back, and to import a CSV text and
 * check its errors.  They keep the short names they had in the one file
 * the tests were in (sql_exec became exec_sql: the store has one).
 */
#ifndef TESTS_UPKEEP_FIXTURE_H
#define TESTS_UPKEEP_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "store/catalog.h"
#include "store/upkeep.h"

#define SERVICE "adem-adult-apprenticeship"

/* The header and rows of a services file, with CRLF or CR line ends. */
#define HEADER "id,lang,name,summary,offer,audience,address,web,email,phone,languages,source\r\n"
#define ROW_FR SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
#define HEADER_CR "id,lang,name,summary,offer,audience,address,web,email,phone,languages,source\r"
#define ROW_FR_CR SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r"
#define ROW_DE SERVICE ",de,Name,Kurz,Angebot,Publikum,,,,,,adem.public.lu\r\n"

extern char root[64];   /* the process's scratch folder (scratch.h) */
extern char dir[96];    /* one test's folder in it */
extern char db_path[sizeof dir + 16];
extern struct upkeep *u; /* the copy, opened by setup() */

/** A path in the scratch folder; one of two static buffers. */
const char *scratch(const char *name);

/** The whole of @path; *@len gets its size.  The caller frees. */
char *slurp(const char *path, size_t *len);

/** Write @len bytes of @data to scratch file @name; @return its path. */
const char *put_file(const char *name, const char *data, size_t len);

/** Write the string @text to scratch file @name. */
const char *put_text(const char *name, const char *text);

/** cmocka's set-up of each test: a fresh copy of the built catalog in
 *  a folder of its own, opened as u. */
int setup(void **state);

/** cmocka's tear-down: u closed, the test's folder removed. */
int teardown(void **state);

/** Run @sql on the database @path through a connection of our own. */
void exec_sql_on(const char *path, const char *sql);

/** Run @sql on the scratch catalog. */
void exec_sql(const char *sql);

/** The first column of the first row of @sql as text ("" for NULL, or
 *  "<none>" without a row).  The caller frees. */
char *sql_text(const char *sql);

/** @sql as a number. */
long sql_long(const char *sql);

/** Whether @sql's first value is @want. */
void assert_sql(const char *sql, const char *want);

/** The rows of the catalog's history. */
long history_rows(void);

/** Today as YYYY-MM-DD (the tests run with TZ=UTC; local time anyway). */
void today(time_t now, char out[11]);

/** 2026-12-01 12:00 UTC: after every date in the catalog and the tests. */
time_t fixed_now(void);

/** Whether search_run for @typed in @lang finds SERVICE labelled @label. */
bool search_finds(struct catalog *cat, const char *typed, const char *lang,
    const char *label);

/** Import @text as a services (or facts) file. */
enum orientation_status import_text(const char *text, bool lmi, bool dry_run,
    struct upkeep_errors *errs);

/** Expect error @i of @errs at @line, @column for @reason. */
void expect_error(const struct upkeep_errors *errs, size_t i, long line,
    int column, enum upkeep_reason reason);

/** Import @text as services and expect exactly one error. */
void expect_one_error(const char *text, long line, int column,
    enum upkeep_reason reason);

/* The tests, in the files that hold them. */

/* test-upkeep-open.c */
void test_open_checks_file_and_version(void **state);
void test_damaged_schema_is_a_status(void **state);
void test_load_has_every_language(void **state);

/* test-upkeep-save.c */
void test_save_phone_and_names(void **state);
void test_new_search_row_joins_its_block(void **state);
void test_save_unchanged_only_stamps_once(void **state);
void test_save_groups_and_conflicts(void **state);
void test_kiosk_rolls_back_a_dead_save(void **state);

/* test-upkeep-validation.c */
void test_save_validation(void **state);
void test_bundled_contacts_pass(void **state);

/* test-upkeep-csv.c */
void test_import_broken_files(void **state);
void test_import_semicolons(void **state);
void test_import_too_long(void **state);
void test_import_many_errors_at_once(void **state);

/* test-upkeep-import.c */
void test_round_trip_is_a_no_op(void **state);
void test_import_services_applies(void **state);
void test_import_bad_contacts(void **state);
void test_dry_run_writes_nothing(void **state);
void test_import_lmi(void **state);

#endif
