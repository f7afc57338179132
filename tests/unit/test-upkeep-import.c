/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep, the importers: an exported services file
 * imported back changes nothing; an import applies the fields that
 * changed (and the search rows); contacts of the wrong form are refused;
 * a dry run writes nothing; the labour-market facts file likewise.  Run
 * by test-upkeep.c, on upkeep-fixture.h's fresh copy of the catalog.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "upkeep-fixture.h"

#include "store/catalog.h"
#include "store/occupation.h"

/* Export services (@lmi false) or facts to scratch file @name. */
static const char *
export_to(const char *name, bool lmi)
{
	const char *path = scratch(name);
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(lmi ? upkeep_export_lmi(u, f) :
	    upkeep_export_services(u, f), ORIENTATION_OK);
	fclose(f);
	return path;
}

void
test_round_trip_is_a_no_op(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct upkeep_service s;
	size_t la, lb;
	char *a, *b;
	const char *out;

	(void)state;
	/* Texts a CSV writer must quote: commas, quotes, line breaks and
	 * blanks at the ends. */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->summary,
	    "Il a dit \"oui\", puis\r\nil est parti");
	upkeep_field_set(&upkeep_service_text(&s, "de")->offer,
	    " Angebot mit Leerzeichen ");
	upkeep_field_set(&s.phone, "+352 247-75100");
	assert_int_equal(upkeep_service_save(u, &s, "anna", fixed_now()),
	    ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 4);

	out = export_to("out.csv", false);
	a = slurp(out, &la);
	assert_memory_equal(a, HEADER, strlen(HEADER));
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_SERVICES, out, false,
	    "anna", fixed_now(), &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	/* One row per service and language. */
	assert_int_equal(errs.rows, sql_long("SELECT count(*) FROM service_text"));
	assert_int_equal(errs.items, 0);
	assert_int_equal(errs.fields, 0);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 4);
	b = slurp(export_to("out2.csv", false), &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);

	out = export_to("out.csv", true);
	a = slurp(out, &la);
	assert_memory_equal(a, "esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,,,,\r\n", 62);
	free(a);
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_LMI, out, false, "anna",
	    fixed_now(), &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.rows, (size_t)sql_long("SELECT count(*) FROM occupation"));
	assert_int_equal(errs.items, 0);
	assert_int_equal(upkeep_revision(u), 1);
	upkeep_errors_free(&errs);
}

void
test_import_services_applies(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct catalog *cat;

	(void)state;
	/* Columns in another order, a byte-order mark, LF line ends, only
	 * two languages of one service: the rest stays as it is. */
	assert_int_equal(import_text("\xef\xbb\xbf"
	    "lang,id,phone,name,summary,offer,audience,address,web,email,languages,source\n"
	    "fr," SERVICE ",+352 1234,ADEM – apprentissage pour adultes,"
	    "\"Dès 18 ans, faire un apprentissage et obtenir un CCP, un DAP ou un DT\","
	    "\"Dès 18 ans, vous pouvez encore faire un apprentissage. Le service d'orientation professionnelle de l'ADEM vous conseille sur les formations qui mènent au CCP, au DAP ou au DT, des diplômes professionnels luxembourgeois.\","
	    "Adultes de 18 ans et plus qui veulent apprendre un métier,"
	    "\"rue Aldringen, Luxembourg\",,,,adem.public.lu\n"
	    ",,,,,,,,,,,\n"
	    "de," SERVICE ",+352 1234,Zwölfender Lehrgang für Erwachsene,"
	    "\"Ab 18 eine Lehre machen und ein CCP, DAP oder DT erwerben\","
	    "\"Auch ab 18 Jahren können Sie noch eine Lehre machen. Die Berufsberatung der ADEM berät Sie zu Ausbildungen, die zu einem CCP, DAP oder DT führen, den luxemburgischen Berufsabschlüssen.\","
	    "\"Erwachsene ab 18 Jahren, die einen Beruf erlernen möchten\","
	    "\"rue Aldringen, Luxembourg\",,,,adem.public.lu\n",
	    false, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.n, 0);
	assert_int_equal(errs.rows, 2);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 2);   /* phone, the German name */
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 1);
	assert_sql("SELECT group_concat(field || ':' || coalesce(lang, '-'), ' ') "
	    "FROM (SELECT * FROM catalog_history ORDER BY id)",
	    "phone:- name:de last_checked:-");
	assert_sql("SELECT phone || ' ' || last_checked FROM service "
	    "WHERE id = '" SERVICE "'", "+352 1234 2026-12-01");
	assert_sql("SELECT name FROM service_text WHERE service_id = '" SERVICE
	    "' AND lang = 'en'", "ADEM – adult apprenticeship");
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_true(search_finds(cat, "zwoelfender", "de",
	    "Zwölfender Lehrgang für Erwachsene"));
	catalog_free(cat);
}

/* A services file with a bad e-mail address in one row is refused
 * whole, with the row, the column and the reason (the words of the
 * editor's message); bad web addresses and phones likewise, each in its
 * own column. */
void
test_import_bad_contacts(void **state)
{
	struct upkeep_errors errs = { 0 };
	char *line;

	(void)state;
	assert_int_equal(import_text(HEADER ROW_DE SERVICE ",fr,Nom,Résumé,"
	    "Offre,Public,,,info(at)example.lu,,,adem.public.lu\r\n", false,
	    false, &errs), ORIENTATION_FILE_INVALID);
	/* The bad value, then the good row's disagreement with it. */
	expect_error(&errs, 0, 3, 9, UPKEEP_REASON_BAD_EMAIL);
	expect_error(&errs, 1, 3, 9, UPKEEP_REASON_DISAGREES);
	assert_int_equal(errs.n, 2);
	assert_string_equal(errs.list[0].detail, "info(at)example.lu");
	line = upkeep_error_format(&errs.list[0]);
	assert_string_equal(line, "line 3, column 9: The e-mail address must "
	    "look like name@example.lu: one @, a dot after it, no spaces. "
	    "(info(at)example.lu)");
	free(line);
	assert_string_equal(upkeep_reason_message(UPKEEP_REASON_BAD_EMAIL),
	    status_message(ORIENTATION_BAD_EMAIL));
	upkeep_errors_free(&errs);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,"
	    "http://localhost,,,,src\r\n", 2, 8, UPKEEP_REASON_BAD_WEB);
	expect_one_error(HEADER SERVICE ",fr,Nom,Résumé,Offre,Public,,,,"
	    "abc,,src\r\n", 2, 10, UPKEEP_REASON_BAD_PHONE);
	assert_int_equal(upkeep_revision(u), 0);
	assert_int_equal(history_rows(), 0);
	/* The right forms go in. */
	assert_int_equal(import_text(HEADER SERVICE ",fr,Nom,Résumé,Offre,"
	    "Public,,https://www.example.lu/fr,info@example.lu,(+352) 247-75100,,"
	    "src\r\n", false, false, &errs), ORIENTATION_OK);
	upkeep_errors_free(&errs);
	assert_sql("SELECT web || '|' || email || '|' || phone FROM service "
	    "WHERE id = '" SERVICE "'",
	    "https://www.example.lu/fr|info@example.lu|(+352) 247-75100");
}

void
test_dry_run_writes_nothing(void **state)
{
	struct upkeep_errors errs = { 0 };
	const char *text = HEADER
	    SERVICE ",fr,Nom,Résumé,Offre,Public,,,,+352 123456,,adem.public.lu\r\n"
	    SERVICE ",de,Name,Kurz,Angebot,Publikum,,,,+352 123456,,adem.public.lu\r\n";
	size_t la, lb;
	char *a, *b;

	(void)state;
	a = slurp(db_path, &la);
	assert_int_equal(import_text(text, false, true, &errs), ORIENTATION_OK);
	assert_int_equal(errs.rows, 2);
	assert_int_equal(errs.items, 1);
	/* address and phone once, name, summary, offer and audience in two
	 * languages */
	assert_int_equal(errs.fields, 10);
	b = slurp(db_path, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(b);
	assert_int_equal(upkeep_revision(u), 0);
	assert_int_equal(history_rows(), 0);

	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,"
	    "checked\r\n0110.1,yes,no,ADEM,2026-01-15\r\n", true, true, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 4);
	b = slurp(db_path, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(b);
	free(a);

	/* For real, the same counts. */
	assert_int_equal(import_text(text, false, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 10);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 11);   /* and last_checked */
	upkeep_errors_free(&errs);
}

/* The occupation id of ESCO code @code. */
static int
occupation_id(const char *code)
{
	char sql[128];

	snprintf(sql, sizeof sql,
	    "SELECT id FROM occupation WHERE esco_code = '%s'", code);
	return (int)sql_long(sql);
}

void
test_import_lmi(void **state)
{
	struct upkeep_errors errs = { 0 };
	struct catalog *cat;
	struct occupation_store *store;
	struct occupation_lmi lmi;
	int a = occupation_id("0110.1"), b = occupation_id("0110.10");

	(void)state;
	assert_true(a > 0 && b > 0);
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,yes,no,ADEM Lehrstellen 2026,2026-01-15\r\n"
	    "0110.10,,YES,ADEM,2026-02-01\r\n"
	    "0110.11,,,,\r\n", true, false, &errs), ORIENTATION_OK);
	assert_int_equal(errs.rows, 3);
	assert_int_equal(errs.items, 2);
	assert_int_equal(errs.fields, 7);
	assert_int_equal(upkeep_revision(u), 1);
	assert_int_equal(history_rows(), 7);
	{
		char item[32];
		char sql[160];

		snprintf(item, sizeof item, "occupation:%d", a);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM catalog_history "
		    "WHERE item = '%s' AND lang IS NULL AND old IS NULL", item);
		assert_int_equal(sql_long(sql), 4);
	}

	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_int_equal(occupation_store_open(cat, &store), ORIENTATION_OK);
	assert_int_equal(occupation_store_lmi(store, a, &lmi), ORIENTATION_OK);
	assert_int_equal(lmi.apprenticeship, 1);
	assert_int_equal(lmi.shortage, 0);
	assert_string_equal(lmi.source, "ADEM Lehrstellen 2026");
	assert_string_equal(lmi.checked, "2026-01-15");
	occupation_lmi_free(&lmi);
	assert_int_equal(occupation_store_lmi(store, b, &lmi), ORIENTATION_OK);
	assert_int_equal(lmi.apprenticeship, -1);
	assert_int_equal(lmi.shortage, 1);
	occupation_lmi_free(&lmi);
	assert_int_equal(occupation_store_lmi(store, occupation_id("0110.11"),
	    &lmi), ORIENTATION_NOT_FOUND);
	occupation_lmi_free(&lmi);

	/* An empty row forgets what was known; the other row is unchanged. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,,,,\r\n0110.10,,yes,ADEM,2026-02-01\r\n", true, false, &errs),
	    ORIENTATION_OK);
	assert_int_equal(errs.items, 1);
	assert_int_equal(errs.fields, 4);
	assert_int_equal(occupation_store_lmi(store, a, &lmi),
	    ORIENTATION_NOT_FOUND);
	occupation_lmi_free(&lmi);
	assert_int_equal(upkeep_revision(u), 2);
	occupation_store_free(store);
	catalog_free(cat);

	/* Every error at once, nothing written. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,source,checked\r\n"
	    "0110.1,maybe,no,src,2026-01-01\r\n"      /* 2 */
	    "0110.2,yes,,,2026-01-01\r\n"              /* 3 */
	    "9999.9,yes,no,src,2026-01-01\r\n"         /* 4 */
	    "0110.10,no,no,src,2026-02-30\r\n"         /* 5 */
	    "0110.11,no,no,src,2099-01-01\r\n"         /* 6 */
	    "0110.1,no,no,src,2026-01-01\r\n"          /* 7 */
	    "0110.12,yes,no,src,\r\n"                  /* 8 */
	    "0110.3,no,no,src,15.01.2026\r\n",         /* 9 */
	    true, false, &errs), ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 2, 2, UPKEEP_REASON_NOT_YES_NO);
	expect_error(&errs, 1, 3, 4, UPKEEP_REASON_REQUIRED);
	expect_error(&errs, 2, 4, 1, UPKEEP_REASON_UNKNOWN_OCCUPATION);
	expect_error(&errs, 3, 5, 5, UPKEEP_REASON_NOT_DATE);
	expect_error(&errs, 4, 6, 5, UPKEEP_REASON_FUTURE_DATE);
	expect_error(&errs, 5, 7, 1, UPKEEP_REASON_DUPLICATE_ROW);
	expect_error(&errs, 6, 8, 5, UPKEEP_REASON_REQUIRED);
	expect_error(&errs, 7, 9, 5, UPKEEP_REASON_NOT_DATE);
	assert_int_equal(errs.n, 8);
	assert_string_equal(errs.list[0].detail, "maybe");
	upkeep_errors_free(&errs);
	assert_int_equal(upkeep_revision(u), 2);

	/* The LMI header is checked like any other. */
	assert_int_equal(import_text("esco_code,apprenticeship,shortage,checked\r\n"
	    "0110.1,yes,no,2026-01-01\r\n", true, false, &errs),
	    ORIENTATION_FILE_INVALID);
	expect_error(&errs, 0, 1, 0, UPKEEP_REASON_MISSING_COLUMN);
	assert_string_equal(errs.list[0].detail, "source");
	upkeep_errors_free(&errs);
}
