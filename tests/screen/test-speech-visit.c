/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A whole visit heard, in each language: the kiosk runs with the record
 * speech engine (vt_spoken), a visitor goes from the language screen
 * through the menu, the questionnaire, the profile, the matches, an
 * occupation, the services, a service, the search, the hand-off code and
 * the goodbye, and each screen must have said something.  What it said
 * must be words, not drawing (no bars, boxes, markers), with the bars as
 * percentages, lists with their place ("2 of 11") and the code spelled.
 *
 * Two scenarios per language:
 *   visit-LANG    what each screen says, against the translations (tr);
 *   spell-LANG    the same visit, and the words said in LANG are checked
 *                 with hunspell: most of each screen's words must be known
 *                 to LANG's dictionary, and LANG's dictionary must know
 *                 more of them than any other language's.  Skipped (77)
 *                 when hunspell or LANG's dictionary is not installed
 *                 (Debian 12 packages none for Luxembourgish);
 *   spell-mismatch an English visit checked as Dutch must fail: the check
 *                 can tell languages apart.
 *
 *   test-speech-visit SCENARIO
 */
#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scenario.h"
#include "scratch.h"

#define WAIT 3000
#define SHORT_FORM 30
#define MAX_SCREENS 24
#define MAX_LANGS 16
#define SPOKEN_MAX 16384
/* A screen's words must be at least this share known to its language's
 * dictionary (names of services and places are not in it). */
#define KNOWN_MIN 0.6
#define SCREEN_WORDS_MIN 6 /* fewer words tell no language apart */
#define WORDS_MAX 20000     /* words of a whole visit */

/* The visit's languages and their hunspell dictionaries (Debian's
 * hunspell-nl, -fr, -de-de, -en-gb, -pt-pt; lb_LU is not packaged). */
static const struct {
	const char *lang, *dict;
} dicts[] = {
	{ "nl", "nl_NL" }, { "fr", "fr_FR" }, { "de", "de_DE" },
	{ "en", "en_GB" }, { "pt", "pt_PT" }, { "lb", "lb_LU" },
};
#define NDICTS (sizeof dicts / sizeof dicts[0])

/* What one screen said: the pieces in the visit's language, and all of it
 * (every language, as the engine got it). */
struct heard {
	char name[32];
	char words[SPOKEN_MAX];  /* pieces in the visit's language */
	char all[SPOKEN_MAX];    /* every piece */
};

static struct heard heard[MAX_SCREENS];
static int nheard;
static const char *lang;     /* the visit's language */

/* Drawing that must never be spoken: bars, boxes, markers, arrows. */
static const char *const drawing[] = {
	"█", "▓", "▒", "░", "·", "•", "→", "←", "↑", "↓", "✓", "…",
	"│", "─", "┌", "┐", "└", "┘", "├", "┤", "*", "#", "|", ">", "<", "[",
	"]", "^",
};

/* Split the engine's lines into pieces: "say LANG\tTEXT[\tLANG\tTEXT]..."
 * and "queue ..." lines; append them to @h. */
static void
heard_parse(struct heard *h, const char *spoken)
{
	char *copy = strdup(spoken), *save = NULL;

	for (char *line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *p, *piece_lang, *text, *save2 = NULL;

		if (strncmp(line, "say ", 4) == 0)
			p = line + 4;
		else if (strncmp(line, "queue ", 6) == 0)
			p = line + 6;
		else
			continue;
		for (piece_lang = strtok_r(p, "\t", &save2); piece_lang != NULL;
		    piece_lang = strtok_r(NULL, "\t", &save2)) {
			if ((text = strtok_r(NULL, "\t", &save2)) == NULL)
				break;
			strncat(h->all, text, sizeof h->all - strlen(h->all) - 2);
			strcat(h->all, "\n");
			if (strcmp(piece_lang, lang) == 0) {
				strncat(h->words, text,
				    sizeof h->words - strlen(h->words) - 2);
				strcat(h->words, "\n");
			}
		}
	}
	free(copy);
}

/* Take what was said since the last call as screen @name's words; it must
 * be something, and words only. */
static struct heard *
hear(struct vt *vt, const char *name)
{
	struct heard *h;

	VT_CHECK(vt, nheard < MAX_SCREENS, "too many screens");
	h = &heard[nheard++];
	snprintf(h->name, sizeof h->name, "%s", name);
	heard_parse(h, vt_spoken(vt));
	VT_CHECK(vt, h->all[0] != '\0', "%s: nothing was said", name);
	for (size_t i = 0; i < sizeof drawing / sizeof drawing[0]; i++) {
		const char *p = h->all;

		/* O*NET is a name, its star no marker. */
		while ((p = strstr(p, drawing[i])) != NULL) {
			VT_CHECK(vt, strcmp(drawing[i], "*") == 0 && p > h->all &&
			    strncmp(p - 1, "O*NET", 5) == 0,
			    "%s: drawing \"%s\" spoken in:\n%s", name, drawing[i],
			    h->all);
			p++;
		}
	}
	return h;
}

/* Check that screen @h said @text. */
#define SAID(vt, h, text)                                                  \
	VT_CHECK(vt, strstr((h)->all, (text)) != NULL,                      \
	    "%s should say \"%s\"; it said:\n%s", (h)->name, (text), (h)->all)

/* Forget what was said (typed characters echoed, moves not checked). */
static void
drop(struct vt *vt)
{
	(void)vt_spoken(vt);
}

/* The position of @lang among the catalog's languages, from 0. */
static int
language_index(const char *code)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int i = 0, found = -1;

	if (sqlite3_open_v2(scenario_catalog(), &db, SQLITE_OPEN_READONLY,
	    NULL) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT code FROM language ORDER BY sort, code",
	    -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (strcmp((const char *)sqlite3_column_text(st, 0), code) == 0)
			found = i;
		i++;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return found;
}

/* The part of the translated pattern @msgid after its last conversion,
 * e.g. " van 7" of "%s, %s van 7": what a filled-in pattern ends with. */
static const char *
tail_of(const char *msgid)
{
	const char *t = tr(lang, msgid), *p = strrchr(t, '%');

	return p != NULL && p[1] != '\0' ? p + 2 : t;
}

/* The part of the translated pattern @msgid before its first conversion. */
static const char *
head_before(const char *msgid)
{
	static char buf[256];
	const char *t = tr(lang, msgid);

	snprintf(buf, sizeof buf, "%.*s", (int)strcspn(t, "%"), t);
	return buf;
}

/* Whether @text holds a spelled code: 4 characters apart, a comma, 4 more
 * ("N Y 6 F, J R W R"). */
static bool
has_spelled_code(const char *text)
{
	for (const char *p = text; *p != '\0'; p++) {
		const char *q = p;
		int n = 0;

		while (n < 8 && isalnum((unsigned char)q[0])) {
			n++;
			if (n == 4 && strncmp(q + 1, ", ", 2) == 0)
				q += 3;
			else if (n < 8 && q[1] == ' ')
				q += 2;
			else
				break;
		}
		if (n == 8)
			return true;
	}
	return false;
}

/* Whether @text holds a code as drawn: 4 capitals or digits, a dash, 4. */
static bool
has_drawn_code(const char *text)
{
	for (const char *p = text; p[0] != '\0'; p++) {
		int n = 0;

		for (int i = 0; i < 9 && p[i] != '\0'; i++)
			if (i == 4 ? p[i] == '-' : (isupper((unsigned char)p[i]) ||
			    isdigit((unsigned char)p[i])))
				n++;
		if (n == 9)
			return true;
	}
	return false;
}

/* Go back with Esc until the main menu is on the screen. */
static void
back_to_menu(struct vt *vt)
{
	for (int i = 0; i < 8 && !vt_has_text(vt, tr(lang, "Main menu")); i++)
		vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_has_text(vt, tr(lang, "Main menu")), "back at the menu");
	drop(vt);
}

/* The visit, screen by screen. */
static void
visit(void)
{
	const char *conf = scenario_speech_settings(true, NULL);
	const char *args[] = { "--config", conf, NULL };
	struct vt *vt = scenario_start_speech(24, 80, args, NULL);
	int li = language_index(lang);
	struct heard *h;
	char buf[512];
	int row;

	VT_CHECK(vt, li >= 0 && li < 9, "%s is a language of the catalog", lang);
	VT_CHECK(vt, vt_first_frame(vt), "first frame");
	/* The start screen speaks every language in its own. */
	h = hear(vt, "language");
	SAID(vt, h, "Nederlands");

	snprintf(buf, sizeof buf, "%d", li + 1);
	vt_type(vt, buf);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Main menu"), WAIT), "menu");
	h = hear(vt, "menu");
	SAID(vt, h, tr(lang, "Discover my interests"));
	/* A move says the item and its place. */
	vt_key(vt, VTERM_KEY_DOWN);
	h = hear(vt, "menu-move");
	snprintf(buf, sizeof buf, tr(lang, "%s, %d of %d"),
	    tr(lang, "Assess my skills"), 2, 11);
	SAID(vt, h, buf);
	vt_key(vt, VTERM_KEY_UP);
	drop(vt);

	vt_type(vt, "1");
	h = hear(vt, "quiz-intro");
	SAID(vt, h, tr(lang, "Which form would you like?"));
	vt_type(vt, "1");
	for (int i = 0; i < SHORT_FORM; i++) {
		snprintf(buf, sizeof buf, "question-%d", i + 1);
		h = hear(vt, i < 3 ? buf : "question");
		if (i >= 3)
			nheard--;   /* heard and checked, not kept */
		snprintf(buf, sizeof buf, tr(lang, "Question %d of %d"), i + 1,
		    SHORT_FORM);
		SAID(vt, h, buf);
		if (i == 0) {
			/* A move in a question says the answer, not the
			 * question again. */
			vt_key(vt, VTERM_KEY_DOWN);
			h = hear(vt, "answer-move");
			VT_CHECK(vt, strstr(h->all, buf) == NULL, "the question "
			    "is not said again on a move:\n%s", h->all);
			snprintf(buf, sizeof buf, tr(lang, "%s, %d of %d"),
			    tr(lang, "Like"), 4, 5);
			SAID(vt, h, buf);
			vt_key(vt, VTERM_KEY_UP);
			drop(vt);
		}
		/* Items cycle R I A S E C: Social liked, the rest not. */
		vt_type(vt, i % 6 == 3 ? "5" : "1");
	}

	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "My interest profile"), WAIT),
	    "profile");
	h = hear(vt, "profile");
	/* The Social bar is full: "Sociaal, 100 procent". */
	snprintf(buf, sizeof buf, tr(lang, "%s, %d percent"), "", 100);
	SAID(vt, h, buf);
	SAID(vt, h, head_before("Your interest code: %s (%s)"));

	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, head_of(tr(lang, "Fit with your "
	    "interests (0 to 100)"), 20), WAIT), "matches");
	h = hear(vt, "matches");
	SAID(vt, h, head_before("Fit: %d of 100"));

	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Related occupations (same "
	    "group)"), WAIT), "occupation");
	h = hear(vt, "occupation");
	SAID(vt, h, tr(lang, "Interests this occupation suits"));
	SAID(vt, h, tail_of("%s, %s out of 7"));

	back_to_menu(vt);
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "What is your question?"), WAIT),
	    "services");
	h = hear(vt, "services");
	SAID(vt, h, tr(lang, "What is your question?"));
	vt_type(vt, "1");
	h = hear(vt, "service-list");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "How to reach them"), WAIT),
	    "a service");
	h = hear(vt, "service");
	SAID(vt, h, tr(lang, "How to reach them"));
	SAID(vt, h, tr(lang, "This information may be out of date. The staff "
	    "at the desk can help you further."));

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	h = hear(vt, "search");
	SAID(vt, h, tr(lang, "Type a few letters: an occupation, a service, a "
	    "subject."));
	vt_type(vt, "adem");
	drop(vt);   /* the letters, echoed as typed */
	vt_key(vt, VTERM_KEY_DOWN);
	h = hear(vt, "search-hit");
	SAID(vt, h, "ADEM");

	back_to_menu(vt);
	row = vt_find_row(vt, tr(lang, "Keep my results for a counsellor"));
	VT_CHECK(vt, row >= 0, "the menu offers to keep the results");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Your code for the counsellor:"),
	    WAIT), "hand-off code");
	h = hear(vt, "handoff");
	VT_CHECK(vt, has_spelled_code(h->all), "the code is spelled:\n%s",
	    h->all);
	VT_CHECK(vt, !has_drawn_code(h->all), "the code is not read as drawn:"
	    "\n%s", h->all);
	SAID(vt, h, head_before("Valid until %s."));

	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, tr(lang, "Was this helpful?"), WAIT),
	    "goodbye");
	h = hear(vt, "finish");
	SAID(vt, h, tr(lang, "Was this helpful?"));
	scenario_quit(vt, WAIT);
}

/* ---- The language check ---- */

/* Whether hunspell has dictionary @dict here. */
static bool
dict_installed(const char *dict)
{
	const char *dirs[] = { "/usr/share/hunspell", "/usr/share/myspell",
	    "/usr/share/myspell/dicts" };
	char path[256];

	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		snprintf(path, sizeof path, "%s/%s.dic", dirs[i], dict);
		if (access(path, R_OK) == 0)
			return true;
	}
	return false;
}

/* Whether the character at @p separates words: ASCII other than letters
 * and digits, and the punctuation of U+0080..U+00BF (no-break space,
 * guillemets) and U+2000..U+2BFF (dashes, quotes, arrows); letters with
 * accents (U+00C0 on) belong to words. */
static int
word_gap(const unsigned char *p)
{
	if (*p < 0x80)
		return isalnum(*p) ? 0 : 1;
	if (p[0] == 0xC2 && p[1] != '\0')
		return 2;
	if (p[0] == 0xE2 && p[1] != '\0' && p[2] != '\0')
		return 3;
	return 0;
}

/* The words of @text worth checking, one a line, into @f (and their
 * screen @s into @owner): runs of letters (any script), without digits,
 * at least two letters, not all capitals (ADEM, DAP: names, not words of
 * a language).  @return how many. */
static int
words_write(FILE *f, const char *text, char **words, int *owner, int *n,
    int s)
{
	const unsigned char *p = (const unsigned char *)text;
	int count = 0, gap;

	while (*p != '\0') {
		const unsigned char *start;
		bool digit = false, lower = false;

		while (*p != '\0' && (gap = word_gap(p)) > 0)
			p += gap;
		start = p;
		while (*p != '\0' && word_gap(p) == 0) {
			digit |= isdigit(*p) != 0;
			lower |= islower(*p) != 0 || *p >= 0x80;
			p++;
		}
		if (p - start >= 2 && !digit && lower && *n < WORDS_MAX) {
			words[*n] = strndup((const char *)start, (size_t)(p - start));
			owner[(*n)++] = s;
			fprintf(f, "%s\n", words[*n - 1]);
			count++;
		}
	}
	return count;
}

/*
 * For each screen, how many of its words (@total) dictionary @dict does
 * not know (@unknown), indexed like heard[].  One hunspell -l for the
 * whole visit: it prints the words it does not know in their order, so
 * each is found again among those written.
 */
static void
unknown_words(const char *dict, const char *dir, int unknown[MAX_SCREENS],
    int total[MAX_SCREENS])
{
	static char *words[WORDS_MAX];
	static int owner[WORDS_MAX];
	char in[512], cmd[1024], line[1024];
	FILE *f, *out;
	int n = 0, at = 0;

	snprintf(in, sizeof in, "%s/words.txt", dir);
	if ((f = fopen(in, "w")) == NULL) {
		perror(in);
		exit(1);
	}
	for (int k = 0; k < nheard; k++) {
		total[k] = words_write(f, heard[k].words, words, owner, &n, k);
		unknown[k] = 0;
	}
	fclose(f);
	snprintf(cmd, sizeof cmd, "hunspell -i UTF-8 -d %s -l < '%s'", dict, in);
	if ((out = popen(cmd, "r")) == NULL) {
		perror("hunspell");
		exit(1);
	}
	while (fgets(line, sizeof line, out) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		while (at < n && strcmp(words[at], line) != 0)
			at++;
		if (at < n)
			unknown[owner[at++]]++;
	}
	if (pclose(out) != 0 || at > n) {
		fprintf(stderr, "%s failed\n", cmd);
		exit(1);
	}
	for (int k = 0; k < n; k++)
		free(words[k]);
	unlink(in);
}

/* The index in dicts[] of language @code's dictionary if it is
 * installed, else -1. */
static int
dict_of(const char *code)
{
	for (size_t d = 0; d < NDICTS; d++)
		if (strcmp(dicts[d].lang, code) == 0)
			return dict_installed(dicts[d].dict) ? (int)d : -1;
	return -1;
}

/* Skip the test (77) unless hunspell and @code's dictionary are here. */
static void
spell_ready(const char *code)
{
	if (system("hunspell -v >/dev/null 2>&1") != 0 || dict_of(code) < 0) {
		printf("SKIP: hunspell or its dictionary for %s is not "
		    "installed\n", code);
		exit(VT_SKIP);
	}
}

/*
 * Check the words heard (the pieces in the visit's language) as language
 * @code: each screen's words mostly known to its dictionary, and better
 * known to it than to any other installed one.  @return the number of
 * failures (each printed).
 */
static int
spell_check(const char *code)
{
	static int unknown[NDICTS][MAX_SCREENS], total[NDICTS][MAX_SCREENS];
	char dir[64];
	int self = dict_of(code), bad = 0;
	bool installed[NDICTS];

	/* Removed at exit, whatever happened (scratch.h). */
	if (scratch_dir(dir, sizeof dir, "spell") != 0) {
		perror("scratch folder");
		exit(1);
	}
	for (size_t d = 0; d < NDICTS; d++)
		if ((installed[d] = dict_installed(dicts[d].dict)))
			unknown_words(dicts[d].dict, dir, unknown[d], total[d]);
	for (int s = 0; s < nheard; s++) {
		int n = total[self][s], was = bad;
		double known = n > 0 ? 1.0 - (double)unknown[self][s] / n : 0;

		if (n < SCREEN_WORDS_MIN)
			continue;
		printf("%-14s %3d words, %3.0f %% known to %s", heard[s].name, n,
		    100 * known, dicts[self].dict);
		if (known < KNOWN_MIN) {
			printf("  <- too few");
			bad++;
		}
		for (size_t d = 0; d < NDICTS; d++) {
			double other;

			if ((int)d == self || !installed[d])
				continue;
			other = 1.0 - (double)unknown[d][s] / n;
			if (other >= known) {
				printf("  <- %s knows %.0f %%", dicts[d].dict,
				    100 * other);
				bad++;
			}
		}
		printf("\n");
		if (bad > was)
			fprintf(stderr, "%s said:\n%s\n", heard[s].name,
			    heard[s].words);
	}
	return bad;
}

/* The visit, then the words said in its language against every installed
 * dictionary. */
static void
spell(void)
{
	int bad;

	spell_ready(lang);
	visit();
	if ((bad = spell_check(lang)) > 0) {
		fprintf(stderr, "%d failures: not heard in %s\n", bad, lang);
		exit(1);
	}
}

/* The check must be able to fail: an English visit is not Dutch. */
static void
spell_mismatch(void)
{
	spell_ready("en");
	spell_ready("nl");
	lang = "en";
	visit();
	if (spell_check("nl") == 0) {
		fprintf(stderr, "an English visit passed for Dutch\n");
		exit(1);
	}
	printf("an English visit is not taken for Dutch: the check can fail\n");
}

int
main(int argc, char **argv)
{
	static const char *const langs[] = { "nl", "fr", "de", "en", "pt", "lb" };
	static char names[2 * sizeof langs / sizeof langs[0]][16];
	static struct scenario list[2 * sizeof langs / sizeof langs[0] + 1];
	size_t n = 0;

	/* visit-LANG and spell-LANG; the language is the name's end. */
	for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
		snprintf(names[n], sizeof names[n], "visit-%s", langs[i]);
		list[n].name = names[n];
		list[n++].run = visit;
		snprintf(names[n], sizeof names[n], "spell-%s", langs[i]);
		list[n].name = names[n];
		list[n++].run = spell;
	}
	list[n].name = "spell-mismatch";
	list[n++].run = spell_mismatch;
	if (argc >= 2 && strchr(argv[1], '-') != NULL)
		lang = strchr(argv[1], '-') + 1;
	return scenario_main(argc, argv, list, n);
}
