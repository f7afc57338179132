#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trim ESCO's alternative labels to what the kiosk needs: alt_labels.csv.

Reads occupation_alt_labels.csv (columns uri,lang,label,kind; described in
the README of the occupation data set) and writes alt_labels.csv with
columns esco_code,lang,label,kind: the URI, most of the source's 10 MB, is
replaced by the occupation's ESCO code looked up in occupations.csv, and
only the kiosk's languages are kept: the codes of ../languages.csv (the
language table), so a new language needs no change here.  Rows keep their
order; labels are copied as they are.  Output is UTF-8, LF, RFC 4180
quoting only where needed, like the source, so the same input always gives
the same bytes.

Run by hand when a newer ESCO release is dropped in, not at build time:

    python3 trim_alt_labels.py SRC/occupation_alt_labels.csv \\
        occupations.csv alt_labels.csv

Needs only the Python 3 standard library.
"""
import csv
import os
import sys

LANGUAGES_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             os.pardir, "languages.csv")
KINDS = ("alt", "hidden")


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: trim_alt_labels.py ALT_LABELS_IN OCCUPATIONS_CSV OUT")
    src, occupations, out = argv[1:]
    with open(LANGUAGES_CSV, encoding="utf-8", newline="") as f:
        langs = {r["code"] for r in csv.DictReader(f)}
    with open(occupations, encoding="utf-8", newline="") as f:
        code = {r["uri"]: r["esco_code"] for r in csv.DictReader(f)}
    kept = 0
    with open(src, encoding="utf-8", newline="") as f, \
            open(out, "w", encoding="utf-8", newline="") as g:
        rows = csv.DictReader(f)
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["esco_code", "lang", "label", "kind"])
        for r in rows:
            if r["lang"] not in langs:
                continue
            if r["uri"] not in code or r["kind"] not in KINDS:
                sys.exit("%s: line %d: unknown occupation or kind"
                         % (src, rows.line_num))
            w.writerow([code[r["uri"]], r["lang"], r["label"], r["kind"]])
            kept += 1
    print("%s: %d rows" % (out, kept))


if __name__ == "__main__":
    main(sys.argv)
