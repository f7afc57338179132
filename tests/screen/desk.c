/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A counsellor's steps shared by screen tests (see desk.h). */
#include "desk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "copy.h"
#include "scenario.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/state.h"

char desk_catalog_copy[300];

const char *
desk_copy_catalog(void)
{
	snprintf(desk_catalog_copy, sizeof desk_catalog_copy, "%s/catalog.db",
	    scenario_dir());
	if (copy_file(scenario_catalog(), desk_catalog_copy) != 0) {
		perror(desk_catalog_copy);
		exit(1);
	}
	return desk_catalog_copy;
}

void
desk_add_anna(void)
{
	struct state *st;

	if (state_open(scenario_state(), &st) != ORIENTATION_OK ||
	    account_add(st, "anna", "correct horse battery", false, time(NULL)) !=
	    ORIENTATION_OK)
		exit(1);
	state_free(st);
}

struct vt *
desk_signed_in_with(const char *lang, const char *const *args,
    char *const *env)
{
	char who[200];
	struct vt *vt;

	desk_add_anna();
	snprintf(who, sizeof who, tr(lang, "Signed in as %s."), "anna");
	vt = scenario_start(24, 80, args, env);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Counsellor sign-in"),
	    DESK_WAIT), "sign-in");
	vt_type(vt, "anna\rcorrect horse battery\r");
	VT_CHECK(vt, vt_wait_text(vt, who, DESK_WAIT), "signed in");
	return vt;
}

struct vt *
desk_signed_in(const char *lang)
{
	const char *args[] = { "--counselor", "--lang", lang, "--catalog",
	    desk_copy_catalog(), NULL };

	return desk_signed_in_with(lang, args, NULL);
}

const char *
desk_settings(const char *text)
{
	static char conf[400];
	FILE *f;

	snprintf(conf, sizeof conf, "%s/desk.conf", scenario_dir());
	if ((f = fopen(conf, "w")) == NULL || fputs(text, f) == EOF ||
	    fclose(f) != 0) {
		perror(conf);
		exit(1);
	}
	return conf;
}

long
desk_revision(struct vt *vt)
{
	struct catalog *cat;
	long rev;

	VT_CHECK(vt, catalog_open(desk_catalog_copy, &cat) == ORIENTATION_OK,
	    "catalog copy opens");
	rev = catalog_revision(cat);
	catalog_free(cat);
	return rev;
}

bool
desk_has_wrapped(struct vt *vt, const char *text)
{
	static char all[24 * 400];
	size_t at = 0;

	for (int r = 0; r < 24; r++) {
		const char *row = vt_row(vt, r);

		while (*row == ' ')
			row++;
		at += (size_t)snprintf(all + at, sizeof all - at, "%s ", row);
		if (at >= sizeof all)
			return false;
	}
	return strstr(all, text) != NULL;
}
