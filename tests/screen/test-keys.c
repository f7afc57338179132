/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the keyboard: the Home, End, Insert and Delete
 * sequences of xterm, rxvt, the Linux console and vt100 in the search
 * box, control strings and paste markers on a menu, pasted text, the
 * staff exit where there is no F12, and help that names only keys that
 * work in each mode.  Then the glyph sets: with TERM=xterm-256color the
 * screens use Unicode symbols; with TERM=linux only what the console's
 * Lat15 font has (Latin-1 and box lines); with TERM=vt100 only ASCII; and
 * the settings file chooses a set over TERM.  Each run goes through a
 * question answered and revisited (check mark, arrows, title), the staff
 * PIN prompt (masked characters) and the idle warning (block digits).
 *
 *   test-keys SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "scenario.h"
#include "staff-pin.h"

/* Only a failing test waits this long: the screen is final after every
 * key (vt.h). */
#define WAIT 30000
#define PIN "1357"

/* The whole screen as text, in @buf. */
static void
snapshot(struct vt *vt, char buf[24][160])
{
	for (int r = 0; r < 24; r++)
		snprintf(buf[r], 160, "%s", vt_row(vt, r));
}

/* Whether the screen is still @before; names the first other row. */
static bool
same_screen(struct vt *vt, char before[24][160])
{
	for (int r = 0; r < 24; r++) {
		if (strcmp(before[r], vt_row(vt, r)) != 0) {
			fprintf(stderr, "row %d was \"%s\"\n", r, before[r]);
			return false;
		}
	}
	return true;
}

/* Type a character and erase it again: once it has come and gone, the
 * program has read everything sent before it. */
static void
sync_search(struct vt *vt, const char *box)
{
	char more[64];

	snprintf(more, sizeof more, "%sq", box);
	vt_type(vt, "q");
	VT_CHECK(vt, vt_wait_text(vt, more, WAIT), "the box took \"q\"");
	vt_type(vt, "\177");
	VT_CHECK(vt, vt_wait_gone(vt, more, WAIT), "Backspace took it away");
	vt_sync(vt);
}

/* Home, End, Insert and Delete as each terminal sends them, with and
 * without Shift or Ctrl, in the search box: nothing changes. */
static void
search_keys(void)
{
	static const struct {
		const char *term;
		const char *keys[10];
	} terms[] = {
		{ "TERM=xterm-256color", { "\033[H", "\033[F", "\033OH", "\033OF",
		  "\033[2~", "\033[3~", "\033[1;5H", "\033[3;2~", NULL } },
		{ "TERM=rxvt-unicode", { "\033[7~", "\033[8~", "\033[2~", "\033[3~",
		  "\033[7^", "\033[2$", "\033[3@", NULL } },
		{ "TERM=linux", { "\033[1~", "\033[4~", "\033[2~", "\033[3~",
		  NULL } },
		{ "TERM=vt100", { "\033[1~", "\033[4~", "\033[2~", "\033[3~",
		  "\033OH", "\033OF", NULL } },
	};
	/* Control strings, replies and unknown keys, on any terminal. */
	static const char *const junk[] = {
		"\033]0;title\007", "\033]11;rgb:0000/0000/0000\033\\",
		"\033P1$r0m\033\\", "\033_x\033\\", "\033[?1;2c", "\033[24;80R",
		"\033[99~", "\033[I", "\033[1;5E", "\033[97;5u",
	};

	for (size_t t = 0; t < sizeof terms / sizeof terms[0]; t++) {
		/* See test-skeleton's terminals: gpm under TERM=linux. */
		char *env[] = { (char *)terms[t].term, (char *)
		    "ASAN_OPTIONS=detect_leaks=0", NULL };
		const char *args[] = { "--lang", "en", NULL };
		struct vt *vt = scenario_start(24, 80, args, env);
		char before[24][160];

		VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "%s: menu",
		    terms[t].term);
		vt_type(vt, "/");
		VT_CHECK(vt, vt_wait_text(vt, "Type a few letters", WAIT),
		    "%s: search", terms[t].term);
		vt_type(vt, "bak");
		sync_search(vt, "bak");
		snapshot(vt, before);
		for (int k = 0; terms[t].keys[k] != NULL; k++)
			vt_type(vt, terms[t].keys[k]);
		for (size_t j = 0; j < sizeof junk / sizeof junk[0]; j++)
			vt_type(vt, junk[j]);
		sync_search(vt, "bak");
		VT_CHECK(vt, same_screen(vt, before), "%s: the keys changed "
		    "nothing", terms[t].term);

		/* Pasted text goes into the box, a pasted Enter opens
		 * nothing. */
		vt_type(vt, "\033[200~ery\r\033[201~");
		VT_CHECK(vt, vt_wait_text(vt, "bakery ", WAIT), "%s: pasted",
		    terms[t].term);
		VT_CHECK(vt, vt_has_text(vt, "Type a few letters"),
		    "%s: still searching", terms[t].term);
		vt_type(vt, "\x03");
		VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "%s: ^C quits",
		    terms[t].term);
		vt_free(vt);
	}
}

/* Press Backspace @n times in a field on the screen that says @screen
 * and holds @typed: the field is empty, the screen the same one. */
static void
held_in(struct vt *vt, int n, const char *screen, const char *typed)
{
	for (int i = 0; i < n; i++)
		vt_key(vt, VTERM_KEY_BACKSPACE);
	vt_sync(vt);
	VT_CHECK(vt, vt_has_text(vt, screen) && !vt_has_text(vt, typed) &&
	    !vt_has_text(vt, "Main menu"), "%d x Backspace: still at \"%s\", "
	    "\"%s\" gone", n, screen, typed);
}

/* Held Backspace in the search box and the code prompt: more Backspaces
 * than letters empty the field and stay there, never go back; Esc goes
 * back. */
static void
held_backspace(void)
{
	const char *args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	char before[24][160];

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, "Type a few letters", WAIT), "search");
	vt_type(vt, "electricien");
	VT_CHECK(vt, vt_wait_text(vt, "electricien", WAIT), "typed");
	held_in(vt, 12, "Type a few letters", "electricien");
	snapshot(vt, before);
	held_in(vt, 5, "Type a few letters", "electricien");
	VT_CHECK(vt, same_screen(vt, before), "Backspace on an empty box");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "Esc goes back");
	/* The code prompt (a prompt kit screen, as the PIN and sign-in):
	 * there "?" and "/" are typed. */
	vt_type(vt, "8");
	VT_CHECK(vt, vt_wait_text(vt, "Type the code you were given", WAIT),
	    "code prompt");
	vt_type(vt, "?/");
	VT_CHECK(vt, vt_wait_text(vt, "Code:     ?/", WAIT), "typed, ? and /");
	held_in(vt, 5, "Type the code you were given", "Code:     ?");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "Esc goes back");
	scenario_quit(vt, WAIT);
}

/* On a menu, control strings and pasted digits choose nothing. */
static void
menu_junk(void)
{
	const char *args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	char before[24][160];

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	snapshot(vt, before);
	vt_type(vt, "\033]0;3\007\033P3\033\\\033[200~3\r\033[201~"
	    "\033[3\033O3\033_8\033\\");
	/* F1 opens the help and any key closes it: after that, the junk
	 * has been read. */
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, "Everywhere:", WAIT), "help");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_gone(vt, "Everywhere:", WAIT), "help closed");
	vt_sync(vt);
	VT_CHECK(vt, same_screen(vt, before), "nothing chosen");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Short form", WAIT), "a key chooses");
	scenario_quit(vt, WAIT);
}

/* A settings file with the staff PIN, @idle seconds before the idle
 * warning (0: never) and, unless @glyphs is NULL, a glyph set; its path. */
static const char *
pin_settings(int idle, const char *glyphs)
{
	static char path[300];

	snprintf(path, sizeof path, "%s/keys.conf", scenario_dir());
	return staff_pin_settings(path, PIN, "idle_seconds = %d\n"
	    "warning_seconds = 30\n%s%s%s", idle,
	    glyphs != NULL ? "[display]\nglyphs = " : "",
	    glyphs != NULL ? glyphs : "", glyphs != NULL ? "\n" : "");
}

/* A vt100 has no F12: staff leave with Ctrl+K and the PIN. */
static void
staff_vt100(void)
{
	char *env[] = { (char *)"TERM=vt100", NULL };
	const char *args[] = { "--config", pin_settings(0, NULL), "--lang", "de",
	    "--kiosk", NULL };
	struct vt *vt = scenario_start(24, 80, args, env);

	/* "Hauptmenü" as a vt100 draws it */
	VT_CHECK(vt, vt_wait_text(vt, "Hauptmenue", WAIT), "menu");
	vt_type(vt, "\x03\x1b[24~");
	/* The fence after them is answered: the kiosk read them and went on. */
	VT_CHECK(vt, vt_sync(vt), "still running");
	vt_type(vt, "\x0b");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "PIN:"), WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "the PIN closes the kiosk");
	vt_free(vt);
}

/* Open the help and check which key lines it has: @want each, @unwanted
 * none. */
static void
check_help(struct vt *vt, const char *what, const char *const *want,
    const char *const *unwanted)
{
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, "Everywhere:", WAIT), "%s: help", what);
	for (int i = 0; want[i] != NULL; i++)
		VT_CHECK(vt, vt_has_text(vt, want[i]), "%s: help has \"%s\"",
		    what, want[i]);
	for (int i = 0; unwanted[i] != NULL; i++)
		VT_CHECK(vt, !vt_has_text(vt, unwanted[i]),
		    "%s: help has no \"%s\"", what, unwanted[i]);
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_gone(vt, "Everywhere:", WAIT), "%s: closed", what);
}

/* The kiosk's help names F1, F2, F3 and Esc, which all work, and no quit
 * key, and in the search box not the keys it types ("?", "/") or uses
 * (Backspace); the normal mode's names F10; a vt100's names only Ctrl+C;
 * the French one puts its colon the French way. */
static void
help_keys(void)
{
	const char *kiosk_args[] = { "--config", pin_settings(0, NULL), "--lang", "en",
	    "--kiosk", NULL };
	const char *args[] = { "--lang", "en", NULL };
	const char *fr_args[] = { "--lang", "fr", NULL };
	char want[256];
	const char *const kiosk_want[] = { "F1, ?: shows this help",
	    "F2: changes the language", "F3, /: searches",
	    "Esc, Backspace: goes back one step", NULL };
	const char *const kiosk_unwanted[] = { "F10", "quits", "F12", "Ctrl",
	    NULL };
	/* In the search box "?" and "/" are typed and Backspace deletes. */
	const char *const search_want[] = { "  F1: shows this help",
	    "  F3: searches", "  Esc: goes back one step", NULL };
	const char *const search_unwanted[] = { "?:", "/:", "Backspace:", NULL };
	const char *const normal_want[] = { "F10, Ctrl+C: quits", NULL };
	const char *const vt100_want[] = { "  Ctrl+C: quits", NULL };
	const char *const vt100_unwanted[] = { "F10", NULL };
	const char *const normal_unwanted[] = { "F12", NULL };
	char *vt100[] = { (char *)"TERM=vt100", NULL };
	struct vt *vt = scenario_start(24, 80, kiosk_args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "kiosk menu");
	check_help(vt, "kiosk", kiosk_want, kiosk_unwanted);
	/* Every key the help names does what it says. */
	vt_type(vt, "?");
	VT_CHECK(vt, vt_wait_text(vt, "Everywhere:", WAIT), "? helps");
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_gone(vt, "Everywhere:", WAIT), "closed");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "F2: languages");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "Esc: back");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "F2 again");
	vt_type(vt, "\177");
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "Backspace: back");
	vt_key(vt, VTERM_KEY_FUNCTION(3));
	VT_CHECK(vt, vt_wait_text(vt, "Type a few letters", WAIT), "F3: search");
	check_help(vt, "kiosk search", search_want, search_unwanted);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "Esc: back");
	vt_type(vt, "/");
	VT_CHECK(vt, vt_wait_text(vt, "Type a few letters", WAIT), "/: search");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "back again");
	VT_CHECK(vt, !vt_has_text(vt, "F10") && !vt_has_text(vt, "Quit"),
	    "no quit key in the footer");
	vt_key(vt, VTERM_KEY_FUNCTION(12));
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "staff exit");
	vt_free(vt);

	vt = scenario_start(24, 80, args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	check_help(vt, "normal", normal_want, normal_unwanted);
	VT_CHECK(vt, vt_has_text(vt, "F10 Quit"), "F10 in the footer");
	scenario_quit(vt, WAIT);

	vt = scenario_start(24, 80, args, vt100);
	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "vt100 menu");
	check_help(vt, "vt100", vt100_want, vt100_unwanted);
	VT_CHECK(vt, vt_has_text(vt, "Ctrl+C Quit") && !vt_has_text(vt, "F10"),
	    "the footer names the key a vt100 has");
	vt_type(vt, "\x03");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "^C quits");
	vt_free(vt);

	/* Each key line with the language's colon (French " : "). */
	vt = scenario_start(24, 80, fr_args, NULL);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT), "fr menu");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	snprintf(want, sizeof want, tr("fr", "%s: %s"), "F1, ?",
	    tr("fr", "shows this help"));
	VT_CHECK(vt, vt_wait_text(vt, want, WAIT), "fr help: \"%s\"", want);
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_gone(vt, want, WAIT), "fr help closed");
	scenario_quit(vt, WAIT);
}

/* ---------------------------------------------------------- glyph sets */

struct glyph_case {
	const char *term;      /* TERM=... */
	const char *setting;   /* glyphs = ..., or NULL */
	const char *check, *left, *right, *separator, *mask;
	bool blocks;           /* large digits drawn with U+2588 */
	wchar_t highest;       /* the highest character allowed, or 0 */
};

/* Whether every cell on screen is at most @highest, or a box line when
 * @lines. */
static bool
screen_within(struct vt *vt, wchar_t highest, bool lines)
{
	for (int r = 0; r < 24; r++) {
		for (int c = 0; c < 80; c++) {
			VTermScreenCell cell;
			uint32_t ch;

			vt_cell(vt, r, c, &cell);
			ch = cell.chars[0];
			if (ch <= (uint32_t)highest ||
			    (lines && ch >= 0x2500 && ch <= 0x257f))
				continue;
			fprintf(stderr, "U+%04X at %d,%d\n", (unsigned)ch, r, c);
			return false;
		}
	}
	return true;
}

/* Count the cells holding U+2588 and the reverse-video blanks. */
static void
count_blocks(struct vt *vt, int *full, int *reverse)
{
	*full = *reverse = 0;
	for (int r = 1; r < 22; r++) {
		for (int c = 0; c < 80; c++) {
			VTermScreenCell cell;

			vt_cell(vt, r, c, &cell);
			if (cell.chars[0] == 0x2588)
				(*full)++;
			else if (cell.attrs.reverse && (cell.chars[0] == ' ' ||
			    cell.chars[0] == 0))
				(*reverse)++;
		}
	}
}

static void
run_case(const struct glyph_case *g)
{
	const char *args[] = { "--config", pin_settings(5, g->setting), "--lang",
	    "en", "--kiosk", NULL };
	char *env[] = { (char *)g->term, (char *)"ASAN_OPTIONS=detect_leaks=0",
	    NULL };
	struct vt *vt = scenario_start(24, 80, args, env);
	char want[128];
	int row, full, reverse;

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	snprintf(want, sizeof want, "Guidance Centre %s Main menu", g->separator);
	VT_CHECK(vt, vt_has_text(vt, want), "title with \"%s\"", g->separator);
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Short form", WAIT), "intro");
	vt_type(vt, "1");
	VT_CHECK(vt, vt_wait_text(vt, "Question 1 of 30", WAIT), "question 1");
	vt_type(vt, "5");
	VT_CHECK(vt, vt_wait_text(vt, "Question 2 of 30", WAIT), "question 2");
	vt_key(vt, VTERM_KEY_LEFT);
	VT_CHECK(vt, vt_wait_text(vt, "Question 1 of 30", WAIT), "back to 1");
	snprintf(want, sizeof want, "Strongly like  %s", g->check);
	VT_CHECK(vt, vt_has_text(vt, want), "answer marked with \"%s\"",
	    g->check);
	snprintf(want, sizeof want, "%s Previous", g->left);
	VT_CHECK(vt, vt_has_text(vt, want), "\"%s\"", want);
	snprintf(want, sizeof want, "Skip %s", g->right);
	VT_CHECK(vt, vt_has_text(vt, want), "\"%s\"", want);
	if (g->highest != 0)
		VT_CHECK(vt, screen_within(vt, g->highest, true),
		    "only symbols the font has");

	/* F12 where there is one, Ctrl+K everywhere. */
	vt_type(vt, "\x0b");
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt");
	vt_type(vt, "12");
	snprintf(want, sizeof want, "%s%s", g->mask, g->mask);
	VT_CHECK(vt, vt_wait_text(vt, want, WAIT) &&
	    vt_find_row(vt, want) == vt_find_row(vt, "PIN:"),
	    "masked with \"%s\"", g->mask);
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_gone(vt, "PIN:", WAIT), "prompt closed");

	/* The idle warning counts down in large digits. */
	/* A timer: waited for by its text, with a long deadline. */
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 60000), "warning");
	count_blocks(vt, &full, &reverse);
	VT_CHECK(vt, g->blocks ? full > 10 : full == 0 && reverse > 10,
	    "large digits: %d full blocks, %d reverse blanks", full, reverse);
	if (g->highest != 0)
		VT_CHECK(vt, screen_within(vt, g->highest, true),
		    "only symbols the font has, in the warning");
	vt_type(vt, " ");
	VT_CHECK(vt, vt_wait_gone(vt, "Are you still there?", WAIT), "went on");
	row = vt_find_row(vt, "Question 1 of 30");
	VT_CHECK(vt, row >= 0, "the question is back");
	vt_type(vt, "\x0b");
	VT_CHECK(vt, vt_wait_text(vt, "PIN:", WAIT), "PIN prompt again");
	vt_type(vt, PIN "\r");
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "staff exit");
	vt_free(vt);
}

static void
glyphs_unicode(void)
{
	run_case(&(struct glyph_case){ "TERM=xterm-256color", NULL, "✓", "←",
	    "→", "·", "•", true, 0 });
}

static void
glyphs_linux(void)
{
	run_case(&(struct glyph_case){ "TERM=linux", NULL, "*", "«", "»", "·",
	    "*", false, 0xff });
}

static void
glyphs_ascii(void)
{
	run_case(&(struct glyph_case){ "TERM=vt100", NULL, "*", "<", ">", "-",
	    "*", false, 0x7e });
}

/* The settings file wins over TERM. */
static void
glyphs_setting(void)
{
	run_case(&(struct glyph_case){ "TERM=xterm-256color", "ascii", "*", "<",
	    ">", "-", "*", false, 0x7e });
	run_case(&(struct glyph_case){ "TERM=vt100", "unicode", "✓", "←", "→",
	    "·", "•", true, 0 });
}

/* Open the about screen in @lang on @term and check that the menu and the
 * about text hold no character above @highest, and that @menu_word and
 * @about_word (as the set spells them) are drawn. */
static void
translated_case(const char *term, const char *lang, wchar_t highest,
    const char *menu_word, const char *about_word)
{
	const char *args[] = { "--lang", lang, NULL };
	char *env[] = { (char *)term, NULL };
	struct vt *vt = scenario_start(24, 80, args, env);

	VT_CHECK(vt, vt_wait_text(vt, menu_word, WAIT), "%s %s: \"%s\"", term,
	    lang, menu_word);
	VT_CHECK(vt, screen_within(vt, highest, true), "%s %s: menu within U+%04X",
	    term, lang, (unsigned)highest);
	vt_type(vt, "9");
	VT_CHECK(vt, vt_wait_text(vt, about_word, WAIT), "%s %s: \"%s\"", term,
	    lang, about_word);
	VT_CHECK(vt, screen_within(vt, highest, true),
	    "%s %s: about within U+%04X", term, lang, (unsigned)highest);
	vt_free(vt);
}

/* Translated words reach every set: on a vt100 French loses its accents
 * (and keeps the no-break space before ":" and ";" as a space that never
 * starts a line), German writes umlauts as "ae", "oe", "ue"; on the Linux
 * console "…", arrows and German quotes become what Latin-1 has. */
static void
glyphs_translated(void)
{
	translated_case("TERM=vt100", "fr", 0x7e, "Evaluer mes competences",
	    "A propos de cette borne");
	translated_case("TERM=vt100", "de", 0x7e, "Faehigkeiten",
	    "Ueber dieses Info-Terminal");
	translated_case("TERM=vt100", "pt", 0x7e, "Portugues",
	    "Sobre este quiosque");
	translated_case("TERM=linux", "de", 0xff, "Fähigkeiten",
	    "Über dieses Info-Terminal");
	translated_case("TERM=linux", "lb", 0xff, "Lëtzebuergesch",
	    "Iwwer dëse Kiosk");
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "search-keys", search_keys },
		{ "held-backspace", held_backspace },
		{ "menu-junk", menu_junk },
		{ "staff-vt100", staff_vt100 },
		{ "help-keys", help_keys },
		{ "glyphs-unicode", glyphs_unicode },
		{ "glyphs-linux", glyphs_linux },
		{ "glyphs-ascii", glyphs_ascii },
		{ "glyphs-setting", glyphs_setting },
		{ "glyphs-translated", glyphs_translated },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
