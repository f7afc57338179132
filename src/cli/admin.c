/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The admin commands: counselor accounts (add, new password, disable,
 * enable, list) and the audit trail, for whoever may open the state
 * database from a shell.  Passwords come from the terminal with echo off,
 * or as one line on standard input for scripts; they live only in a
 * buffer on the stack that is wiped after use.
 */
#include "admin.h"

#include <assert.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "admin-catalog.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/prompt-secret.h"
#include "util/secret.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define AUDIT_DEFAULT 20      /* audit rows shown without N */
#define AUDIT_MAX 1000000     /* the largest N accepted */
/* Room for the longest allowed password in UTF-8, and one more byte to
 * tell a too long one. */
#define PASSWORD_BUF (ACCOUNT_PASSWORD_MAX * 4 + 2)

struct command {
	const char *name;                   /* word after "admin" */
	int (*run)(int argc, char **argv, struct state *st); /* argv[0] = name */
};

/* ------------------------------------------------------------ output */

/* Print the usage text to @out. */
static void
usage(FILE *out)
{
	fprintf(out, "%s\n\n%s\n", _("Usage: orientation [--state FILE] admin COMMAND"),
	    _("Manage counsellor accounts and read the audit trail.\n"
	      "\n"
	      "  add-counselor NAME [--admin]  add a counsellor (an administrator\n"
	      "                                with --admin)\n"
	      "  passwd NAME                   give NAME a new password\n"
	      "  disable NAME                  refuse NAME's sign-ins from now on\n"
	      "  enable NAME                   accept NAME's sign-ins again\n"
	      "  list                          list the counsellors\n"
	      "  audit [N]                     show the N newest audit entries\n"
	      "                                (20 without N)"));
	fprintf(out, "%s\n", _("  unblock [STATION]             lift the "
	    "wrong-code block of STATION\n"
	    "                                (kiosk:tty2, counselor:NAME), or "
	    "of all"));
	fprintf(out, "%s\n", _("  check                         check the whole "
	    "results database\n"
	    "  backup FILE                   write a consistent copy to FILE\n"
	    "  backup --rotate               the daily copy in the [backup] folder,\n"
	    "                                keeping the newest 'keep' copies\n"
	    "  restore FILE                  replace the results database by a\n"
	    "                                backup (stop the kiosks first)"));
	admin_catalog_usage(out);
	/* After every command, not between two of them. */
	fprintf(out, "\n%s\n", _("Passwords are read from the terminal without "
	    "echo, or as one\nline from standard input when it is not a "
	    "terminal."));
}

/* Report a command-line mistake and return the usage exit status. */
static int
usage_error(const char *what, const char *arg)
{
	if (arg != NULL)
		fprintf(stderr, "orientation: %s: %s\n", what, arg);
	else
		fprintf(stderr, "orientation: %s\n", what);
	fprintf(stderr, "%s\n", _("Try 'orientation admin help'."));
	return ADMIN_EXIT_USAGE;
}

/* Report @r about @name on stderr; the exit status that goes with it. */
static int
report(const char *name, enum orientation_status r)
{
	fprintf(stderr, "orientation: %s: %s\n", name, status_message(r));
	switch (r) {
	case ORIENTATION_OK:
		return ADMIN_EXIT_OK;
	case ORIENTATION_ACCOUNT_BAD_NAME:
	case ORIENTATION_ACCOUNT_SHORT_PASSWORD:
	case ORIENTATION_ACCOUNT_LONG_PASSWORD:
		return ADMIN_EXIT_USAGE;
	default:
		return ADMIN_EXIT_DATA;
	}
}

/* Format @t in local time by strftime's @format into @buf; @buf. */
static const char *
format_time(time_t t, const char *format, char *buf, size_t size)
{
	struct tm tm;

	/* The number fits whatever the time: the callers' buffers hold it. */
	assert(size >= sizeof "-9223372036854775808");
	if (localtime_r(&t, &tm) == NULL || strftime(buf, size, format, &tm) == 0)
		snprintf(buf, size, "%lld", (long long)t); /* fits: see above */
	return buf;
}

/* Print @s (cleaned) and pad it with spaces to @width terminal columns. */
static void
print_padded(const char *s, int width)
{
	utf8_write_clean(stdout, s, strlen(s), '?');
	for (int cols = utf8_width(s, strlen(s)); cols < width; cols++)
		putchar(' ');
}

/* The wider of @width and @s's width plus two columns of gap. */
static int
column(int width, const char *s)
{
	int w = utf8_width(s, strlen(s)) + 2;

	return w > width ? w : width;
}

/* ------------------------------------------------------------ passwords */

/*
 * Ask for @name's new password into @pw (twice on a terminal) and check
 * the length rules.  ADMIN_EXIT_OK, or an exit status after a message.
 */
static int
ask_new_password(const char *name, char pw[PASSWORD_BUF])
{
	char again[PASSWORD_BUF], *prompt;
	enum prompt_secret_result got;
	enum orientation_status r;

	/* Not asked for a password that could not be protected. */
	if (!secret_available())
		return report(name, ORIENTATION_SECRET_LIBRARY);
	/* TRANSLATORS: %s is a counselor's name; the answer is not shown. */
	prompt = xasprintf(_("New password for %s:"), name);
	got = prompt_secret_read(prompt, pw, PASSWORD_BUF);
	free(prompt);
	if (got == PROMPT_SECRET_EOF)
		return usage_error(_("no password was given"), NULL);
	r = got == PROMPT_SECRET_TOO_LONG ? ORIENTATION_ACCOUNT_LONG_PASSWORD :
	    account_password_check(pw);
	if (r != ORIENTATION_OK) {
		explicit_bzero(pw, PASSWORD_BUF);
		return report(name, r);
	}
	if (!isatty(STDIN_FILENO))
		return ADMIN_EXIT_OK;
	got = prompt_secret_read(_("The same password again:"), again,
	    sizeof again);
	if (got != PROMPT_SECRET_OK || strcmp(pw, again) != 0) {
		explicit_bzero(pw, PASSWORD_BUF);
		explicit_bzero(again, sizeof again);
		fprintf(stderr, "orientation: %s\n",
		    _("the two passwords are not the same; nothing was changed"));
		return ADMIN_EXIT_USAGE;
	}
	explicit_bzero(again, sizeof again);
	return ADMIN_EXIT_OK;
}

/* ------------------------------------------------------------ commands */

/* add-counselor NAME [--admin] */
static int
cmd_add(int argc, char **argv, struct state *st)
{
	char pw[PASSWORD_BUF];
	const char *name = NULL;
	struct account_info info;
	enum orientation_status r;
	bool admin = false;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--admin") == 0)
			admin = true;
		else if (argv[i][0] == '-')
			return usage_error(_("unknown option"), argv[i]);
		else if (name == NULL)
			name = argv[i];
		else
			return usage_error(_("unexpected argument"), argv[i]);
	}
	if (name == NULL)
		return usage_error(_("a name is missing"), NULL);
	if (!account_name_valid(name))
		return report(name, ORIENTATION_ACCOUNT_BAD_NAME);
	/* Say so before the password is typed, not after. */
	r = account_get(st, name, &info);
	if (r == ORIENTATION_OK)
		return report(name, ORIENTATION_ACCOUNT_EXISTS);
	if (r != ORIENTATION_ACCOUNT_UNKNOWN)
		return report(name, r);
	if ((rc = ask_new_password(name, pw)) != ADMIN_EXIT_OK)
		return rc;
	r = account_add(st, name, pw, admin, time(NULL));
	explicit_bzero(pw, sizeof pw);
	if (r != ORIENTATION_OK)
		return report(name, r);
	printf(admin ? _("Administrator %s added.\n") :
	    _("Counsellor %s added.\n"), name);
	return ADMIN_EXIT_OK;
}

/* Check that argv holds exactly one NAME after the command word. */
static int
one_name(int argc, char **argv)
{
	if (argc < 2)
		return usage_error(_("a name is missing"), NULL);
	if (argc > 2)
		return usage_error(_("unexpected argument"), argv[2]);
	if (argv[1][0] == '-')
		return usage_error(_("unknown option"), argv[1]);
	return ADMIN_EXIT_OK;
}

/* passwd NAME */
static int
cmd_passwd(int argc, char **argv, struct state *st)
{
	char pw[PASSWORD_BUF];
	struct account_info info;
	enum orientation_status r;
	int rc;

	if ((rc = one_name(argc, argv)) != ADMIN_EXIT_OK)
		return rc;
	if ((r = account_get(st, argv[1], &info)) != ORIENTATION_OK)
		return report(argv[1], r);
	if ((rc = ask_new_password(argv[1], pw)) != ADMIN_EXIT_OK)
		return rc;
	r = account_passwd(st, argv[1], pw, time(NULL));
	explicit_bzero(pw, sizeof pw);
	if (r != ORIENTATION_OK)
		return report(argv[1], r);
	printf(_("The password of %s was changed.\n"), argv[1]);
	return ADMIN_EXIT_OK;
}

/* disable NAME (@enable false) or enable NAME (@enable true). */
static int
set_enabled(int argc, char **argv, struct state *st, bool enable)
{
	enum orientation_status r;
	int rc;

	if ((rc = one_name(argc, argv)) != ADMIN_EXIT_OK)
		return rc;
	r = enable ? account_enable(st, argv[1], time(NULL)) :
	    account_disable(st, argv[1], time(NULL));
	if (r != ORIENTATION_OK)
		return report(argv[1], r);
	if (enable)
		printf(_("%s can sign in again.\n"), argv[1]);
	else
		printf(_("%s can no longer sign in.\n"), argv[1]);
	return ADMIN_EXIT_OK;
}

/* disable NAME */
static int
cmd_disable(int argc, char **argv, struct state *st)
{
	return set_enabled(argc, argv, st, false);
}

/* enable NAME */
static int
cmd_enable(int argc, char **argv, struct state *st)
{
	return set_enabled(argc, argv, st, true);
}

/* The status column of @a at @now; a new string for free(). */
static char *
account_status(const struct account_info *a, time_t now)
{
	char when[32];

	if (a->disabled)
		return xstrdup(_("disabled"));
	if (a->locked_until > now)
		/* TRANSLATORS: %s is a time of day (HH:MM). */
		return xasprintf(_("locked until %s"),
		    format_time(a->locked_until, "%H:%M", when, sizeof when));
	return xstrdup(_("active"));
}

/* The role column of @a. */
static const char *
account_role(const struct account_info *a)
{
	return a->role == ACCOUNT_ADMIN ? _("administrator") : _("counsellor");
}

/* list */
static int
cmd_list(int argc, char **argv, struct state *st)
{
	struct account_info *list;
	time_t now = time(NULL);
	char when[32], *status;
	int n, wname, wrole, wstatus;

	if (argc > 1)
		return usage_error(_("unexpected argument"), argv[1]);
	if ((n = account_list(st, &list)) < 0)
		return report("list", ORIENTATION_DB_ERROR);
	if (n == 0) {
		printf("%s\n", _("There are no counsellors yet."));
		return ADMIN_EXIT_OK;
	}
	/* TRANSLATORS: column headings of "orientation admin list". */
	wname = column(0, _("NAME"));
	wrole = column(0, _("ROLE"));
	wstatus = column(0, _("STATUS"));
	for (int i = 0; i < n; i++) {
		wname = column(wname, list[i].name);
		wrole = column(wrole, account_role(&list[i]));
		status = account_status(&list[i], now);
		wstatus = column(wstatus, status);
		free(status);
	}
	print_padded(_("NAME"), wname);
	print_padded(_("ROLE"), wrole);
	print_padded(_("STATUS"), wstatus);
	printf("%s\n", _("CREATED"));
	for (int i = 0; i < n; i++) {
		print_padded(list[i].name, wname);
		print_padded(account_role(&list[i]), wrole);
		status = account_status(&list[i], now);
		print_padded(status, wstatus);
		free(status);
		printf("%s\n", format_time(list[i].created, "%Y-%m-%d %H:%M",
		    when, sizeof when));
	}
	account_list_free(list);
	return ADMIN_EXIT_OK;
}

/* audit [N] */
static int
cmd_audit(int argc, char **argv, struct state *st)
{
	struct audit_entry *list;
	long limit = AUDIT_DEFAULT;
	char when[32], *end;
	int n;

	if (argc > 2)
		return usage_error(_("unexpected argument"), argv[2]);
	if (argc == 2) {
		errno = 0;
		limit = strtol(argv[1], &end, 10);
		if (errno != 0 || end == argv[1] || *end != '\0' || limit < 1 ||
		    limit > AUDIT_MAX)
			return usage_error(_("not a number of entries"), argv[1]);
	}
	if ((n = audit_list(st, (int)limit, &list)) < 0)
		return report("audit", ORIENTATION_DB_ERROR);
	if (n == 0)
		printf("%s\n", _("The audit trail is empty."));
	for (int i = 0; i < n; i++) {
		printf("%s  ", format_time(list[i].at, "%Y-%m-%d %H:%M:%S", when,
		    sizeof when));
		print_padded(list[i].who, 12);
		fputs("  ", stdout);
		utf8_write_clean(stdout, list[i].action,
		    strlen(list[i].action), '?');
		if (list[i].detail[0] != '\0') {
			fputs(": ", stdout);
			utf8_write_clean(stdout, list[i].detail,
			    strlen(list[i].detail), '?');
		}
		putchar('\n');
	}
	audit_list_free(list, n);
	return ADMIN_EXIT_OK;
}

/* unblock [STATION] */
static int
cmd_unblock(int argc, char **argv, struct state *st)
{
	const char *station = argc == 2 ? argv[1] : NULL;
	int n;

	if (argc > 2)
		return usage_error(_("unexpected argument"), argv[2]);
	if ((n = state_code_unblock(st, station)) < 0)
		return report("unblock", ORIENTATION_DB_ERROR);
	audit_add(st, time(NULL), "admin", "code block lifted",
	    station != NULL ? station : "all");
	printf(ngettext("%d wrong code forgotten.", "%d wrong codes forgotten.",
	    (unsigned long)n), n);
	putchar('\n');
	return ADMIN_EXIT_OK;
}

/* help */
static int
cmd_help(int argc, char **argv, struct state *st)
{
	(void)argc;
	(void)argv;
	(void)st;
	usage(stdout);
	return ADMIN_EXIT_OK;
}

static const struct command commands[] = {
	{ .name = "add-counselor", .run = cmd_add },
	{ .name = "passwd", .run = cmd_passwd },
	{ .name = "disable", .run = cmd_disable },
	{ .name = "enable", .run = cmd_enable },
	{ .name = "list", .run = cmd_list },
	{ .name = "audit", .run = cmd_audit },
	{ .name = "unblock", .run = cmd_unblock },
	{ .name = "help", .run = cmd_help },
	{ .name = "--help", .run = cmd_help },
};

int
admin_main(int argc, char **argv, struct state *st)
{
	if (argc < 2) {
		usage(stderr);
		return ADMIN_EXIT_USAGE;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1, st);
	return usage_error(_("unknown admin command"), argv[1]);
}
