/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep, reading a CSV file to import: every kind
 * of broken file (encoding, quotes, line ends, columns, semicolons, too
 * long a field or file) is refused whole, each error at its line and
 * column, and many errors at once are all listed.  Run by test-upkeep.c,
 * on upkeep-fixture.h's fresh copy of the catalog.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "upkeep-fixture.h"

void
test_import_broken_files(void **state)
{
	struct upkeep_errors errs = { 0 };

	(void)state;
	/* Wrong number of columns: points at the first missing or extra. */
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,\r\n",
	    2, 12, UPKEEP_REASON_WRONG_COLUMNS);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,x,y\r\n",
	    2, 13, UPKEEP_REASON_WRONG_COLUMNS);
	/* Not UTF-8 (Latin-1 é). */
	expect_one_error(HEADER SERVICE ",fr,Nom,R\xe9sum\xe9,Offre,Public,,,,,,src\r\n",
	    2, 4, UPKEEP_REASON_NOT_UTF8);
	expect_one_error(HEADER SERVICE ",fr,Nom\xed\xa0\x80,Résumé,Offre,Public,,,,,,src\r\n",
	    2, 3, UPKEEP_REASON_NOT_UTF8);   /* a UTF-16 surrogate */
	/* Unknown ids and languages. */
	expect_one_error(HEADER "no-such-service,fr,Nom,Résumé,Offre,Public,,,,,,src\r\n",
	    2, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	expect_one_error(HEADER SERVICE ",zz,Name,Summary,Offer,Public,,,,,,adem.public.lu\r\n",
	    2, 2, UPKEEP_REASON_UNKNOWN_LANGUAGE);
	/* Duplicate rows. */
	expect_one_error(HEADER ROW_FR ROW_DE ROW_FR, 4, 1,
	    UPKEEP_REASON_DUPLICATE_ROW);
	assert_int_equal(import_text(HEADER ROW_FR ROW_FR, false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_int_equal(errs.list[0].other_line, 2);
	upkeep_errors_free(&errs);
	/* Empty files. */
	expect_one_error("", 1, 0, UPKEEP_REASON_EMPTY_FILE);
	expect_one_error("\xef\xbb\xbf\r\n\r\n", 1, 0, UPKEEP_REASON_EMPTY_FILE);
	expect_one_error(HEADER, 2, 0, UPKEEP_REASON_NO_ROWS);
	/* The header. */
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "languages,source\r\n", 1, 0, UPKEEP_REASON_MISSING_COLUMN);
	assert_int_equal(import_text("id,lang,name,summary,offer,audience,address,"
	    "web,email,languages,source\r\n", false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_string_equal(errs.list[0].detail, "phone");
	upkeep_errors_free(&errs);
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "phone,languages,source,fax\r\n" SERVICE ",fr,Nom,Résumé,Offre,"
	    "Public,,,,,,src,\r\n", 1, 13, UPKEEP_REASON_UNKNOWN_COLUMN);
	expect_one_error("id,lang,name,summary,offer,audience,address,web,email,"
	    "phone,languages,source,id\r\n", 1, 13, UPKEEP_REASON_DUPLICATE_COLUMN);
	/* Values. */
	expect_one_error(HEADER SERVICE ",fr,Nom,,Offre,Public,,,,,,src\r\n",
	    2, 4, UPKEEP_REASON_EMPTY_VALUE);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,\r\n",
	    2, 12, UPKEEP_REASON_EMPTY_VALUE);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,"
	    "French,src\r\n", 2, 11, UPKEEP_REASON_BAD_LANGUAGES);
	/* The same service must agree with itself. */
	expect_one_error(HEADER ROW_FR SERVICE ",de,Name,Kurz,Angebot,Publikum,"
	    ",,,+352 123456,,adem.public.lu\r\n", 3, 10, UPKEEP_REASON_DISAGREES);
	/* Quotes. */
	expect_one_error(HEADER SERVICE ",fr,Nom \"X\",Résumé,Offre,Public,,,,,,"
	    "src\r\n", 2, 3, UPKEEP_REASON_NOT_CSV);
	expect_one_error(HEADER SERVICE ",fr,\"Nom,Résumé,Offre,Public,,,,,,"
	    "src\r\n", 2, 3, UPKEEP_REASON_NOT_CSV);
	/* No file at all. */
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_SERVICES,
	    scratch("none.csv"), false, "anna", fixed_now(), &errs),
	    ORIENTATION_FILE_OPEN);
	assert_int_equal(import_text(HEADER ROW_FR, false, false, &errs) ,
	    ORIENTATION_OK);   /* and a good file still goes in afterwards */
	assert_int_equal(errs.items, 1);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 1);
}

/* A file saved by a spreadsheet set to French or German: semicolons
 * between the fields, commas inside them, a semicolon in a quoted field.
 * It goes in as the same file with commas would. */
void
test_import_semicolons(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct upkeep_service s = { 0 };

	(void)state;
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "id;lang;name;summary;offer;audience;address;web;email;phone;"
	    "languages;source\r\n"
	    SERVICE ";fr;Nom;Résumé, avec une virgule;\"Offre; en deux\";"
	    "Public;;;;;fr;de;adem.public.lu\r\n", false, false, &errs),
	    ORIENTATION_FILE_INVALID);   /* "fr;de" unquoted: 13 fields */
	expect_error(&errs, 0, 2, 13, UPKEEP_REASON_WRONG_COLUMNS);
	upkeep_errors_free(&errs);
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "id;lang;name;summary;offer;audience;address;web;email;phone;"
	    "languages;source\r\n"
	    SERVICE ";fr;Nom;Résumé, avec une virgule;\"Offre; en deux\";"
	    "Public;;;;;\"fr;de\";adem.public.lu\r\n", false, false, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.items, 1);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(upkeep_service_text(&s, "fr")->summary,
	    "Résumé, avec une virgule");
	assert_string_equal(upkeep_service_text(&s, "fr")->offer,
	    "Offre; en deux");
	assert_string_equal(s.languages, "fr;de");
	upkeep_service_free(&s);
}

/* A value longer than the service editor's line (a summary pasted
 * 200,000 times over, a facts file's source likewise) is refused, with
 * its line and column and without the value; one byte less goes in, and
 * the service editor can open it. */
void
test_import_too_long(void **state)
{
	struct upkeep_errors errs = { 0 };
	size_t n = UPKEEP_MAX_VALUE + 200;
	char *big = malloc(n + 1), *text = malloc(n + 400);
	struct upkeep_service s = { 0 };

	(void)state;
	assert_non_null(big);
	assert_non_null(text);
	memset(big, 'a', n);   /* not "xxx", a placeholder */
	big[n] = '\0';
	snprintf(text, n + 400, HEADER SERVICE ",fr,Nom,%s,Offre,Public,,,,,,src\r\n",
	    big);
	expect_one_error(text, 2, 4, UPKEEP_REASON_TOO_LONG);
	assert_int_equal(import_text(text, false, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_null(errs.list[0].detail);
	upkeep_errors_free(&errs);
	snprintf(text, n + 400, "esco_code,apprenticeship,shortage,source,"
	    "checked\r\n0110.1,yes,no,%s,2026-01-15\r\n", big);
	assert_int_equal(import_text(text, true, false, &errs),
	    ORIENTATION_FILE_INVALID);
	assert_int_equal(errs.n, 1);
	expect_error(&errs, 0, 2, 4, UPKEEP_REASON_TOO_LONG);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 0);
	/* At the limit, it goes in whole. */
	big[UPKEEP_MAX_VALUE] = '\0';
	snprintf(text, n + 400, HEADER SERVICE ",fr,Nom,%s,Offre,Public,,,,,,src\r\n",
	    big);
	assert_int_equal(import_text(text, false, false, &errs), ORIENTATION_OK);
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(upkeep_service_text(&s, "fr")->summary, big);
	upkeep_service_free(&s);
	free(big);
	free(text);
}

void
test_import_many_errors_at_once(void **state)
{
	struct upkeep_errors errs = { 0 };
	char *line;

	(void)state;
	assert_int_equal(import_text(HEADER
	    /* 2-3: fine, with a line break inside a quoted field */
	    SERVICE ",fr,\"Nom sur\ndeux lignes\",Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
	    /* 4 */ "no-such-service,de,Name,Kurz,Angebot,Publikum,,,,,,src\r\n"
	    /* 5 */ SERVICE ",xx,Name,,Angebot,Publikum,,,,,,adem.public.lu\r\n"
	    /* 6 */ SERVICE ",en,Name,Kurz,Angebot,Publikum,,,,,adem.public.lu\r\n"
	    /* 7 */ SERVICE ",nl,Naam,Kort,Aan\xff" "bod,Publiek,,,,,,adem.public.lu\r\n"
	    /* 8 */ SERVICE ",fr,Nom,Résumé,Offre,Public,,,,,,adem.public.lu\r\n"
	    /* 9 */ SERVICE ",de,Name,Kurz,Angebot,Publikum,,web.lu,,,,adem.public.lu\r\n",
	    false, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 4, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	expect_error(&errs, 1, 5, 2, UPKEEP_REASON_UNKNOWN_LANGUAGE);
	expect_error(&errs, 2, 5, 4, UPKEEP_REASON_EMPTY_VALUE);
	expect_error(&errs, 3, 6, 12, UPKEEP_REASON_WRONG_COLUMNS);
	expect_error(&errs, 4, 7, 5, UPKEEP_REASON_NOT_UTF8);
	expect_error(&errs, 5, 8, 1, UPKEEP_REASON_DUPLICATE_ROW);
	expect_error(&errs, 6, 9, 8, UPKEEP_REASON_DISAGREES);
	assert_int_equal(errs.n, 7);
	assert_int_equal(errs.rows, 7);
	assert_int_equal(errs.list[5].other_line, 2);
	assert_int_equal(errs.list[6].other_line, 2);
	line = upkeep_error_format(&errs.list[0]);
	assert_string_equal(line,
	    "line 4, column 1: unknown service id (no-such-service)");
	free(line);
	line = upkeep_error_format(&errs.list[5]);
	assert_string_equal(line, "line 8, column 1: duplicate row (see line 2)");
	free(line);
	upkeep_errors_free(&errs);
	assert_int_equal(history_rows(), 0);
	assert_int_equal(upkeep_revision(u), 0);

	/* Old Mac line ends (a lone CR) count as lines too. */
	assert_int_equal(import_text(HEADER_CR ROW_FR_CR
	    "no-such-service,fr,Nom,Résumé,Offre,Public,,,,,,src\r",
	    false, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 3, 1, UPKEEP_REASON_UNKNOWN_SERVICE);
	upkeep_errors_free(&errs);

	/* A file of nothing but errors stops counting at a thousand. */
	{
		size_t cap = 2000 * 80, len = strlen(HEADER);
		char *big = malloc(cap);

		assert_non_null(big);
		memcpy(big, HEADER, len);
		for (int i = 0; i < 2000; i++)
			len += (size_t)snprintf(big + len, cap - len,
			    "nope-%d,fr,a,b,c,d,,,,,,s\r\n", i);
		assert_int_equal(import_text(big, false, false, &errs),
		    ORIENTATION_FILE_INVALID);
		free(big);
		assert_int_equal(errs.n, UPKEEP_MAX_ERRORS + 1);
		assert_int_equal(errs.list[errs.n - 1].reason,
		    UPKEEP_REASON_TOO_MANY_ERRORS);
		upkeep_errors_free(&errs);
	}
}
