#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new language is data only: a throwaway language, code "qx", is added
to a scratch copy of data/ (one row in languages.csv, falling back to
French, and a copy of the English content rows with its own marker), and
the catalog is built from it with the same catalog-build and scripts as
the real one.  Then:

  - the catalog checks (every content row in every language, ESCO names
    along the chain) pass on it;
  - the language table and the chain have the new language;
  - the program lists it in --help and asks its questions in it in
    --plain, and its occupation names come from French, its chain.

No code, SQL or test is edited for this: if any of them listed the
languages, this test would fail.

    test-new-language.py CATALOG_BUILD ORIENTATION DATA_DIR CHECK... -- ARGS...

ARGS are catalog-build's arguments as data/meson.build passes them (NAME=
FILE.csv and SCRIPT.sql, paths under DATA_DIR); CHECK are catalog check
programs, run with ORIENTATION_CATALOG pointing at the new catalog.
"""
import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CODE = "qx"
MARK = "[qx] "
ROW = [CODE, "Qxish", "Qx: choose", "99", "nplurals=2; plural=(n != 1);",
       "fr", "%d %B %Y", "m1 m2 m3 m4 m5 m6 m7 m8 m9 m10 m11 m12", "."]
TEXT_COLUMNS = {"text", "name", "label", "reason", "enjoys", "fields",
                "explanation", "summary", "offer", "audience"}


def fail(what, detail=""):
    sys.stderr.write("check failed: %s\n%s\n" % (what, detail))
    sys.exit(1)


def add_content(path):
    """Append a qx copy of the English rows of a content file; False if
    the file has no language column or is ESCO's (alt_labels.csv: ESCO
    names come along the chain, not from here)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or "lang" not in rows[0] or "esco_code" in rows[0] \
            or "isco_code" in rows[0]:
        return False
    head = rows[0]
    lang = head.index("lang")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r in rows[1:]:
        if r[lang] != "en":
            continue
        r = list(r)
        r[lang] = CODE
        for i, h in enumerate(head):
            if h in TEXT_COLUMNS:
                r[i] = MARK + r[i]
        w.writerow(r)
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    return True


def main(argv):
    sep = argv.index("--")
    build, program, data = argv[1:4]
    checks = argv[4:sep]
    args = argv[sep + 1:]
    data = os.path.realpath(data)
    tmp = tempfile.mkdtemp(prefix="orientation-qx-")
    try:
        copy = os.path.join(tmp, "data")
        shutil.copytree(data, copy)
        with open(os.path.join(copy, "languages.csv"), "a",
                  encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerow(ROW)
        changed = 0
        for top, _, files in os.walk(copy):
            for name in files:
                if name.endswith(".csv") and name != "languages.csv":
                    changed += add_content(os.path.join(top, name))
        if changed < 5:
            fail("content files with a language column", str(changed))

        def moved(a):
            name, eq, path = a.partition("=")
            p = os.path.realpath(path if eq else a)
            if not p.startswith(data + os.sep):
                fail("argument outside the data folder", a)
            p = os.path.join(copy, os.path.relpath(p, data))
            return name + "=" + p if eq else p

        db = os.path.join(tmp, "catalog.db")
        r = subprocess.run([build, db] + [moved(a) for a in args],
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail("catalog-build with a new language", r.stderr)

        env = dict(os.environ, ORIENTATION_CATALOG=db)
        for check in checks:
            r = subprocess.run([check], env=env, capture_output=True,
                               text=True)
            if r.returncode != 0:
                fail(os.path.basename(check) + " on the new catalog",
                     r.stdout + r.stderr)

        con = sqlite3.connect(db)
        q = lambda sql: con.execute(sql).fetchall()
        if q("SELECT fallback FROM language_chain WHERE lang = 'qx' "
             "ORDER BY rank") != [("qx",), ("fr",)]:
            fail("the chain qx -> fr")
        if q("SELECT count(*) FROM riasec_item_text WHERE lang = 'qx' "
             "AND text LIKE '[qx] %'") != [(60,)]:
            fail("60 questionnaire items in qx")
        if q("SELECT count(*) FROM occupation_text WHERE lang = 'qx'") != \
                [(0,)]:
            fail("ESCO has no qx names")
        con.close()

        r = subprocess.run([program, "--help", "--catalog", db],
                           capture_output=True, text=True)
        if r.returncode != 0 or "qx" not in r.stdout or \
                "Qxish" not in r.stdout:
            fail("--help lists the new language", r.stdout + r.stderr)

        state = os.path.join(tmp, "state.db")
        r = subprocess.run([program, "--plain", "--lang", CODE, "--catalog",
                            db, "--state", state],
                           input="1\n3\n", capture_output=True, text=True)
        if r.returncode != 0 or MARK + "Repair a bicycle" not in r.stdout:
            fail("--plain asks in the new language", r.stdout + r.stderr)
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
