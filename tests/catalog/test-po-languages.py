#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every language of data/languages.csv has its po file, and the file's
header agrees with the table: Language is the code, Plural-Forms is the
table's plural rule.  A po file for a language not in the table is an
error too (it would never be built).

    test-po-languages.py LANGUAGES_CSV PO_DIR
"""
import csv
import os
import re
import sys


def header(path):
    """The header fields of a po file, from its first msgstr."""
    text = open(path, encoding="utf-8").read()
    m = re.search(r'msgid ""\nmsgstr ""\n((?:".*"\n)+)', text)
    if m is None:
        return {}
    body = "".join(re.findall(r'"(.*)"', m.group(1))).replace("\\n", "\n")
    return dict(line.split(": ", 1) for line in body.splitlines()
                if ": " in line)


def main(argv):
    table, po_dir = argv[1:3]
    bad = []
    with open(table, encoding="utf-8", newline="") as f:
        langs = {r["code"]: r["plural"] for r in csv.DictReader(f)}
    if not langs:
        bad.append("%s: no language at all" % table)
    for code, plural in langs.items():
        path = os.path.join(po_dir, code + ".po")
        if not os.path.exists(path):
            bad.append("%s: no po file" % code)
            continue
        h = header(path)
        if h.get("Language") != code:
            bad.append("%s: Language is %r" % (path, h.get("Language")))
        if h.get("Plural-Forms") != plural:
            bad.append("%s: Plural-Forms %r, the table says %r"
                       % (path, h.get("Plural-Forms"), plural))
    for name in os.listdir(po_dir):
        if name.endswith(".po") and name[:-3] not in langs:
            bad.append("%s: not a language of %s" % (name, table))
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
