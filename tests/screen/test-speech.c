/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the frame's speech: the speech key on every terminal,
 * the title and the screen said when it opens, the help, repeat, stop,
 * read-all, speed and volume, typed characters said only while speech is
 * on, the idle warning said and the wipe stopping speech, and speech on
 * from the settings file.  The program speaks through the "record" engine
 * into the harness's pipe (vt_spoken); what each screen says is the
 * speech-screens tests' matter.
 *
 *   test-speech SCENARIO
 */
#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scenario.h"

#define WAIT 30000

/* The speech key as each terminal sends it: xterm and vt100 send SS3 S
 * (PF4 on a vt100), the Linux console CSI [ D. */
#define F4_SS3 "\033OS"
#define F4_LINUX "\033[[D"
#define CTRL(c) ((char[]){ (char)((c) & 0x1f), '\0' })

static const char *last;   /* what vt_spoken gave last, for messages */

/* What was said since the last call. */
static const char *
said(struct vt *vt)
{
	last = vt_spoken(vt);
	return last;
}

/* Whether @text holds "@lang<TAB>@piece" as one whole piece of a request:
 * the first piece of a "say" line if @first, else any piece. */
static bool
holds(const char *text, const char *lang, const char *piece, bool first)
{
	char want[512];

	snprintf(want, sizeof want, "%s%s\t%s", first ? "say " : "", lang,
	    piece);
	for (const char *p = text; (p = strstr(p, want)) != NULL; p++) {
		char end = p[strlen(want)];
		bool start = first ? p == text || p[-1] == '\n' :
		    p > text && (p[-1] == '\t' || p[-1] == ' ');

		if (start && (end == '\t' || end == '\n'))
			return true;
	}
	return false;
}

/* Whether @text holds a "say" request whose first piece is @first. */
static bool
says_first(const char *text, const char *lang, const char *first)
{
	return holds(text, lang, first, true);
}

/* Whether @text holds @piece as one whole piece of a request. */
static bool
has_piece(const char *text, const char *lang, const char *piece)
{
	return holds(text, lang, piece, false);
}

/* The plural @one/@many for @n in @lang, as the program says it. */
static const char *
trn(const char *lang, const char *one, const char *many, unsigned long n)
{
	tr(lang, one);   /* binds the catalog and sets the language */
	return ngettext(one, many, n);
}

/* Start in @lang with speech on at start if @on, on @term. */
static struct vt *
start(const char *lang, bool on, const char *term, const char *more)
{
	const char *args[] = { "--config", scenario_speech_settings(on, more),
	    lang != NULL ? "--lang" : NULL, lang, NULL };
	char termvar[64];
	/* See test-skeleton's terminals: gpm's 10 bytes under TERM=linux. */
	char *env[] = { termvar, strcmp(term, "linux") == 0 ?
	    (char *)"ASAN_OPTIONS=detect_leaks=0" : NULL, NULL };
	struct vt *vt;

	snprintf(termvar, sizeof termvar, "TERM=%s", term);
	vt = scenario_start_speech(24, 80, args, env);
	VT_CHECK(vt, vt_first_frame(vt), "first frame");
	return vt;
}

/* F4 on @term turns speech on (the menu is said, after "Speech on.")
 * and off again ("Speech off.", then nothing). */
static void
toggle(const char *term, const char *f4)
{
	struct vt *vt = start("en", false, term, NULL);

	VT_CHECK(vt, strcmp(said(vt), "") == 0, "nothing said with speech off: %s",
	    last);
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "a move says nothing: %s", last);
	VT_CHECK(vt, strstr(vt_row(vt, 23), "F4") == NULL, "no F4 in the normal "
	    "footer (no room in every language)");
	vt_type(vt, f4);
	said(vt);
	VT_CHECK(vt, says_first(last, "en", "Speech on.") &&
	    has_piece(last, "en", "Main menu"), "F4 on %s: speech on, then the "
	    "menu's title: %s", term, last);
	vt_type(vt, f4);
	VT_CHECK(vt, says_first(said(vt), "en", "Speech off."),
	    "F4 again: speech off: %s", last);
	vt_key(vt, VTERM_KEY_UP);
	vt_type(vt, CTRL('R'));
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "off: moves and Ctrl+R say "
	    "nothing: %s", last);
	scenario_quit(vt, WAIT);
}

static void
toggle_xterm(void)
{
	toggle("xterm-256color", F4_SS3);
}

static void
toggle_vt100(void)
{
	toggle("vt100", F4_SS3);
}

static void
toggle_linux(void)
{
	toggle("linux", F4_LINUX);
}

/* Speech on from the settings file, in German: the first screen is said
 * with the German voice, and a new screen interrupts with its title. */
static void
setting_de(void)
{
	struct vt *vt = start("de", true, "xterm-256color", NULL);

	said(vt);
	VT_CHECK(vt, strstr(last, "rate 175\n") != NULL &&
	    strstr(last, "volume 100\n") != NULL, "the engine gets the "
	    "settings' rate and volume: %s", last);
	VT_CHECK(vt, says_first(last, "de", tr("de", "Main menu")),
	    "the menu's title said in German first: %s", last);
	VT_CHECK(vt, strstr(last, "Speech on.") == NULL &&
	    strstr(last, tr("de", "Speech on.")) == NULL, "no 'speech on' "
	    "when the setting starts it: %s", last);
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, says_first(said(vt), "de", tr("de", "Search")),
	    "the search screen's title: %s", last);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, says_first(said(vt), "de", tr("de", "Main menu")),
	    "back: the menu again: %s", last);
	scenario_quit(vt, WAIT);
}

/* Repeat, stop, read-all, speed and volume, in French. */
static void
keys_fr(void)
{
	struct vt *vt = start("fr", true, "xterm-256color", NULL);
	char menu[512], line[64];
	const char *end;

	said(vt);
	VT_CHECK(vt, says_first(last, "fr", tr("fr", "Main menu")), "menu: %s",
	    last);
	/* The whole request line, to compare the repeat with. */
	end = strchr(strstr(last, "say fr\t"), '\n');
	snprintf(menu, sizeof menu, "%.*s", (int)(end - strstr(last, "say fr\t")
	    + 1), strstr(last, "say fr\t"));
	vt_type(vt, CTRL('R'));
	VT_CHECK(vt, strcmp(said(vt), menu) == 0, "Ctrl+R says the same "
	    "again:\n%s\nnot\n%s", menu, last);
	vt_type(vt, CTRL('X'));
	VT_CHECK(vt, strcmp(said(vt), "stop\n") == 0, "Ctrl+X stops: %s", last);
	vt_type(vt, CTRL('W'));
	VT_CHECK(vt, strcmp(said(vt), menu) == 0, "Ctrl+W reads the whole "
	    "screen: %s", last);
	vt_type(vt, CTRL('F'));
	snprintf(line, sizeof line, trn("fr", "Speed: %d word per minute",
	    "Speed: %d words per minute", 200), 200);
	said(vt);
	VT_CHECK(vt, strncmp(last, "rate 200\n", 9) == 0 &&
	    says_first(last, "fr", line), "Ctrl+F: faster, said: %s", last);
	vt_type(vt, CTRL('D'));
	vt_type(vt, CTRL('D'));
	VT_CHECK(vt, strncmp(said(vt), "rate 175\n", 9) == 0 &&
	    strstr(last, "rate 150\n") != NULL, "Ctrl+D twice: slower: %s", last);
	vt_type(vt, CTRL('P'));
	snprintf(line, sizeof line, trn("fr", "Volume: %d percent",
	    "Volume: %d percent", 110), 110);
	said(vt);
	VT_CHECK(vt, strncmp(last, "volume 110\n", 11) == 0 &&
	    says_first(last, "fr", line), "Ctrl+P: louder: %s", last);
	vt_type(vt, CTRL('O'));
	VT_CHECK(vt, strncmp(said(vt), "volume 100\n", 11) == 0,
	    "Ctrl+O: softer: %s", last);
	/* Within range: twelve steps up end at the engine's fastest. */
	vt_hold(vt, true);
	for (int i = 0; i < 12; i++)
		vt_type(vt, CTRL('F'));
	vt_hold(vt, false);
	vt_sync(vt);
	VT_CHECK(vt, strstr(said(vt), "rate 450\n") != NULL &&
	    strstr(last, "rate 475") == NULL, "the rate stops at 450: %s", last);
	scenario_quit(vt, WAIT);
}

/* The help names the speech keys only while speech is on, and is said. */
static void
help(void)
{
	struct vt *vt = start("en", false, "xterm-256color", NULL);

	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, "F4:") && !vt_has_text(vt, "Ctrl+R") &&
	    !vt_has_text(vt, "Ctrl+W"), "speech off: F4 in the help, the other "
	    "speech keys not");
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "the help is not said with "
	    "speech off: %s", last);
	vt_key(vt, VTERM_KEY_FUNCTION(4));   /* over the help: speech on */
	vt_key(vt, VTERM_KEY_ESCAPE);        /* closes the help */
	said(vt);
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, "Ctrl+R: says it again") &&
	    vt_has_text(vt, "Ctrl+P: speaks louder") &&
	    vt_has_text(vt, "F10, Ctrl+C: quits"), "speech on: the speech "
	    "keys in the help, and all of it fits");
	said(vt);
	VT_CHECK(vt, says_first(last, "en", "Help") &&
	    has_piece(last, "en", "Ctrl+X: stops speaking"), "the help is said: "
	    "%s", last);
	vt_key(vt, VTERM_KEY_ESCAPE);   /* any key closes the help */
	scenario_quit(vt, WAIT);
}

/*
 * With speech on, the help of the matches in German (a long help, four
 * lines of speech keys) fits at 80x24 to its last line, the one about
 * tapping the footer, and so does the questionnaire's in French.
 */
static void
help_fits_de_fr(void)
{
	static const char tap[] = "You can also click or tap the keys in the "
	    "bottom line.";
	struct vt *vt = start("de", true, "xterm-256color", NULL);

	vt_click(vt, vt_find_row(vt, tr("de", "Occupations that fit me")), 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Fit with your interests (0 to "
	    "100)"), WAIT), "matches");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, "Strg+P: ") && vt_has_text(vt, "F10, "),
	    "the help, with the speech keys");
	VT_CHECK(vt, vt_has_text(vt, head_of(tr("de", tap), 30)), "the help's "
	    "last line in German");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Choisissez votre langue", WAIT), "F2");
	vt_type(vt, "2");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_click(vt, vt_find_row(vt, tr("fr", "Discover my interests")), 10);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Not sure"), WAIT),
	    "a question");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_has_text(vt, head_of(tr("fr", tap), 30)), "the help's "
	    "last line in French");
	vt_key(vt, VTERM_KEY_ESCAPE);   /* closes the help */
	scenario_quit(vt, WAIT);
}

/* Typed characters are said as typed, only while speech is on; in
 * Portuguese, a space is said as a word. */
static void
typed_pt(void)
{
	struct vt *vt = start("pt", false, "xterm-256color", NULL);

	vt_key(vt, VTERM_KEY_FUNCTION(3));
	vt_type(vt, "ab");
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "speech off: typing says "
	    "nothing: %s", last);
	vt_key(vt, VTERM_KEY_FUNCTION(4));
	VT_CHECK(vt, has_piece(said(vt), "pt", tr("pt", "Search")),
	    "speech on: the search screen: %s", last);
	vt_type(vt, "ç");
	VT_CHECK(vt, says_first(said(vt), "pt", "ç"), "ç said as typed: %s",
	    last);
	vt_type(vt, " ");
	VT_CHECK(vt, says_first(said(vt), "pt", tr("pt", "space")),
	    "a space said as a word: %s", last);
	VT_CHECK(vt, vt_has_text(vt, "abç"), "the box has what was typed");
	vt_key(vt, VTERM_KEY_FUNCTION(4));
	said(vt);
	vt_type(vt, "x");
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "speech off again: typing "
	    "says nothing: %s", last);
	scenario_quit(vt, WAIT);
}

/*
 * The idle warning is said; a key answers it and the screen is said
 * again; then, left alone, the wipe stops speech and forgets, and the
 * next visitor starts as the settings say (speech off, speed and volume
 * back).
 */
static void
idle_wipe(void)
{
	struct vt *vt = start("en", false, "xterm-256color",
	    "[kiosk]\nidle_seconds = 3\nwarning_seconds = 4\n");

	vt_key(vt, VTERM_KEY_FUNCTION(4));
	vt_type(vt, CTRL('F'));   /* this visitor's speed: 200 */
	vt_type(vt, CTRL('O'));   /* and volume: 90 */
	said(vt);
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 60000),
	    "the warning comes");
	VT_CHECK(vt, says_first(said(vt), "en", "Are you still there?") &&
	    strstr(last, "deleted in") != NULL, "the warning is said: %s",
	    last);
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_has_text(vt, "Main menu"), "a key answers");
	VT_CHECK(vt, says_first(said(vt), "en", "Main menu"),
	    "the screen is said again: %s", last);
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 60000),
	    "the warning again");
	said(vt);
	VT_CHECK(vt, vt_wait_text(vt, "Choose your language", 60000),
	    "the wipe");
	VT_CHECK(vt, strcmp(said(vt), "stop\nrate 175\nvolume 100\n") == 0,
	    "the wipe stops speech, puts speed and volume back as the settings "
	    "say, and says nothing more (speech is off by the setting): %s",
	    last);
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, strcmp(said(vt), "") == 0, "the next visitor hears "
	    "nothing until F4: %s", last);
	scenario_quit(vt, WAIT);
}

/*
 * A kiosk started in French (--lang fr) with speech on goes back to French
 * at the wipe: the language screen that follows is shown and said in the
 * language the kiosk started in, its title and the place of the focused
 * language too, not in the environment's English; the focus is on
 * Français, the second of the list ("2 sur 7").
 */
static void
idle_wipe_lang_fr(void)
{
	struct vt *vt = start("fr", true, "xterm-256color",
	    "[kiosk]\nidle_seconds = 3\nwarning_seconds = 3\n");

	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Are you still there?"), 60000),
	    "the warning comes");
	said(vt);
	/* The prompt in Luxembourgish is on the language screen in any
	 * language. */
	VT_CHECK(vt, vt_wait_text(vt, "Wielt Är Sprooch", 60000), "the wipe");
	VT_CHECK(vt, strstr(vt_row(vt, 0), tr("fr", "Language")) != NULL,
	    "the title in French: [%s]", vt_row(vt, 0));
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "Display: standard colours")),
	    "the display row in French");
	said(vt);
	VT_CHECK(vt, says_first(last, "fr", tr("fr", "Language")),
	    "the title said in French: %s", last);
	VT_CHECK(vt, has_piece(last, "fr", "Français, 2 sur 7") &&
	    strstr(last, "2 of 7") == NULL, "the place said in French: %s",
	    last);
	scenario_quit(vt, WAIT);
}

/* The start screen names the speech key in every language. */
static void
start_screen(void)
{
	struct vt *vt = start(NULL, false, "xterm-256color", NULL);
	const char *langs[] = { "nl", "fr", "de", "en", "pt", "lb" };
	int row = vt_find_row(vt, "F4:");
	char text[1024];

	VT_CHECK(vt, row >= 0, "F4 is named on the start screen");
	snprintf(text, sizeof text, "%s", vt_row(vt, row));
	/* The second row goes on after a space in column 0. */
	snprintf(text + strlen(text), sizeof text - strlen(text), "%s",
	    vt_row(vt, row + 1));
	for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
		VT_CHECK(vt, strstr(text, tr(langs[i], "read aloud")) != NULL,
		    "'read aloud' in %s: %s", langs[i], text);
	scenario_quit(vt, WAIT);
}

/* After each move the focused item is said, interrupting (a "say"
 * request), with the main menu's own words in @lang. */
static void
focus(const char *lang)
{
	struct vt *vt = start(lang, true, "xterm-256color", NULL);
	const char *second = tr(lang, "Assess my skills");
	char want[256];

	said(vt);
	vt_key(vt, VTERM_KEY_DOWN);
	snprintf(want, sizeof want, "say %s\t%s", lang, second);
	VT_CHECK(vt, strncmp(said(vt), want, strlen(want)) == 0 &&
	    strchr(last, '\n') == last + strlen(last) - 1, "Down says the "
	    "second item, one request: %s", last);
	vt_key(vt, VTERM_KEY_DOWN);
	snprintf(want, sizeof want, "say %s\t%s", lang,
	    tr(lang, "Occupations that fit me"));
	VT_CHECK(vt, strncmp(said(vt), want, strlen(want)) == 0, "Down says "
	    "the third item: %s", last);
	vt_key(vt, VTERM_KEY_UP);
	snprintf(want, sizeof want, "say %s\t%s", lang, second);
	VT_CHECK(vt, strncmp(said(vt), want, strlen(want)) == 0, "Up says the "
	    "second item again: %s", last);
	scenario_quit(vt, WAIT);
}

static void
focus_en(void)
{
	focus("en");
}

static void
focus_de(void)
{
	focus("de");
}

/* A message on the status line is said after the screen, in Dutch; the
 * code typed is said only as typed, never again. */
static void
message_nl(void)
{
	struct vt *vt = start("nl", true, "xterm-256color", NULL);
	char want[512];

	vt_type(vt, "8");   /* Delete my results (with my code) */
	said(vt);
	vt_type(vt, "Q");
	VT_CHECK(vt, says_first(said(vt), "nl", "Q"), "Q said as typed: %s",
	    last);
	vt_type(vt, "7");
	said(vt);
	vt_key(vt, VTERM_KEY_ENTER);
	snprintf(want, sizeof want, "queue nl\t%s\n", tr("nl", "A code has 8 "
	    "letters and digits, for example ABCD-1234."));
	said(vt);
	VT_CHECK(vt, strstr(last, want) != NULL, "the message is said after "
	    "the screen: %s", last);
	VT_CHECK(vt, strstr(last, "Q7") == NULL && strstr(last, "Q 7") == NULL,
	    "the code typed is not said again: %s", last);
	vt_key(vt, VTERM_KEY_ESCAPE);
	scenario_quit(vt, WAIT);
}

/* The kiosk's footer names the speech key (a vt100's PF4), in
 * Luxembourgish; the normal footer has no room for it in every language,
 * and F4 works there all the same (toggle). */
static void
footer_kiosk(void)
{
	const char *args[] = { "--config", scenario_speech_settings(false, NULL),
	    "--kiosk", "--lang", "lb", NULL };
	char *env[] = { (char *)"TERM=vt100", NULL };
	struct vt *vt = scenario_start_speech(24, 80, args, env);
	char want[64];

	VT_CHECK(vt, vt_first_frame(vt), "first frame");
	snprintf(want, sizeof want, "F4 %s", tr("lb", "Speech"));
	VT_CHECK(vt, strstr(vt_row(vt, 23), want) != NULL, "'%s' in the kiosk "
	    "footer", want);
	vt_type(vt, F4_SS3);
	VT_CHECK(vt, says_first(said(vt), "lb", tr("lb", "Speech on.")),
	    "PF4 turns speech on, said in Luxembourgish: %s", last);
	vt_free(vt);
}

/*
 * The real engine (espeak-ng through its module) on ALSA's "null" device,
 * which takes the sound and discards it: speech on from the settings,
 * keys keep working while it speaks, nothing of the audio libraries
 * reaches the screen.  SKIP where the engine or the device cannot start
 * (the message line says so).
 */
static void
espeak_null(void)
{
	const char *args[] = { "--config", NULL, "--lang", "fr", NULL };
	struct vt *vt;
	FILE *f;
	char conf[320];

	snprintf(conf, sizeof conf, "%s.espeak.conf", scenario_state());
	if ((f = fopen(conf, "w")) == NULL)
		exit(1);
	fprintf(f, "[speech]\nenabled = true\nengine = espeak\noutput = null\n");
	fclose(f);
	args[1] = conf;
	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "menu");
	if (vt_has_text(vt, head_of(tr("fr", "Speech is not available on this "
	    "terminal. Please ask at the desk."), 30))) {
		fprintf(stderr, "SKIP: espeak-ng cannot open ALSA's null device\n");
		vt_free(vt);
		exit(VT_SKIP);
	}
	/* espeak-ng's thread prints "error: ..." on stderr when an audio
	 * write fails (often here, with sentences cut short): stderr is
	 * not the screen while the engine runs. */
	{
		char link[64], target[64] = "";
		ssize_t len;

		snprintf(link, sizeof link, "/proc/%ld/fd/2", (long)vt_pid(vt));
		len = readlink(link, target, sizeof target - 1);
		if (len > 0)
			target[len] = '\0';
		VT_CHECK(vt, strcmp(target, "/dev/null") == 0,
		    "stderr is /dev/null while espeak-ng runs, not %s", target);
	}
	/* Long speech (the whole screen, again and again) while keys come. */
	for (int i = 0; i < 5; i++) {
		vt_type(vt, CTRL('W'));
		vt_key(vt, VTERM_KEY_FUNCTION(3));
		VT_CHECK(vt, vt_has_text(vt, tr("fr", "Search")), "F3 while "
		    "speaking");
		vt_type(vt, "électricien");
		vt_key(vt, VTERM_KEY_ESCAPE);
		VT_CHECK(vt, vt_has_text(vt, tr("fr", "Main menu")), "Esc while "
		    "speaking");
	}
	VT_CHECK(vt, !vt_has_text(vt, "ALSA") && !vt_has_text(vt, "error") &&
	    !vt_has_text(vt, "rror:"), "nothing of the audio libraries on the "
	    "screen");
	vt_key(vt, VTERM_KEY_FUNCTION(4));
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "Main menu")), "speech off");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario list[] = {
		{ "toggle-xterm", toggle_xterm },
		{ "toggle-vt100", toggle_vt100 },
		{ "toggle-linux", toggle_linux },
		{ "setting-de", setting_de },
		{ "keys-fr", keys_fr },
		{ "help", help },
		{ "help-fits-de-fr", help_fits_de_fr },
		{ "typed-pt", typed_pt },
		{ "idle-wipe", idle_wipe },
		{ "idle-wipe-lang-fr", idle_wipe_lang_fr },
		{ "start-screen", start_screen },
		{ "espeak-null", espeak_null },
		{ "footer-kiosk", footer_kiosk },
		{ "message-nl", message_nl },
		{ "focus-en", focus_en },
		{ "focus-de", focus_de },
	};

	return scenario_main(argc, argv, list, sizeof list / sizeof list[0]);
}
