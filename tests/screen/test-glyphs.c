/*
 * Screen tests of the glyph sets: with TERM=xterm-256color the screens
 * use Unicode symbols; with TERM=linux only what the console's Lat15 font
 * has (Latin-1 and box lines); with TERM=vt100 only ASCII; and the
 * settings file chooses a set over TERM.  Each run goes through a
 * question answered and revisited (check mark, arrows, title), the staff
 * PIN prompt (masked characters) and the idle warning (block digits).
 *
 *   test-glyphs SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "scenario.h"
#include "util/secret.h"

#define WAIT 3000
#define PIN "8642"

struct glyph_case {
	const char *term;      /* TERM=... */
	const char *setting;   /* glyphs = ..., or NULL */
	const char *check, *left, *right, *separator, *mask;
	bool blocks;           /* large digits drawn with U+2588 */
	wchar_t highest;       /* the highest character allowed, or 0 */
};

/* A settings file: staff PIN, a short idle time, glyphs @setting. */
static const char *
glyph_settings(const char *setting)
{
	static char path[300];
	char hash[SECRET_HASH_MAX];
	FILE *f;

	snprintf(path, sizeof path, "%s.conf", scenario_state());
	if (secret_hash(PIN, hash) != 0)
		exit(1);
	f = fopen(path, "w");
	fprintf(f, "[kiosk]\nstaff_pin_hash = %s\nidle_seconds = 2\n"
	    "warning_seconds = 30\n", hash);
	if (setting != NULL)
		fprintf(f, "[display]\nglyphs = %s\n", setting);
	fclose(f);
	return path;
}

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
	const char *args[] = { "--config", glyph_settings(g->setting), "--lang",
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
	VT_CHECK(vt, vt_wait_text(vt, "Are you still there?", 6000), "warning");
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
	VT_CHECK(vt, vt_wait_exit(vt, 10000) == 0, "staff exit");
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

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "unicode", glyphs_unicode },
		{ "linux", glyphs_linux },
		{ "ascii", glyphs_ascii },
		{ "setting", glyphs_setting },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
