/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Line mode.  Every question is printed as lines, every choice numbered;
 * the visitor answers with a number and Enter.  End of input ends the
 * visit cleanly; in a kiosk it starts over for the next person instead,
 * and the lock-down of the screens holds here too (see plain.h).  The
 * session, the scoring and the wording are those of the screens (core/,
 * store/, text/).
 */
#include "plain.h"

#include <assert.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/convention.h"
#include "core/handoff.h"
#include "core/session.h"
#include "store/account.h"
#include "store/catalog.h"
#include "store/service.h"
#include "store/state.h"
#include "text/code-delete.h"
#include "text/counter-words.h"
#include "text/handoff-words.h"
#include "text/privacy-words.h"
#include "text/profile-words.h"
#include "text/provenance.h"
#include "text/service-words.h"
#include "util/i18n.h"
#include "util/prompt-secret.h"
#include "util/random.h"
#include "util/secret.h"
#include "util/settings.h"
#include "util/status.h"
#include "util/xmalloc.h"

#define LINE_MAX_BYTES 256
#define PLAIN_TICK_MS 1000
#define PLAIN_STAFF_TRIES 3
#define PLAIN_STAFF_LOCK_SECONDS 60

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
	bool in_use;          /* a visitor has typed something this visit */
	bool wiped;           /* kiosk: the visit ends (idle or ^D) */
	bool gone;            /* the program ends */
	time_t next_purge;
	int staff_wrong;
	time_t staff_locked_until;
	char station[STATE_STATION_MAX];
};

/* Whether standard input has hung up (the terminal went away). */
static bool
input_gone(void)
{
	struct pollfd pf = { .fd = STDIN_FILENO, .events = POLLIN };

	return !isatty(STDIN_FILENO) || (poll(&pf, 1, 0) > 0 &&
	    (pf.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0);
}

/* Between lines in a kiosk: purge expired codes when due and write the
 * counts that waited for the lock; neither waits. */
static void
upkeep(struct plain *p)
{
	time_t now = time(NULL);

	if (now >= p->next_purge) {
		p->next_purge = now + (state_handoff_purge(p->st, now) >= 0 ?
		    p->o->purge_seconds : 10);
	}
	state_flush(p->st);
}

/*
 * Wait up to @ms for input, doing the upkeep meanwhile.  1 when input
 * (or end of input) is there, 0 on timeout.
 */
static int
wait_input(struct plain *p, long ms)
{
	long waited = 0;

	for (;;) {
		struct pollfd pf = { .fd = STDIN_FILENO, .events = POLLIN };
		long step = ms < 0 || ms - waited > PLAIN_TICK_MS ? PLAIN_TICK_MS :
		    ms - waited;
		int r;

		if (p->o->kiosk)
			upkeep(p);
		if (ms >= 0 && waited >= ms)
			return 0;
		r = poll(&pf, 1, (int)step);
		if (r > 0)
			return 1;
		if (r < 0 && errno != EINTR)
			return 1;   /* let read() tell what is wrong */
		waited += step;
	}
}

/*
 * The idle warning in words: false when nobody answered it and the
 * visitor's session was wiped, true when input came.
 */
static bool
idle_warning(struct plain *p)
{
	int left = p->o->warning_seconds;

	printf("\n%s\n", _("Are you still there?"));
	printf(ngettext("Press Enter to continue. Otherwise your answers will be "
	    "deleted in %d second.", "Press Enter to continue. Otherwise your "
	    "answers will be deleted in %d seconds.", (unsigned long)left), left);
	putchar('\n');
	fflush(stdout);
	if (wait_input(p, left * 1000L) == 1)
		return true;
	session_wipe(&p->session);
	printf("\n%s\n\n", _("Nobody answered, so the answers were deleted."));
	return false;
}

/*
 * Read one line into p->line, without its end; false at end of input, or
 * in a kiosk when the visit ends (p->wiped: idle or ^D) or the terminal
 * went away (p->gone).  Read byte by byte from the descriptor, so the
 * idle timer sees exactly what stdio would have buffered.
 */
static bool
read_line(struct plain *p)
{
	size_t n = 0;
	bool idle_ok = p->o->kiosk && p->o->idle_seconds > 0;

	fputs("> ", stdout);
	fflush(stdout);
	xwipe(p->line, sizeof p->line);
	for (;;) {
		char c;
		ssize_t k;

		if (wait_input(p, idle_ok && p->in_use ?
		    p->o->idle_seconds * 1000L : -1) == 0) {
			if (!idle_warning(p)) {
				p->wiped = true;
				return false;
			}
			continue;
		}
		k = read(STDIN_FILENO, &c, 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			/* ^D on a kiosk's terminal: the next person starts. */
			if (p->o->kiosk && !input_gone())
				p->wiped = true;
			else
				p->gone = true;
			return false;
		}
		if (c == '\n')
			break;
		if (n + 1 < sizeof p->line)
			p->line[n++] = c;
	}
	p->line[n] = '\0';
	p->line[strcspn(p->line, "\r")] = '\0';
	p->in_use = true;
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

/* Make @code the session's language: a catalog code, two or three
 * letters by the catalog's schema, so it fits. */
static void
set_session_language(struct plain *p, const char *code)
{
	size_t n = strlen(code);

	assert(n < sizeof p->session.lang);
	memcpy(p->session.lang, code, n + 1);
}

/* Choose the language; false at end of input. */
static bool
choose_language(struct plain *p)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(p->cat, &langs);
	char *notice;
	int chosen;

	for (size_t i = 0; i < n; i++)
		printf("%s\n", langs[i].prompt);
	for (size_t i = 0; i < n; i++)
		printf("%zu. %s\n", i + 1, langs[i].native_name);
	if ((chosen = ask_number(p, (int)n)) <= 0)
		return false;
	i18n_set_language(langs[chosen - 1].code);
	set_session_language(p, langs[chosen - 1].code);
	/* Before any question: the privacy notice, in the language chosen
	 * (in all of them it would not fit a braille display's patience). */
	notice = privacy_words_notice(p->o->retention_seconds);
	printf("%s\n", notice);
	free(notice);
	state_count(p->st, time(NULL), STATE_USAGE_SESSION, NULL);
	state_count(p->st, time(NULL), STATE_USAGE_LANGUAGE,
	    langs[chosen - 1].code);
	return true;
}

/* Print the profile of the session in words (those speech says). */
static void
print_profile(struct plain *p)
{
	size_t n;
	char **lines = profile_words_of_session(p->cat, &p->session, false, &n);

	printf("\n%s\n", _("My interest profile"));
	for (size_t i = 0; i < n; i++)
		printf("%s\n", lines[i]);
	xfree_strings(lines, n);
}

/* Offer to keep the results; print the code. */
static void
offer_handoff(struct plain *p)
{
	char shown[HANDOFF_CODE_SHOWN], *day, *line;
	char before[HANDOFF_CODE_LEN + 1];
	const struct catalog_language *lang;
	time_t expires;
	struct tm tm;
	enum orientation_status st;

	printf("\n1. %s\n2. %s\n", _("Keep my results for a counsellor"),
	    _("Back to the main menu"));
	if (ask_number(p, 2) != 1)
		return;
	memcpy(before, p->session.handoff_code, sizeof before);
	st = state_handoff_save(p->st, &p->session, time(NULL),
	    p->o->retention_seconds, random_bytes, p->session.handoff_code,
	    &expires);
	if (st != ORIENTATION_OK) {
		printf("%s %s\n", status_message(st), handoff_words_failed());
		return;
	}
	gmtime_r(&expires, &tm);
	lang = catalog_language_find(p->cat, i18n_language());
	day = convention_date(lang ? lang->date : NULL, lang ? lang->months :
	    NULL, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	printf("%s\n", handoff_words_intro());
	handoff_code_format(p->session.handoff_code, shown);
	line = handoff_words_line(shown, day);
	printf("%s\n%s\n", line, handoff_words_notice());
	free(line);
	free(day);
	/* The figures count codes: keeping again in this visit replaces what
	 * the same code holds and is not one more. */
	if (strcmp(before, p->session.handoff_code) != 0)
		state_count(p->st, time(NULL), STATE_USAGE_HANDOFF, NULL);
	xwipe(before, sizeof before);
}

/* The questionnaire in @form, then the profile; false at end of input. */
static bool
questionnaire(struct plain *p, enum session_form form)
{
	struct catalog_item *items;
	size_t n;
	int count = catalog_quiz_begin(p->cat, &p->session, form, time(NULL),
	    &items, &n), i = 0;

	state_count(p->st, time(NULL), STATE_USAGE_FORM,
	    form == SESSION_FORM_SHORT ? "short" : "full");
	printf("\n%s\n", _("This is not a test and it is not used to select "
	    "anyone: there are no right or wrong answers. You can go back, skip "
	    "a question, or change the language at any moment."));
	while (i < count) {
		char *end;
		long v;

		/* Back stops at the first question, skip ends the loop. */
		assert(i >= 0 && i < count && (size_t)count <= n);
		printf("\n");
		printf(_("Question %d of %d"), i + 1, count);
		printf("\n%s\n%s\n", _("How much would you like to do this?"),
		    items[i].text);
		for (int a = 0; a <= RIASEC_ANSWER_MAX; a++)
			printf("%d. %s\n", a + 1, _(scale[a]));
		printf("%s\n", _("Type 1 to 5 and Enter; s skips, b goes back, q "
		    "stops."));
		if (!read_line(p)) {
			rows_free(items);
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
	rows_free(items);
	if (i >= count) {
		p->session.finished = true;
		state_count(p->st, time(NULL), STATE_USAGE_COMPLETED,
		    form == SESSION_FORM_SHORT ? "short" : "full");
	}
	print_profile(p);
	offer_handoff(p);
	return true;
}

/* A service's contact details as the service screen shows them. */
static void
print_contacts(const struct service_detail *d)
{
	struct service_words_field f[SERVICE_WORDS_CONTACTS];
	size_t n = service_words_contacts(d, f);

	for (size_t i = 0; i < n; i++) {
		char *line = service_words_field(f[i].label, f[i].value);

		printf("%s\n", line);
		free(line);
	}
	if (n == 0)
		printf("%s\n", service_words_no_contact(false));
}

/* Services for one of the needs; false at end of input. */
static bool
services(struct plain *p)
{
	struct service_topic *needs;
	struct service_item *items;
	struct service_detail d;
	char *line;
	size_t nneeds = service_topics(p->cat, SERVICE_TOPIC_NEED, p->session.lang,
	    &needs), n;
	int chosen;

	printf("\n%s\n", _("What is your question?"));
	for (size_t i = 0; i < nneeds; i++)
		printf("%zu. %s\n", i + 1, needs[i].label);
	if ((chosen = ask_number(p, (int)nneeds)) <= 0) {
		rows_free(needs);
		return chosen == 0;
	}
	n = service_list(p->cat, SERVICE_TOPIC_NEED, needs[chosen - 1].id,
	    p->session.lang, &items);
	if ((line = counter_words_for_need(p->cat, needs[chosen - 1].id,
	    p->session.lang)) != NULL)
		printf("%s\n", line);
	free(line);
	rows_free(needs);
	for (size_t i = 0; i < n; i++) {
		printf("%zu. ", i + 1);
		printf(_("%s: %s"), items[i].name, items[i].line);
		putchar('\n');
	}
	if ((chosen = ask_number(p, (int)n)) > 0 &&
	    service_detail_load(p->cat, items[chosen - 1].id, p->session.lang,
	    &d) == ORIENTATION_OK) {
		state_count(p->st, time(NULL), STATE_USAGE_SERVICE, d.id);
		printf("\n%s\n%s\n%s\n", d.name, d.offer, d.audience);
		print_contacts(&d);
		line = provenance_service_line(p->cat, d.id, d.last_checked,
		    d.source);
		printf("%s\n%s\n", line, service_words_out_of_date(false));
		free(line);
		service_detail_free(&d);
	}
	rows_free(items);
	return chosen >= 0;
}

/* "Delete my results": codes are asked for until one is deleted or the
 * visitor goes back; false at end of input. */
static bool
delete_results(struct plain *p)
{
	printf("\n%s\n%s\n%s\n", _("Delete my results"), _("Type the code you "
	    "were given and press Enter: the results kept under it are deleted "
	    "at once."), _("An empty line or q goes back to the main menu."));
	for (;;) {
		const char *said;
		bool deleted;

		printf("%s\n", _("Code:"));
		if (!read_line(p))
			return false;
		if (p->line[0] == '\0' || strcmp(p->line, "q") == 0)
			return true;
		said = code_delete(p->st, p->station, p->line, time(NULL),
		    &p->session, &deleted);
		/* What was typed goes at once, not at the next line. */
		xwipe(p->line, sizeof p->line);
		printf("%s\n", _(said));
		if (deleted)
			return true;
	}
}

/* Read the staff PIN without echo; true when it is right.  Wrong PINs
 * are audited; three lock the exit for a minute. */
static bool
staff_exit(struct plain *p)
{
	bool quiet, right = false;
	time_t now = time(NULL);

	if (p->o->staff_pin_hash == NULL) {
		printf("%s\n", _("No staff PIN is set in the settings, so the kiosk "
		    "cannot be closed here."));
		return false;
	}
	if (now < p->staff_locked_until) {
		printf("%s\n", _("Too many wrong PINs: wait a minute."));
		return false;
	}
	if (!secret_available()) {
		printf("%s\n", status_message(ORIENTATION_SECRET_LIBRARY));
		return false;
	}
	/* Echo goes off before the prompt shows, so a PIN typed at once is
	 * neither echoed nor thrown away; it comes back whatever happens. */
	quiet = prompt_secret_quiet_begin();
	printf("%s\n", _("PIN:"));
	fflush(stdout);
	if (read_line(p))
		right = secret_verify(p->o->staff_pin_hash, p->line);
	xwipe(p->line, sizeof p->line);
	if (quiet)
		prompt_secret_quiet_end();
	putchar('\n');
	if (right || p->wiped || p->gone)
		return right;
	if (++p->staff_wrong >= PLAIN_STAFF_TRIES) {
		p->staff_wrong = 0;
		p->staff_locked_until = time(NULL) + PLAIN_STAFF_LOCK_SECONDS;
	}
	audit_add(p->st, time(NULL), p->station, "staff pin wrong",
	    p->staff_wrong == 0 ? "prompt locked" : NULL);
	printf("%s\n", _("Wrong PIN."));
	return false;
}

/* The main menu until the visitor leaves; false when the visit ends. */
static bool
main_menu(struct plain *p)
{
	for (;;) {
		char *end;
		long chosen;
		int n = p->o->kiosk ? 4 : 5;

		/* Wiped while answering (idle or ^D): the next person starts. */
		if (p->wiped || p->gone)
			return false;
		printf("\n%s\n", _("Welcome to the Maison de l'orientation. What "
		    "would you like to do?"));
		printf("1. %s\n2. %s\n3. %s\n4. %s\n",
		    _("Short form: 30 questions, about 5 minutes"),
		    _("Full form: 60 questions, about 10 minutes"),
		    _("Find a guidance service"),
		    _("Delete my results (with my code)"));
		if (!p->o->kiosk)
			printf("5. %s\n", _("Quit"));
		if (!read_line(p))
			return false;
		if (p->o->kiosk && strcmp(p->line, "staff") == 0) {
			if (staff_exit(p)) {
				p->gone = true;
				return false;
			}
			if (p->wiped || p->gone)
				return false;
			continue;
		}
		chosen = strtol(p->line, &end, 10);
		if (p->line[0] == '\0' || *end != '\0' || chosen < 1 || chosen > n) {
			if (!p->o->kiosk && (p->line[0] == '\0' ||
			    strcmp(p->line, "q") == 0))
				return false;
			printf("%s\n", _("Please type one of the numbers and press "
			    "Enter."));
			continue;
		}
		if (chosen == 5)
			return false;
		if (!(chosen == 1 ? questionnaire(p, SESSION_FORM_SHORT) :
		    chosen == 2 ? questionnaire(p, SESSION_FORM_FULL) :
		    chosen == 3 ? services(p) : delete_results(p)))
			return false;
	}
}

int
plain_run(struct catalog *cat, struct state *st, const struct plain_options *o)
{
	struct plain p = { .cat = cat, .st = st, .o = o };
	bool first = true;

	if (o->kiosk) {
		/* ^C, ^\ and ^Z reach the program as signals in line mode. */
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
	}
	state_station_kiosk(o->site, ttyname(STDIN_FILENO), p.station);
	do {
		session_wipe(&p.session);
		p.in_use = p.wiped = false;
		if (first && o->lang != NULL) {
			char *notice;

			set_session_language(&p, o->lang);
			i18n_set_language(o->lang);
			notice = privacy_words_notice(o->retention_seconds);
			printf("%s\n", notice);
			free(notice);
		} else {
			i18n_reset_language();
			if (!choose_language(&p))
				continue;
		}
		first = false;
		main_menu(&p);
		if (!o->kiosk)
			break;
	} while (!p.gone);
	session_wipe(&p.session);
	xwipe(p.line, sizeof p.line);
	return 0;
}
