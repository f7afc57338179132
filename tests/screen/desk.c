/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A counsellor's steps shared by screen tests (see desk.h). */
#include "desk.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "copy.h"
#include "scenario.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/state.h"
#include "visit.h"

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

void
desk_visitor_keeps(char code[HANDOFF_CODE_LEN + 1])
{
	const char *args[] = { "--lang", "fr", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), DESK_WAIT),
	    "menu");
	visit_short_form(vt, "fr", DESK_WAIT);
	vt_click(vt, vt_find_row(vt, tr("fr", "Keep my results for a counsellor")),
	    10);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Your code for the counsellor:"),
	    DESK_WAIT), "code");
	/* Too long with the centre's name before it: the title bar keeps the
	 * screen's name whole. */
	VT_CHECK(vt, strstr(vt_row(vt, 0), tr("fr",
	    "Keep my results for a counsellor")) != NULL, "whole title: [%s]",
	    vt_row(vt, 0));
	/* The notice whole, and no guillemet alone at the start of a line. */
	VT_CHECK(vt, vt_has_text(vt, "tapez le code."), "notice not cut");
	for (int r = 0; r < 24; r++)
		VT_CHECK(vt, strncmp(vt_row(vt, r) + strspn(vt_row(vt, r), " "),
		    "»", strlen("»")) != 0, "row %d starts with a guillemet", r);
	visit_read_code(vt, code);
	scenario_quit(vt, DESK_WAIT);
}

void
desk_back_to_menu(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Signed in as anna.", DESK_WAIT), "menu");
}

void
desk_esc_sign_out(struct vt *vt)
{
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Press Esc again to sign out.",
	    DESK_WAIT), "Esc on the menu asks first");
	VT_CHECK(vt, vt_has_text(vt, "Signed in as"), "still signed in");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Counsellor sign-in", DESK_WAIT),
	    "signed out");
}

void
desk_sign_out(struct vt *vt)
{
	desk_back_to_menu(vt);
	desk_esc_sign_out(vt);
	scenario_quit(vt, DESK_WAIT);
}

void
desk_edit_and_save(struct vt *vt, const char *row, const char *value,
    const char *shown)
{
	vt_click(vt, vt_find_row(vt, row), 10);
	VT_CHECK(vt, vt_wait_text(vt, "New value", DESK_WAIT), "editing");
	vt_type(vt, "\x15");
	vt_type(vt, value);
	vt_type(vt, "\r");
	VT_CHECK(vt, vt_wait_text(vt, shown, DESK_WAIT), "changed");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "> Save the changes", DESK_WAIT),
	    "save row");
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, "Saved.", DESK_WAIT), "saved");
}

void
desk_export_and_read(struct vt *vt, const char *lang, const char *key,
    const char *prefix, struct csv_file *cf)
{
	char path[600];
	struct upkeep_errors errs = { 0 };
	DIR *d;
	struct dirent *e;
	const char *saved = tr(lang, "Saved: %s");
	size_t cut = strcspn(saved, "%");   /* the words before the path */

	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang,
	    "Import services from a CSV file"), DESK_WAIT), "import screen");
	vt_type(vt, key);
	VT_CHECK(vt, vt_wait_text(vt, head_of(saved, cut < 10 ? cut : 10),
	    DESK_WAIT), "exported");
	path[0] = '\0';
	d = opendir(scenario_reports());
	while (d != NULL && (e = readdir(d)) != NULL)
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			snprintf(path, sizeof path, "%s/%s", scenario_reports(),
			    e->d_name);
	if (d != NULL)
		closedir(d);
	VT_CHECK(vt, path[0] != '\0', "no %s file in %s", prefix,
	    scenario_reports());
	memset(cf, 0, sizeof *cf);
	VT_CHECK(vt, csv_read_file(path, cf, &errs) == ORIENTATION_OK &&
	    errs.n == 0 && cf->n > 2, "%s reads back", path);
	upkeep_errors_free(&errs);
}

void
desk_translated(struct vt *vt, const char *lang,
    const char *const *msgids)
{
	for (size_t i = 0; msgids[i] != NULL; i++)
		VT_CHECK(vt, strcmp(tr(lang, msgids[i]), msgids[i]) != 0,
		    "[%s] not translated into %s", msgids[i], lang);
}

struct vt *
desk_signed_in_as(const char *lang, const char *name,
    const char *password)
{
	const char *args[] = { "--counselor", "--lang", lang, "--catalog",
	    desk_catalog_copy, NULL };
	char who[200], typed[200];
	struct vt *vt;

	snprintf(who, sizeof who, tr(lang, "Signed in as %s."), name);
	snprintf(typed, sizeof typed, "%s\r%s\r", name, password);
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Counsellor sign-in"),
	    DESK_WAIT), "sign-in");
	vt_type(vt, typed);
	VT_CHECK(vt, vt_wait_text(vt, who, DESK_WAIT), "signed in");
	return vt;
}

const char *
desk_before_format(const char *lang, const char *msgid)
{
	const char *text = tr(lang, msgid);

	return head_of(text, strcspn(text, "%"));
}
