/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data of an occupation's page, loaded once (see occupation-page.h). */
#include "text/occupation-page.h"

#include <string.h>
#include <stdlib.h>

#include "store/catalog.h"
#include "util/xmalloc.h"

struct occupation_page_name
occupation_page_name(struct catalog *cat, struct occupation_store *store,
    int id, enum occupation_text which, const char *lang, char *text)
{
	struct occupation_page_name n = { .text = text != NULL ? text :
	    xstrdup("") };
	const struct catalog_language *l;

	n.lang = occupation_store_text_lang(store, id, which, lang);
	if (n.lang != NULL && strcmp(n.lang, lang) != 0 &&
	    (l = catalog_language_find(cat, n.lang)) != NULL)
		n.lang_name = xstrdup(l->native_name);
	return n;
}

/* Up to OCCUPATION_PAGE_ALTS other names, "a; b; c", or NULL. */
static char *
occupation_page_alts(struct occupation_store *store, int id, const char *lang)
{
	char **alts, *list = NULL;
	size_t n = occupation_store_alt_labels(store, id, lang, &alts);

	for (size_t i = 0; i < n && i < OCCUPATION_PAGE_ALTS; i++) {
		char *next = xasprintf("%s%s%s", list != NULL ? list : "",
		    i ? "; " : "", alts[i]);

		free(list);
		list = next;
	}
	rows_free(alts);
	return list;
}

/* The most important skills, named and explained in @lang; those the
 * catalog has no text for are left out. */
static void
occupation_page_skills(struct catalog *cat, struct occupation_store *store,
    const char *lang, struct occupation_page *p)
{
	struct occupation_skill *top;
	struct catalog_skill *skills;
	size_t nskills, ntop = occupation_store_top_skills(store, p->id,
	    OCCUPATION_PAGE_SKILLS, &top);

	p->skills_known = ntop > 0;
	if (ntop == 0) {
		rows_free(top);
		return;
	}
	nskills = catalog_skills_load(cat, lang, &skills);
	p->skills = xcalloc(ntop, sizeof *p->skills);
	for (size_t i = 0; i < ntop; i++)
		for (size_t k = 0; k < nskills; k++)
			if (strcmp(skills[k].element_id, top[i].element_id) == 0) {
				p->skills[p->nskills].name = xstrdup(skills[k].name);
				p->skills[p->nskills].explanation =
				    xstrdup(skills[k].explanation);
				p->nskills++;
			}
	rows_free(skills);
	rows_free(top);
}

bool
occupation_page_load(struct catalog *cat, struct occupation_store *store,
    const struct match_occupation *m, int id, const char *lang,
    struct occupation_page *out)
{
	char *label = occupation_store_label(store, id, lang);
	struct catalog_type_text names[RIASEC_COUNT];

	memset(out, 0, sizeof *out);
	if (label == NULL || m == NULL) {
		free(label);
		return false;
	}
	out->id = id;
	out->match = *m;
	out->label = occupation_page_name(cat, store, id, OCCUPATION_TEXT_LABEL,
	    lang, label);
	out->alts = occupation_page_name(cat, store, id, OCCUPATION_TEXT_ALT,
	    lang, occupation_page_alts(store, id, lang));
	out->nisco = occupation_store_isco_path(store, id, lang, &out->isco);
	out->unit = xstrdup(out->nisco > 0 ? out->isco[out->nisco - 1].code : "");
	catalog_type_texts_load(cat, lang, names);
	for (int t = 0; t < RIASEC_COUNT; t++)
		out->type_names[t] = xstrdup(names[t].name != NULL ?
		    names[t].name : "");
	catalog_type_texts_free(names);
	out->ntrades = luxembourg_trades(cat, id, lang, &out->trades);
	occupation_page_skills(cat, store, lang, out);
	out->has_shortage = luxembourg_shortage(cat, id, lang,
	    &out->shortage) == ORIENTATION_OK;
	out->has_lmi = occupation_store_lmi(store, id, &out->lmi) ==
	    ORIENTATION_OK;
	return true;
}

void
occupation_page_name_free(struct occupation_page_name *n)
{
	xfree_members((char **[]){ &n->text, &n->lang, &n->lang_name, NULL });
}

void
occupation_page_free(struct occupation_page *page)
{
	occupation_page_name_free(&page->label);
	occupation_page_name_free(&page->alts);
	rows_free(page->isco);
	free(page->unit);
	for (int t = 0; t < RIASEC_COUNT; t++)
		free(page->type_names[t]);
	rows_free(page->trades);
	for (size_t i = 0; i < page->nskills; i++) {
		free(page->skills[i].name);
		free(page->skills[i].explanation);
	}
	free(page->skills);
	if (page->has_shortage)
		luxembourg_shortage_free(&page->shortage);
	if (page->has_lmi)
		occupation_lmi_free(&page->lmi);
	memset(page, 0, sizeof *page);
}
