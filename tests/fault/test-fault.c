/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests: the kiosk under bad conditions.  In every case the program
 * must give one clear line (in the visitor's language) and a clean
 * non-zero exit, or keep running; never crash, never touch a file it could
 * not read.  Standard error is a pipe apart from the terminal, so the tests
 * see exactly what was printed, and a sanitizer report fails them too.
 *
 *   test-fault SCENARIO     (exit 0 passed, 1 failed, 77 skipped)
 *
 * The scenarios: the state database (test-fault-state.c), the catalog
 * (test-fault-catalog.c), the terminal (test-fault-term.c) and a damaged
 * state file (test-fault-damaged.c); what they share is fault.h.
 *
 * Permissions do not bind root, and tests often run as root: the
 * read-only cases then run the program as the user nobody (uid 65534) on
 * files owned by nobody, which works the same for root and for anyone
 * else (from copies of the program and catalog if the build tree is closed
 * to nobody; skipped if root here cannot change user).  "Disk full" mounts
 * a small tmpfs in a private mount namespace (as root, or as a user through
 * a user namespace, like `unshare -rm`) and fills it; where neither is
 * allowed it is skipped.  Each scenario prints how the program ended.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "fault.h"

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*fn)(void);
	} scenarios[] = {
		{ "state-random", state_random },
		{ "state-corrupt", state_corrupt },
		{ "state-not-sqlite", state_not_sqlite },
		{ "state-newer", state_newer },
		{ "state-readonly-file-start", state_readonly_file_start },
		{ "state-readonly-dir", state_readonly_dir },
		{ "state-readonly-dir-existing", state_readonly_dir_existing },
		{ "state-locked", state_locked },
		{ "state-disk-full", state_disk_full },
		{ "state-disk-full-handoff", state_disk_full_handoff },
		{ "state-deleted", state_deleted },
		{ "catalog-missing", catalog_missing },
		{ "catalog-truncated", catalog_truncated },
		{ "catalog-half", catalog_half },
		{ "catalog-newer", catalog_newer },
		{ "catalog-wrong-db", catalog_wrong_db },
		{ "catalog-hot-journal", catalog_hot_journal },
		{ "catalog-hot-journal-readonly", catalog_hot_journal_readonly },
		{ "catalog-hot-journal-running", catalog_hot_journal_running },
		{ "term-hangup", term_hangup },
		{ "term-hangup-kiosk", term_hangup_kiosk },
		{ "term-hangup-nosignal", term_hangup_nosignal },
		{ "term-sighup", term_sighup },
		{ "term-tiny", term_tiny },
		{ "term-dumb", term_dumb },
		{ "term-unset", term_unset },
		{ "term-unknown", term_unknown },
		{ "term-none", term_none },
		{ "state-damaged-handoff", state_damaged_handoff },
		{ "state-damaged-answers", state_damaged_answers },
		{ "state-damaged-kiosk", state_damaged_kiosk },
		{ "admin-check", admin_check },
		{ "admin-backup-restore", admin_backup_restore },
	};

	signal(SIGPIPE, SIG_IGN);
	for (size_t i = 0; argc == 2 && i < sizeof scenarios / sizeof scenarios[0]; i++) {
		if (strcmp(argv[1], scenarios[i].name) == 0) {
			scenarios[i].fn();
			return 0;
		}
	}
	fprintf(stderr, "usage: test-fault SCENARIO\n");
	return 2;
}
