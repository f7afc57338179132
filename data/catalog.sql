-- SPDX-License-Identifier: GPL-3.0-or-later
-- The catalog's core: languages, the interest questionnaire, skills, and
-- the search index.  catalog-build runs this first, then the other scripts
-- (services.sql, occupations.sql), on the raw_* tables it loaded from the
-- CSV files.  Read by src/store/catalog.c; bump user_version in finish.sql
-- and CATALOG_SCHEMA_VERSION there together.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
-- Bumped by every counselor edit, so running kiosks notice changes.
INSERT INTO meta VALUES ('revision', '0');

-- Every counselor edit of the catalog: who, when, the old and new value.
CREATE TABLE catalog_history (
  id    INTEGER PRIMARY KEY,
  at    INTEGER NOT NULL,
  who   TEXT NOT NULL,
  item  TEXT NOT NULL,   -- e.g. 'service:adem-orientation', 'occupation:123'
  field TEXT NOT NULL,   -- column name, e.g. 'phone', 'name'
  lang  TEXT,            -- for texts; NULL for language-neutral fields
  old   TEXT,
  new   TEXT
);

-- The UI languages: everything a language needs besides its po file and
-- its content rows.  plural is the gettext Plural-Forms of its po file;
-- fallback the languages (space-separated codes) whose texts stand in, in
-- that order, where it has none; date a pattern (%d day, %B month name,
-- %Y year, %% a percent sign; a second pattern after "|" for the first
-- day of a month, as French writes "1er janvier") and months its twelve
-- month names; decimal the decimal separator.
CREATE TABLE language (
  code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z][a-z]' OR
                                      code GLOB '[a-z][a-z][a-z]'),
  native_name TEXT NOT NULL CHECK (native_name <> ''),
  prompt      TEXT NOT NULL CHECK (prompt <> ''),
  sort        INTEGER NOT NULL,
  plural      TEXT NOT NULL CHECK (plural LIKE 'nplurals=%'),
  fallback    TEXT NOT NULL,
  date        TEXT NOT NULL CHECK (date LIKE '%\%d%' ESCAPE '\' AND
                                   date LIKE '%\%B%' ESCAPE '\' AND
                                   date LIKE '%\%Y%' ESCAPE '\'),
  months      TEXT NOT NULL CHECK (json_array_length('["' ||
                                   replace(trim(months), ' ', '","') || '"]') = 12),
  decimal     TEXT NOT NULL CHECK (decimal IN ('.', ','))
) WITHOUT ROWID;
INSERT INTO language SELECT code, native_name, prompt, CAST(sort AS INTEGER),
  plural, trim(fallback), date, trim(months), decimal
  FROM raw_languages;

-- Where a language's texts come from, in order: the language itself
-- (rank 0), then its fallback languages.  Every text look-up walks this
-- chain; a language that is not in it is never shown.
CREATE TABLE language_chain (
  lang     TEXT NOT NULL REFERENCES language(code),
  rank     INTEGER NOT NULL,
  fallback TEXT NOT NULL REFERENCES language(code),
  PRIMARY KEY (lang, rank),
  UNIQUE (lang, fallback)
) WITHOUT ROWID;
INSERT INTO language_chain SELECT code, 0, code FROM language;
INSERT INTO language_chain
  SELECT l.code, CAST(j.key AS INTEGER) + 1, j.value
  FROM language l, json_each('["' || replace(l.fallback, ' ', '","') || '"]') j
  WHERE l.fallback <> '';

-- Interest questionnaire (Holland's RIASEC).
CREATE TABLE riasec_item (
  id         INTEGER PRIMARY KEY,
  type       TEXT NOT NULL CHECK (type IN ('R','I','A','S','E','C')),
  short_form INTEGER NOT NULL CHECK (short_form IN (0, 1))
);
CREATE TABLE riasec_item_text (
  item_id INTEGER NOT NULL REFERENCES riasec_item(id),
  lang    TEXT NOT NULL REFERENCES language(code),
  text    TEXT NOT NULL CHECK (text <> ''),
  PRIMARY KEY (item_id, lang)
) WITHOUT ROWID;
INSERT INTO riasec_item
  SELECT DISTINCT CAST(item_id AS INTEGER), type, CAST(short_form AS INTEGER)
  FROM raw_riasec_items;
INSERT INTO riasec_item_text
  SELECT CAST(item_id AS INTEGER), lang, text FROM raw_riasec_items;

CREATE TABLE riasec_type_text (
  type   TEXT NOT NULL CHECK (type IN ('R','I','A','S','E','C')),
  lang   TEXT NOT NULL REFERENCES language(code),
  name   TEXT NOT NULL CHECK (name <> ''),
  enjoys TEXT NOT NULL CHECK (enjoys <> ''),
  fields TEXT NOT NULL CHECK (fields <> ''),
  PRIMARY KEY (type, lang)
) WITHOUT ROWID;
INSERT INTO riasec_type_text SELECT type, lang, name, enjoys, fields
  FROM raw_riasec_types;

-- Skills a visitor rates about themselves (a subset of O*NET's 35).
CREATE TABLE skill (
  element_id TEXT PRIMARY KEY,
  sort       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE skill_text (
  element_id  TEXT NOT NULL REFERENCES skill(element_id),
  lang        TEXT NOT NULL REFERENCES language(code),
  name        TEXT NOT NULL CHECK (name <> ''),
  explanation TEXT NOT NULL CHECK (explanation <> ''),
  PRIMARY KEY (element_id, lang)
) WITHOUT ROWID;
INSERT INTO skill SELECT DISTINCT element_id, CAST(sort AS INTEGER)
  FROM raw_skills;
INSERT INTO skill_text SELECT element_id, lang, name, explanation
  FROM raw_skills;

-- Every text table and its key, for the completeness check in the tests.
-- own = 1: every language has its own row (texts written for the kiosk);
-- own = 0: a language may take the row from its fallback chain.
CREATE TABLE text_table (
  name     TEXT PRIMARY KEY,   -- the table holding texts per language
  key_expr TEXT NOT NULL,      -- what identifies one content row
  own      INTEGER NOT NULL DEFAULT 1 CHECK (own IN (0, 1))
) WITHOUT ROWID;
INSERT INTO text_table (name, key_expr) VALUES
  ('riasec_item_text', 'item_id'),
  ('riasec_type_text', 'type'),
  ('skill_text', 'element_id');

-- Search: one FTS5 row per searchable label, filled by catalog-build from
-- every view search_source_* (columns kind, ref, lang, label, body, and
-- preferred, 1 or 0; without it every label counts as preferred) that the
-- scripts define, and from the documents the program rebuilds itself
-- (services: src/store/search-source.h).  The tokenizer "orientation"
-- (src/store/tokenizer.h) is unicode61 with ß -> ss and the German
-- umlaut spellings; every connection registers it before touching the
-- table.  Prefix indexes up to 8 letters keep "techn" or "loopbaan" one
-- look-up instead of a merge of every word that starts so.
CREATE VIRTUAL TABLE search USING fts5 (
  kind UNINDEXED, ref UNINDEXED, lang UNINDEXED,
  label, body,
  tokenize = 'orientation',
  prefix = '1 2 3 4 5 6 7 8'
);
-- The rows of one kind in one language form a block of rowids from lo
-- up, preferred labels first, then by length, then by label
-- (catalog-build; the layout is in src/store/catalog-db.h): the search
-- reads a block in rowid order and meets the better labels first
-- (src/store/search.c).
CREATE TABLE search_block (
  kind  TEXT NOT NULL,
  lang  TEXT NOT NULL REFERENCES language(code),
  lo    INTEGER NOT NULL UNIQUE,
  npref INTEGER NOT NULL,    -- how many of its labels are preferred ones
  PRIMARY KEY (kind, lang)
) WITHOUT ROWID;

DROP TABLE raw_languages;
DROP TABLE raw_riasec_items;
DROP TABLE raw_riasec_types;
DROP TABLE raw_skills;
