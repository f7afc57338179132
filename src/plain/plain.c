/*
 * Line mode.  Every question is printed as lines, every choice numbered;
 * the visitor answers with a number and Enter.  End of input ends the
 * visit cleanly.  The session, the scoring and the wording are those of
 * the screens (core/, store/, text/).
 */
#include "plain.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/convention.h"
#include "text/notice.h"
#include "core/session.h"
#include "store/catalog.h"
#include "store/service.h"
#include "store/state.h"
#include "text/profile-words.h"
#include "util/i18n.h"
#include "util/random.h"
#include "util/xmalloc.h"

#define LINE_MAX_BYTES 256

static const char *const scale[RIASEC_ANSWER_MAX + 1] = {
	N_("Strongly dislike"), N_("Dislike"), N_("Not sure"), N_("Like"),
	N_("Strongly like"),
};

struct plain {
	struct catalog *cat;
	struct state *st;
	const struct plain_options *o;
	struct session session;
	char line[LINE_MAX_BYTES];
};

/* Read one line into p->line, without its end; false at end of input. */
static bool
read_line(struct plain *p)
{
	fputs("> ", stdout);
	fflush(stdout);
	if (fgets(p->line, sizeof p->line, stdin) == NULL)
		return false;
	p->line[strcspn(p->line, "\r\n")] = '\0';
	return true;
}

/* Ask for a number from 1 to @n; 0 for an empty line or "q"; -1 at end. */
static int
ask_number(struct plain *p, int n)
{
	for (;;) {
		char *end;
		long v;

		if (!read_line(p))
			return -1;
		if (p->line[0] == '\0' || strcmp(p->line, "q") == 0)
			return 0;
		v = strtol(p->line, &end, 10);
		if (*end == '\0' && v >= 1 && v <= n)
			return (int)v;
		printf("%s\n", _("Please type one of the numbers and press Enter."));
	}
}

/* Choose the language; false at end of input. */
static bool
choose_language(struct plain *p)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(p->cat, &langs);
	int chosen;

	for (size_t i = 0; i < n; i++)
		printf("%s\n", langs[i].prompt);
	for (size_t i = 0; i < n; i++)
		printf("%zu. %s\n", i + 1, langs[i].native_name);
	if ((chosen = ask_number(p, (int)n)) <= 0)
		return false;
	i18n_set_language(langs[chosen - 1].code);
	snprintf(p->session.lang, sizeof p->session.lang, "%s",
	    langs[chosen - 1].code);
	state_event(p->st, time(NULL), "session", NULL);
	state_event(p->st, time(NULL), "language", langs[chosen - 1].code);
	return true;
}

/* Print the profile of the session in words. */
static void
print_profile(struct plain *p)
{
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile prof;
	const char *words;
	char *line;

	session_profile(&p->session, &prof);
	catalog_type_texts_load(p->cat, p->session.lang, names);
	printf("\n%s\n", _("My interest profile"));
	line = profile_words_code_line(&prof, names);
	printf("%s\n", line);
	free(line);
	for (int t = 0; t < RIASEC_COUNT; t++) {
		char pct[16];

		snprintf(pct, sizeof pct, "%d %%", (int)(prof.share[t] * 100 + 0.5));
		printf(_("%s: %s"), names[t].name, prof.enough[t] ? pct :
		    _("not enough answers"));
		putchar('\n');
	}
	if ((line = profile_words_ties(&prof, names)) != NULL) {
		printf("%s\n", line);
		free(line);
	}
	if ((words = profile_words_clarity(&prof)) != NULL)
		printf("%s\n", words);
	if ((words = profile_words_consistency(&prof)) != NULL)
		printf("%s\n", words);
	for (int i = 0; i < prof.code_len; i++) {
		enum riasec_type t = prof.rank[i];

		printf("%d. ", i + 1);
		printf(_("%s: %s"), names[t].name, names[t].enjoys);
		putchar('\n');
		printf(_("For example: %s"), names[t].fields);
		putchar('\n');
	}
	printf("%s\n", _("This profile is not a test result and is not used to "
	    "select anyone. It shows what you said you enjoy, today. A counsellor "
	    "at the desk can talk it through with you."));
	catalog_type_texts_free(names);
}

/* Offer to keep the results; print the code. */
static void
offer_handoff(struct plain *p)
{
	char code[HANDOFF_CODE_LEN + 1], shown[HANDOFF_CODE_LEN + 2], *day;
	const struct catalog_language *lang;
	time_t expires;
	struct tm tm;
	enum orientation_status st;

	printf("\n1. %s\n2. %s\n", _("Keep my results for a counsellor"),
	    _("Back to the main menu"));
	if (ask_number(p, 2) != 1)
		return;
	st = state_handoff_save(p->st, &p->session, time(NULL),
	    p->o->retention_days, random_bytes, code, &expires);
	if (st != ORIENTATION_OK) {
		printf("%s %s\n", status_message(st), _("Your results could not be "
		    "kept. Please ask at the desk."));
		return;
	}
	gmtime_r(&expires, &tm);
	lang = catalog_language_find(p->cat, i18n_language());
	day = convention_date(lang ? lang->date : NULL, lang ? lang->months :
	    NULL, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	printf("%s\n", _("Your code for the counsellor:"));
	snprintf(shown, sizeof shown, "%.4s-%s", code, code + 4);
	printf(_("Code: %s · valid until %s"), shown, day);
	free(day);
	putchar('\n');
	state_event(p->st, time(NULL), "handoff", NULL);
}

/* The questionnaire in @form, then the profile; false at end of input. */
static bool
questionnaire(struct plain *p, enum session_form form)
{
	struct catalog_item *items;
	size_t n = catalog_items_load(p->cat, p->session.lang,
	    form == SESSION_FORM_SHORT, &items);
	int ids[SESSION_MAX_ITEMS];
	enum riasec_type types[SESSION_MAX_ITEMS];
	int count = 0, i = 0;

	for (size_t k = 0; k < n && count < SESSION_MAX_ITEMS; k++, count++) {
		ids[count] = items[k].id;
		types[count] = items[k].type;
	}
	session_begin_quiz(&p->session, form, ids, types, count, time(NULL));
	state_event(p->st, time(NULL), "form",
	    form == SESSION_FORM_SHORT ? "short" : "full");
	printf("\n%s\n", _("This is not a test and it is not used to select "
	    "anyone: there are no right or wrong answers. You can go back, skip "
	    "a question, or change the language at any moment."));
	while (i < count) {
		char *end;
		long v;

		printf("\n");
		printf(_("Question %d of %d"), i + 1, count);
		printf("\n%s\n%s\n", _("How much would you like to do this?"),
		    items[i].text);
		for (int a = 0; a <= RIASEC_ANSWER_MAX; a++)
			printf("%d. %s\n", a + 1, _(scale[a]));
		printf("%s\n", _("Type 1 to 5 and Enter; s skips, b goes back, q "
		    "stops."));
		if (!read_line(p)) {
			catalog_items_free(items, n);
			return false;
		}
		if (strcmp(p->line, "q") == 0)
			break;
		if (strcmp(p->line, "b") == 0) {
			i = i > 0 ? i - 1 : 0;
			continue;
		}
		if (strcmp(p->line, "s") == 0) {
			i++;
			continue;
		}
		v = strtol(p->line, &end, 10);
		if (*end != '\0' || v < 1 || v > RIASEC_ANSWER_MAX + 1) {
			printf("%s\n", _("Please type one of the numbers and press "
			    "Enter."));
			continue;
		}
		p->session.answer[i++] = (int)v - 1;
	}
	catalog_items_free(items, n);
	if (i >= count) {
		p->session.finished = true;
		state_event(p->st, time(NULL), "completed",
		    form == SESSION_FORM_SHORT ? "short" : "full");
	}
	print_profile(p);
	offer_handoff(p);
	return true;
}

/* "Label: value" in the current language, if @value is known. */
static void
print_field(const char *label, const char *value)
{
	if (*value == '\0')
		return;
	printf(_("%s: %s"), label, value);
	putchar('\n');
}

/* Services for one of the needs; false at end of input. */
static bool
services(struct plain *p)
{
	struct service_topic *needs;
	struct service_item *items;
	struct service_detail d;
	size_t nneeds = service_topics(p->cat, SERVICE_TOPIC_NEED, p->session.lang,
	    &needs), n;
	int chosen;

	printf("\n%s\n", _("What is your question?"));
	for (size_t i = 0; i < nneeds; i++)
		printf("%zu. %s\n", i + 1, needs[i].label);
	if ((chosen = ask_number(p, (int)nneeds)) <= 0) {
		service_topics_free(needs, nneeds);
		return chosen == 0;
	}
	n = service_list(p->cat, SERVICE_TOPIC_NEED, needs[chosen - 1].id,
	    p->session.lang, &items);
	service_topics_free(needs, nneeds);
	for (size_t i = 0; i < n; i++) {
		printf("%zu. ", i + 1);
		printf(_("%s: %s"), items[i].name, items[i].line);
		putchar('\n');
	}
	if ((chosen = ask_number(p, (int)n)) > 0 &&
	    service_detail_load(p->cat, items[chosen - 1].id, p->session.lang,
	    &d) == ORIENTATION_OK) {
		state_event(p->st, time(NULL), "service", d.id);
		printf("\n%s\n%s\n%s\n", d.name, d.offer, d.audience);
		print_field(_("Address"), d.address);
		print_field(_("Web"), d.web);
		print_field(_("E-mail"), d.email);
		print_field(_("Phone"), d.phone);
		printf(_("Checked on %s. Source: %s."), d.last_checked, d.source);
		printf("\n%s\n", _("This information may be out of date. The staff "
		    "at the desk can help you further."));
		service_detail_free(&d);
	}
	service_items_free(items, n);
	return chosen >= 0;
}

int
plain_run(struct catalog *cat, struct state *st, const struct plain_options *o)
{
	struct plain p = { .cat = cat, .st = st, .o = o };
	bool more = true;

	session_wipe(&p.session);
	if (o->lang != NULL) {
		snprintf(p.session.lang, sizeof p.session.lang, "%s", o->lang);
		i18n_set_language(o->lang);
	} else if (!choose_language(&p)) {
		more = false;
	}
	if (more) {
		/* Before anything is typed: what is kept, in the language
		 * chosen. */
		char *privacy = notice_privacy(o->retention_days);

		printf("%s\n", privacy);
		free(privacy);
	}
	while (more) {
		int chosen;

		printf("\n%s\n", _("Welcome to the Maison de l'orientation. What "
		    "would you like to do?"));
		printf("1. %s\n2. %s\n3. %s\n4. %s\n",
		    _("Short form: 30 questions, about 5 minutes"),
		    _("Full form: 60 questions, about 10 minutes"),
		    _("Find a guidance service"), _("Quit"));
		chosen = ask_number(&p, 4);
		if (chosen == 1)
			more = questionnaire(&p, SESSION_FORM_SHORT);
		else if (chosen == 2)
			more = questionnaire(&p, SESSION_FORM_FULL);
		else if (chosen == 3)
			more = services(&p);
		else
			more = false;
	}
	session_wipe(&p.session);
	return 0;
}
