-- SPDX-License-Identifier: GPL-3.0-or-later
-- Luxembourg content a walk-in can act on: the Guidance Centre's five
-- counters, the "How it works in Luxembourg" guides, ADEM's shortage list
-- mapped to ESCO occupations, Luxembourg trades mapped to ESCO
-- occupations, and the provenance of every fact shown (../sources.csv).
-- Runs after ../services/services.sql and ../occupations/occupations.sql.
--
-- Texts are loaded only for the languages of the language table, so rows
-- in a language that is not (yet) in data/languages.csv wait in the CSV
-- files without breaking the build.  Facts come from the three facts
-- sheets; README.md in this folder says how the two mappings were made and
-- reviewed.  Read by src/store/guide.c and src/store/occupation.c.

-- One row per fact a screen shows: what it is about (entity: kind:id, as
-- 'provider:mo', 'guide:vae'), which field, the value shown, where it
-- comes from, the date that source shows ('n/s' when it shows none) and
-- the grade of the facts sheets (A official, A* official but not
-- Luxembourgish, B press, sheet = confirmed in luxembourg-services.md,
-- which gives no grade).  Grade C and "to be checked" facts are never
-- shown, so they have no row here.
CREATE TABLE fact_source (
  id          INTEGER PRIMARY KEY,
  entity      TEXT NOT NULL CHECK (entity GLOB '*:*'),
  field       TEXT NOT NULL CHECK (field <> ''),
  value       TEXT NOT NULL CHECK (value <> ''),
  source      TEXT NOT NULL CHECK (source <> ''),
  source_date TEXT NOT NULL CHECK (source_date = 'n/s' OR
                source_date GLOB '[12][0-9][0-9][0-9]*'),
  grade       TEXT NOT NULL CHECK (grade IN ('A', 'A*', 'B', 'sheet'))
);
INSERT INTO fact_source (entity, field, value, source, source_date, grade)
  SELECT entity, field, value, source, source_date, grade FROM raw_sources;
CREATE INDEX fact_source_entity ON fact_source(entity);

-- The five walk-in counters of the Maison de l'orientation.
CREATE TABLE counter (
  id   TEXT PRIMARY KEY,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE counter_text (
  counter_id TEXT NOT NULL REFERENCES counter(id),
  lang       TEXT NOT NULL REFERENCES language(code),
  name       TEXT NOT NULL CHECK (name <> ''),
  covers     TEXT NOT NULL CHECK (covers <> ''),
  PRIMARY KEY (counter_id, lang)
) WITHOUT ROWID;
INSERT INTO counter SELECT DISTINCT id, CAST(sort AS INTEGER) FROM raw_counters;
INSERT INTO counter_text SELECT id, lang, name, covers FROM raw_counters
  WHERE lang IN (SELECT code FROM language);

-- Which counter answers which need of the needs-first browsing.
CREATE TABLE need_counter (
  need_id    TEXT NOT NULL REFERENCES need(id),
  counter_id TEXT NOT NULL REFERENCES counter(id),
  rank       INTEGER NOT NULL,
  PRIMARY KEY (need_id, counter_id)
) WITHOUT ROWID;
INSERT INTO need_counter SELECT need_id, counter_id, CAST(rank AS INTEGER)
  FROM raw_need_counters;

-- The centre's own lines: intro (walk-in), register (who must), also
-- (mediators, recognition, VAE).
CREATE TABLE centre_text (
  id   TEXT NOT NULL CHECK (id IN ('intro', 'register', 'also')),
  lang TEXT NOT NULL REFERENCES language(code),
  text TEXT NOT NULL CHECK (text <> ''),
  PRIMARY KEY (id, lang)
) WITHOUT ROWID;
INSERT INTO centre_text SELECT id, lang, text FROM raw_centre_texts
  WHERE lang IN (SELECT code FROM language);

-- "How it works in Luxembourg": one guide, its title and its lines
-- (separated by newlines in body).
CREATE TABLE guide (
  id   TEXT PRIMARY KEY,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE guide_text (
  guide_id TEXT NOT NULL REFERENCES guide(id),
  lang     TEXT NOT NULL REFERENCES language(code),
  title    TEXT NOT NULL CHECK (title <> ''),
  body     TEXT NOT NULL CHECK (body <> ''),
  PRIMARY KEY (guide_id, lang)
) WITHOUT ROWID;
INSERT INTO guide SELECT DISTINCT id, CAST(sort AS INTEGER) FROM raw_guides;
INSERT INTO guide_text SELECT id, lang, title, body FROM raw_guides
  WHERE lang IN (SELECT code FROM language);

-- The guide an occupation's "how to get there" opens, by its level (the
-- ids of recommend_rule: ccp, dap, dt, bachelor).
CREATE TABLE guide_level (
  level    TEXT PRIMARY KEY CHECK (level IN ('ccp', 'dap', 'dt', 'bachelor')),
  guide_id TEXT NOT NULL REFERENCES guide(id)
) WITHOUT ROWID;
INSERT INTO guide_level SELECT level, guide_id FROM raw_guide_levels;

-- Luxembourg trades (CCP, DAP, DT) with their chamber and language
-- tracks, and the ESCO occupations each one leads to.
CREATE TABLE chamber_text (
  chamber_id TEXT NOT NULL CHECK (chamber_id IN ('cc', 'cdm', 'ca', 'menje')),
  lang       TEXT NOT NULL REFERENCES language(code),
  name       TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (chamber_id, lang)
) WITHOUT ROWID;
INSERT INTO chamber_text SELECT id, lang, name FROM raw_chambers
  WHERE lang IN (SELECT code FROM language);

CREATE TABLE lu_trade (
  id            TEXT NOT NULL,
  diploma       TEXT NOT NULL CHECK (diploma IN ('CCP', 'DAP', 'DT')),
  name_fr       TEXT NOT NULL CHECK (name_fr <> ''),
  years         INTEGER NOT NULL CHECK (years BETWEEN 1 AND 6),
  chamber       TEXT CHECK (chamber IN ('cc', 'cdm', 'ca', 'menje')),
  french_track  INTEGER NOT NULL CHECK (french_track IN (0, 1)),
  english_track INTEGER NOT NULL CHECK (english_track IN (0, 1)),
  PRIMARY KEY (id, diploma)
) WITHOUT ROWID;
INSERT INTO lu_trade SELECT id, diploma, name_fr, CAST(years AS INTEGER),
  nullif(chamber, ''), CAST(french_track AS INTEGER),
  CAST(english_track AS INTEGER) FROM raw_trades;

-- The reviewed mapping as written in trade_esco.csv: an unknown trade or
-- ESCO code fails the build (catalog-build checks every foreign key).
CREATE TABLE trade_esco (
  trade_id  TEXT NOT NULL,
  esco_code TEXT NOT NULL REFERENCES occupation(esco_code),
  match     TEXT NOT NULL CHECK (match IN ('exact', 'close')),
  comment   TEXT NOT NULL CHECK (comment <> ''),
  review    TEXT NOT NULL,   -- who reviewed it and how; '' = not used
  PRIMARY KEY (trade_id, esco_code)
) WITHOUT ROWID;
INSERT INTO trade_esco SELECT trade_id, esco_code, match, comment, review
  FROM raw_trade_esco;

CREATE TABLE occupation_trade (
  occupation_id INTEGER NOT NULL REFERENCES occupation(id),
  trade_id      TEXT NOT NULL,
  match         TEXT NOT NULL CHECK (match IN ('exact', 'close')),
  PRIMARY KEY (occupation_id, trade_id)
) WITHOUT ROWID;
INSERT INTO occupation_trade
  SELECT o.id, m.trade_id, m.match
  FROM trade_esco m JOIN occupation o ON o.esco_code = m.esco_code
  WHERE m.review <> '';

-- ADEM's list of occupations in severe shortage: the codes an A or B
-- source confirms, each ROME code mapped to the ESCO occupations it
-- covers (reviewed mappings only), and the list's texts.
CREATE TABLE shortage_code (
  year     INTEGER NOT NULL,
  rome     TEXT NOT NULL CHECK (rome GLOB '[A-N][0-9][0-9][0-9][0-9]'),
  label_fr TEXT NOT NULL CHECK (label_fr <> ''),
  grade    TEXT NOT NULL CHECK (grade IN ('A', 'B')),
  PRIMARY KEY (year, rome)
) WITHOUT ROWID;
INSERT INTO shortage_code SELECT CAST(year AS INTEGER), rome, rome_label_fr, grade
  FROM raw_shortage;

-- The reviewed ROME -> ESCO mapping as written in rome_esco.csv.
CREATE TABLE rome_esco (
  rome      TEXT NOT NULL CHECK (rome GLOB '[A-N][0-9][0-9][0-9][0-9]'),
  esco_code TEXT NOT NULL REFERENCES occupation(esco_code),
  match     TEXT NOT NULL CHECK (match IN ('exact', 'close')),
  comment   TEXT NOT NULL CHECK (comment <> ''),
  review    TEXT NOT NULL,   -- who reviewed it and how; '' = not used
  PRIMARY KEY (rome, esco_code)
) WITHOUT ROWID;
INSERT INTO rome_esco SELECT rome, esco_code, match, comment, review
  FROM raw_rome_esco;

CREATE TABLE occupation_shortage (
  occupation_id INTEGER NOT NULL REFERENCES occupation(id),
  year          INTEGER NOT NULL,
  rome          TEXT NOT NULL,
  PRIMARY KEY (occupation_id, year, rome),
  FOREIGN KEY (year, rome) REFERENCES shortage_code(year, rome)
) WITHOUT ROWID;
INSERT INTO occupation_shortage
  SELECT o.id, s.year, s.rome
  FROM shortage_code s
  JOIN rome_esco m ON m.rome = s.rome AND m.review <> ''
  JOIN occupation o ON o.esco_code = m.esco_code;

CREATE TABLE shortage_text (
  year INTEGER NOT NULL,
  part TEXT NOT NULL CHECK (part IN ('title', 'confirmed', 'meaning', 'source')),
  lang TEXT NOT NULL REFERENCES language(code),
  text TEXT NOT NULL CHECK (text <> ''),
  PRIMARY KEY (year, part, lang)
) WITHOUT ROWID;
INSERT INTO shortage_text SELECT CAST(year AS INTEGER), part, lang, text
  FROM raw_shortage_texts WHERE lang IN (SELECT code FROM language);

INSERT INTO text_table (name, key_expr) VALUES
  ('counter_text', 'counter_id'),
  ('centre_text', 'id'),
  ('guide_text', 'guide_id'),
  ('chamber_text', 'chamber_id'),
  ('shortage_text', 'year || ''/'' || part');

-- Search: a guide is found by its title and its text.
CREATE VIEW search_source_guide (kind, ref, lang, label, body, preferred) AS
  SELECT 'guide', guide_id, lang, title, body, 1 FROM guide_text;

DROP TABLE raw_sources;
DROP TABLE raw_counters;
DROP TABLE raw_need_counters;
DROP TABLE raw_centre_texts;
DROP TABLE raw_guides;
DROP TABLE raw_guide_levels;
DROP TABLE raw_chambers;
DROP TABLE raw_trades;
DROP TABLE raw_trade_esco;
DROP TABLE raw_shortage;
DROP TABLE raw_rome_esco;
DROP TABLE raw_shortage_texts;
