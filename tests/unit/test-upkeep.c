/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep: opening a catalog (test-upkeep-open.c),
 * saving a service's edit: history, last_checked, revision, search rows
 * as catalog-build makes them, conflicts (test-upkeep-save.c), the checks
 * a save makes (test-upkeep-validation.c), reading a CSV file to import:
 * every kind of broken file (test-upkeep-csv.c), and the importers of
 * services and labour-market facts: round trip, dry runs
 * (test-upkeep-import.c).  Each test works on a fresh copy of the built
 * catalog (upkeep-fixture.h); the original is never opened for writing.
 * This file runs them all, in one program: the test unit-upkeep.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"
#include "upkeep-fixture.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_damaged_schema_is_a_status,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_checks_file_and_version,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_has_every_language,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_phone_and_names,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_search_row_joins_its_block,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_unchanged_only_stamps_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_validation,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_bundled_contacts_pass,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_groups_and_conflicts,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip_is_a_no_op,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_services_applies,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_broken_files,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_too_long,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_semicolons,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_bad_contacts,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_many_errors_at_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_dry_run_writes_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_lmi,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_kiosk_rolls_back_a_dead_save,
		    setup, teardown),
	};

	if (scratch_dir(root, sizeof root, "upkeep") != 0) {
		perror("scratch folder");
		return 1;
	}
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
