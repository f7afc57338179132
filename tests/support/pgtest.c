/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Helpers for store tests on PostgreSQL: fresh schemas and direct reads,
 * through libpq (the tests look at the tables without the store).
 */
#include "pgtest.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "scratch.h"

bool
pgtest_wanted(int argc, char **argv)
{
	const char *b = getenv("ORIENTATION_TEST_BACKEND");

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--pg") == 0)
			return true;
	return b != NULL && strcmp(b, "postgresql") == 0;
}

const char *
pgtest_server(void)
{
	const char *url = getenv("ORIENTATION_TEST_PG_URL");

	return url != NULL && url[0] != '\0' ? url : NULL;
}

/* Connect to @url; NULL (and a message) when it fails. */
static PGconn *
connect_to(const char *url)
{
	PGconn *c = PQconnectdb(url);

	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "pgtest: %s", PQerrorMessage(c));
		PQfinish(c);
		return NULL;
	}
	return c;
}

char *
pgtest_query(const char *url, const char *sql)
{
	PGconn *c = connect_to(url);
	PGresult *r;
	char *out = NULL;

	if (c == NULL)
		return NULL;
	r = PQexec(c, sql);
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0 &&
	    !PQgetisnull(r, 0, 0))
		out = strdup(PQgetvalue(r, 0, 0));
	else if (PQresultStatus(r) != PGRES_TUPLES_OK &&
	    PQresultStatus(r) != PGRES_COMMAND_OK)
		fprintf(stderr, "pgtest: %s", PQresultErrorMessage(r));
	PQclear(r);
	PQfinish(c);
	return out;
}

/* Reports of a state on a server go to $XDG_STATE_HOME/orientation:
 * a scratch folder, never the home of whoever runs the tests. */
static void
scratch_state_home(void)
{
	static char dir[64];
	static bool done;

	if (done)
		return;
	done = true;
	if (getenv("XDG_STATE_HOME") == NULL &&
	    scratch_dir(dir, sizeof dir, "pgtest") == 0)
		setenv("XDG_STATE_HOME", dir, 1);
}

char *
pgtest_fresh(void)
{
	const char *server = pgtest_server();
	unsigned char bytes[6];
	char schema[32], sql[64], *url, *done;
	size_t n;

	if (server == NULL || getrandom(bytes, sizeof bytes, 0) !=
	    (ssize_t)sizeof bytes)
		return NULL;
	scratch_state_home();
	n = (size_t)snprintf(schema, sizeof schema, "t_%d_", (int)getpid());
	for (size_t i = 0; i < sizeof bytes; i++)
		n += (size_t)snprintf(schema + n, sizeof schema - n, "%02x",
		    bytes[i]);
	snprintf(sql, sizeof sql, "CREATE SCHEMA %s", schema);
	done = pgtest_query(server, sql);
	free(done);
	n = strlen(server) + 2 * strlen(schema) + 64;
	url = malloc(n);
	if (url == NULL)
		return NULL;
	snprintf(url, n, "%s%coptions=-csearch_path%%3D%s&application_name=%s",
	    server, strchr(server, '?') != NULL ? '&' : '?', schema, schema);
	done = pgtest_query(url, "SELECT current_schema()");
	if (done == NULL || strcmp(done, schema) != 0) {
		free(done);
		free(url);
		return NULL;
	}
	free(done);
	return url;
}

int
pgtest_cut(const char *url)
{
	char *n = pgtest_query(url, "SELECT count(pg_terminate_backend(pid)) "
	    "FROM pg_stat_activity WHERE application_name = current_schema() "
	    "AND pid <> pg_backend_pid()");
	int cut = n != NULL ? atoi(n) : -1;

	free(n);
	return cut;
}

long
pgtest_count_everywhere(const char *url, const char *needle)
{
	PGconn *c = connect_to(url);
	PGresult *cols;
	long found = 0;

	if (c == NULL)
		return -1;
	cols = PQexec(c, "SELECT quote_ident(table_name), "
	    "quote_ident(column_name) FROM information_schema.columns "
	    "WHERE table_schema = current_schema()");
	for (int i = 0; i < PQntuples(cols); i++) {
		const char *param[1] = { needle };
		char sql[256];
		PGresult *hits;

		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE "
		    "%s::text LIKE '%%' || $1 || '%%'", PQgetvalue(cols, i, 0),
		    PQgetvalue(cols, i, 1));
		hits = PQexecParams(c, sql, 1, NULL, param, NULL, NULL, 0);
		if (PQresultStatus(hits) == PGRES_TUPLES_OK)
			found += atol(PQgetvalue(hits, 0, 0));
		PQclear(hits);
	}
	PQclear(cols);
	PQfinish(c);
	return found;
}
