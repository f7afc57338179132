/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the terminal input decoder: the keys of xterm, rxvt, the
 * Linux console, screen/tmux and vt100; control strings and unknown
 * sequences dropped whole; bracketed paste; mouse reports; UTF-8; and
 * every case split in two at every byte, as if it came in two reads.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "core/keyseq.h"

#define FENCE_CODE 4242
#define MAX_EVENTS 64

struct expect_case {
	const char *name;
	const char *bytes;
	const char *events;   /* the decoded events written out, see show() */
};

/* Write @ev as text: K<n> a key, C<c> a character, P<c> pasted,
 * M<y>,<x> a click, D<n> a defined sequence. */
static void
show(const struct keyseq_event *ev, char *out, size_t size)
{
	size_t n = strlen(out);

	switch (ev->kind) {
	case KEYSEQ_KEY:
		snprintf(out + n, size - n, "K%d ", ev->key);
		break;
	case KEYSEQ_CHAR:
		snprintf(out + n, size - n, "C%lc ", (wint_t)ev->ch);
		break;
	case KEYSEQ_PASTE:
		snprintf(out + n, size - n, "P%lc ", (wint_t)ev->ch);
		break;
	case KEYSEQ_CLICK:
		snprintf(out + n, size - n, "M%d,%d ", ev->y, ev->x);
		break;
	case KEYSEQ_DEFINED:
		snprintf(out + n, size - n, "D%d ", ev->key);
		break;
	}
}

/* Decoder with the test's defined sequences. */
static void
start(struct keyseq *d)
{
	keyseq_init(d);
	assert_true(keyseq_define(d, "\033_orientation-fence\033\\", FENCE_CODE));
	assert_true(keyseq_define(d, "\033[999;1z", FENCE_CODE + 1));
}

/* Feed @len bytes of @s to @d, appending the events to @out. */
static void
feed(struct keyseq *d, const char *s, size_t len, char *out, size_t size)
{
	struct keyseq_event ev;

	for (size_t i = 0; i < len; i++) {
		if (keyseq_byte(d, (unsigned char)s[i], &ev))
			show(&ev, out, size);
		while (keyseq_more(d, &ev))
			show(&ev, out, size);
	}
}

/* Decode @s in two reads cut at @cut, then let input pause. */
static void
decode_split(const char *s, size_t cut, char *out, size_t size)
{
	struct keyseq d;
	struct keyseq_event ev;

	start(&d);
	out[0] = '\0';
	feed(&d, s, cut, out, size);
	feed(&d, s + cut, strlen(s) - cut, out, size);
	if (keyseq_timeout(&d, &ev))
		show(&ev, out, size);
}

/* A key by its enum keyseq_key value. */
#define K(k) "K" #k " "

static const struct expect_case cases[] = {
	/* xterm, normal and application cursor mode */
	{ "xterm up", "\033[A", K(2) },
	{ "xterm arrows", "\033[B\033[C\033[D", K(3) K(5) K(4) },
	{ "xterm app arrows", "\033OA\033OB\033OC\033OD", K(2) K(3) K(5) K(4) },
	{ "xterm home end", "\033[H\033[F\033OH\033OF", K(6) K(7) K(6) K(7) },
	{ "xterm ins del", "\033[2~\033[3~", K(8) K(9) },
	{ "xterm pages", "\033[5~\033[6~", K(10) K(11) },
	{ "xterm F1-F4", "\033OP\033OQ\033OR\033OS", K(33) K(34) K(35) K(36) },
	{ "xterm F5-F12", "\033[15~\033[17~\033[21~\033[23~\033[24~",
	  K(37) K(38) K(42) K(43) K(44) },
	{ "xterm modified", "\033[1;5A\033[3;5~\033[1;2P\033[1;2R\033[1;5H",
	  K(2) K(9) K(33) K(35) K(6) },
	{ "back tab", "\033[Z", K(12) },
	/* rxvt */
	{ "rxvt home end", "\033[7~\033[8~", K(6) K(7) },
	{ "rxvt F1 F5", "\033[11~\033[15~", K(33) K(37) },
	{ "rxvt shift ctrl", "\033[2$\033[3^\033[5@\033[a\033Ob", K(8) K(9)
	  K(10) K(2) K(3) },
	{ "esc then up", "\033\033[A", K(1) K(2) },
	/* the Linux console and screen/tmux */
	{ "linux home end", "\033[1~\033[4~", K(6) K(7) },
	{ "linux F1 F5", "\033[[A\033[[B\033[[E", K(33) K(34) K(37) },
	{ "linux bad F", "\033[[Zx", "Cx " },
	/* vt100: PF1-PF4, keypad in application mode */
	{ "vt100 PF", "\033OP\033OS", K(33) K(36) },
	{ "vt100 keypad", "\033Op\033Oy\033Om\033OM", "C0 C9 C- " K(13) },
	/* Esc alone, Esc and a key in one burst, Meta+key */
	{ "lone esc", "\033", K(1) },
	{ "esc letter", "\033a", K(1) "Ca " },
	{ "esc letter then text", "\033bc", K(1) "Cb Cc " },
	{ "esc digit", "\0335", K(1) "C5 " },
	{ "esc twice", "\033\033", K(1) K(1) },
	{ "esc thrice", "\033\033\033", K(1) K(1) K(1) },
	{ "esc enter", "\033\r", K(1) "C\r " },
	/* control strings */
	{ "osc bel", "\033]0;a title\007", "" },
	{ "osc st", "\033]11;rgb:0000/0000/0000\033\\x", "Cx " },
	{ "osc utf8", "\033]2;Ü\033\\", "" },
	{ "dcs", "\033P1$r0m\033\\", "" },
	{ "apc pm sos", "\033_x\033\\\033^y\033\\\033Xz\033\\", "" },
	{ "string then key", "\033]0;t\033[A", K(2) },
	{ "string cancelled", "\033]0;t\030q", "Cq " },
	/* unknown sequences */
	{ "unknown tilde", "\033[99~\033[~", "" },
	{ "device attributes", "\033[?1;2c\033[>0;276;0c", "" },
	{ "cursor report", "\033[24;80R", "" },
	{ "focus", "\033[I\033[O", "" },
	{ "keypad begin", "\033[E\033[1;5E", "" },
	{ "kitty", "\033[97;5u", "" },
	{ "too many", "\033[1;2;3;4;5;6A", "" },
	{ "long", "\033[11111111111111111111111111111111111111111111111111111111"
	  "111111111111111111~z", "Cz " },
	{ "cut short", "\033[1", "" },
	{ "cut short ss3", "\033O", "" },
	{ "cut short string", "\033]0;abc", "" },
	{ "control inside", "\033[\r3~", K(9) },
	{ "esc inside", "\033[1\033[B", K(3) },
	/* bracketed paste */
	{ "paste", "\033[200~hé\r\nx\033[201~y", "Ph Pé P  P  Px Cy " },
	{ "key ends paste", "\033[200~a\033[Ab\033\033[201~", "Pa " K(2) "Cb " K(1) },
	{ "paste cut short", "\033[200~ab", "Pa Pb " },
	{ "stray paste end", "\033[201~z", "Cz " },
	/* mouse */
	{ "sgr click", "\033[<0;10;5M\033[<0;10;5m", "M4,9 " },
	{ "sgr other buttons", "\033[<1;1;1M\033[<2;1;1M\033[<64;1;1M"
	  "\033[<32;3;3M", "" },
	{ "sgr shift click", "\033[<4;2;3M", "M2,1 " },
	{ "x10 click", "\033[M \052\045\033[M#\052\045", "M4,9 " },
	{ "x10 cut short", "\033[M \033[A", K(2) },
	{ "linux F cut short", "\033[[\033[B", K(3) },
	{ "urxvt click", "\033[32;10;5M", "M4,9 " },
	{ "click ends paste", "\033[200~\033[<0;1;1Ma\033[201~", "M0,0 Ca " },
	/* characters */
	{ "ascii", "ab 1", "Ca Cb C  C1 " },
	{ "controls", "\r\t\177", "C\r C\t C\177 " },
	{ "utf8", "é€😀ß", "Cé C€ C😀 Cß " },
	{ "bad utf8", "\303a\377b\200c", "Ca Cb Cc " },
	{ "utf8 then esc", "\342\202\033[A", K(2) },
	{ "esc utf8", "\033é", K(1) "Cé " },
	{ "esc esc-defined", "\033\033[999;1z", K(1) "D4243 " },
	{ "c1 control", "\302\233x", "Cx " },
	{ "beyond unicode", "\373\266\266\266\266y\355\240\200z", "Cy Cz " },
	/* sequences the program defined */
	{ "fence", "a\033_orientation-fence\033\\b", "Ca D4242 Cb " },
	{ "fence csi", "\033[999;1z", "D4243 " },
	{ "fence after junk", "\033[M\033]0;x\033[200~\033[999;1z", "D4243 " },
	{ "other apc", "\033_orientation-fencf\033\\", "" },
};

/* Each case gives its events, whole and cut in two at every byte. */
static void
test_cases_split_everywhere(void **state)
{
	char got[512];

	(void)state;
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		size_t len = strlen(cases[c].bytes);

		for (size_t cut = 0; cut <= len; cut++) {
			decode_split(cases[c].bytes, cut, got, sizeof got);
			if (strcmp(got, cases[c].events) != 0) {
				fprintf(stderr, "%s, cut at %zu: got \"%s\", "
				    "want \"%s\"\n", cases[c].name, cut, got,
				    cases[c].events);
				fail();
			}
		}
	}
}

/* All cases in one stream give all their events in order (no case
 * leaves the decoder in a state that changes the next one), except the
 * ones that need a pause to end. */
static void
test_stream(void **state)
{
	static char stream[4096], want[4096], got[4096];
	struct keyseq d;
	struct keyseq_event ev;

	(void)state;
	stream[0] = want[0] = got[0] = '\0';
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		const char *s = cases[c].bytes;
		size_t n = strlen(s);

		/* ends that only a pause completes */
		if (n > 0 && (s[n - 1] == '\033' || strstr(cases[c].name,
		    "cut short") != NULL))
			continue;
		strcat(stream, s);
		strcat(want, cases[c].events);
	}
	start(&d);
	feed(&d, stream, strlen(stream), got, sizeof got);
	if (keyseq_timeout(&d, &ev))
		show(&ev, got, sizeof got);
	assert_string_equal(got, want);
}

/* Whoever reads knows how long to wait: the Esc delay after a lone Esc
 * only, longer inside a sequence or a character, a pause in a paste. */
static void
test_waiting(void **state)
{
	struct keyseq d;
	struct keyseq_event ev;
	const char *seq = "\033[1;5A";

	(void)state;
	start(&d);
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_NONE);
	assert_false(keyseq_byte(&d, 0x1b, &ev));
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_ESC);
	for (size_t i = 1; seq[i + 1] != '\0'; i++) {
		assert_false(keyseq_byte(&d, (unsigned char)seq[i], &ev));
		assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_SEQUENCE);
	}
	assert_true(keyseq_byte(&d, 'A', &ev));
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_NONE);
	assert_false(keyseq_byte(&d, 0xe2, &ev));
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_SEQUENCE);
	assert_false(keyseq_byte(&d, 0x82, &ev));
	assert_true(keyseq_byte(&d, 0xac, &ev));
	assert_int_equal(ev.ch, 0x20ac);
	feed(&d, "\033[200~", 6, (char[64]){ 0 }, 64);
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_PASTE);
	assert_false(keyseq_timeout(&d, &ev));
	assert_int_equal(keyseq_waiting(&d), KEYSEQ_WAIT_NONE);
	assert_true(keyseq_byte(&d, 'x', &ev));
	assert_int_equal(ev.kind, KEYSEQ_CHAR);
}

/* The table of defined sequences is bounded. */
static void
test_define_limits(void **state)
{
	struct keyseq d;
	char big[KEYSEQ_SEQ_MAX + 1];

	(void)state;
	keyseq_init(&d);
	assert_false(keyseq_define(&d, "", 1));
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_false(keyseq_define(&d, big, 1));
	for (int i = 0; i < KEYSEQ_DEFINED_MAX; i++)
		assert_true(keyseq_define(&d, "\033[1z", i));
	assert_false(keyseq_define(&d, "\033[1z", 99));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases_split_everywhere),
		cmocka_unit_test(test_stream),
		cmocka_unit_test(test_waiting),
		cmocka_unit_test(test_define_limits),
	};

	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		fprintf(stderr, "no C.UTF-8 locale\n");
		return 77;
	}
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
