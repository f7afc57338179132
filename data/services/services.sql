-- SPDX-License-Identifier: GPL-3.0-or-later
-- Guidance services: providers, their services, target groups, themes,
-- the needs-first entry points and the "where to ask next" rules.  Facts
-- come from the facts sheets, each traced in ../sources.csv; an
-- unconfirmed fact is an empty field, stored as NULL.  last_checked is the
-- day a person (a counselor) checked the entry, NULL until one has.  Runs
-- after ../catalog.sql.

CREATE TABLE provider (
  id           TEXT PRIMARY KEY,
  abbrev       TEXT,
  address      TEXT,
  web          TEXT,
  email        TEXT,
  phone        TEXT,
  source       TEXT NOT NULL CHECK (source <> ''),
  last_checked TEXT CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
INSERT INTO provider SELECT id, nullif(abbrev, ''), nullif(address, ''),
  nullif(web, ''), nullif(email, ''), nullif(phone, ''), source,
  nullif(last_checked, '') FROM raw_providers;

CREATE TABLE provider_text (
  provider_id TEXT NOT NULL REFERENCES provider(id),
  lang        TEXT NOT NULL REFERENCES language(code),
  name        TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (provider_id, lang)
) WITHOUT ROWID;
INSERT INTO provider_text SELECT provider_id, lang, name FROM raw_provider_texts;

-- A service's own contact fields override its provider's; NULL = use the
-- provider's, and NULL there too = not known.
CREATE TABLE service (
  id           TEXT PRIMARY KEY,
  provider_id  TEXT NOT NULL REFERENCES provider(id),
  languages    TEXT,            -- ISO codes separated by ';', where known
  address      TEXT,
  web          TEXT,
  email        TEXT,
  phone        TEXT,
  source       TEXT NOT NULL CHECK (source <> ''),
  last_checked TEXT CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
INSERT INTO service SELECT id, provider_id, nullif(languages, ''),
  nullif(address, ''), nullif(web, ''), nullif(email, ''), nullif(phone, ''),
  source, nullif(last_checked, '') FROM raw_services;

CREATE TABLE service_text (
  service_id TEXT NOT NULL REFERENCES service(id),
  lang       TEXT NOT NULL REFERENCES language(code),
  name       TEXT NOT NULL CHECK (name <> ''),
  summary    TEXT NOT NULL CHECK (summary <> ''),
  offer      TEXT NOT NULL CHECK (offer <> ''),
  audience   TEXT NOT NULL CHECK (audience <> ''),
  PRIMARY KEY (service_id, lang)
) WITHOUT ROWID;
INSERT INTO service_text SELECT service_id, lang, name, summary, offer, audience
  FROM raw_service_texts;

-- Words people use for what a service does, in each language, found by
-- the search but never shown ("conseil orientation", "Lehrstelle").  One
-- row per service and language: a translator adds the rows of a new
-- language to service_keywords.csv.
CREATE TABLE service_keyword (
  service_id TEXT NOT NULL REFERENCES service(id),
  lang       TEXT NOT NULL REFERENCES language(code),
  keywords   TEXT NOT NULL CHECK (keywords <> ''),
  PRIMARY KEY (service_id, lang)
) WITHOUT ROWID;
INSERT INTO service_keyword SELECT service_id, lang, keywords
  FROM raw_service_keywords;

CREATE TABLE target_group (
  id   TEXT PRIMARY KEY,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE target_group_text (
  group_id TEXT NOT NULL REFERENCES target_group(id),
  lang     TEXT NOT NULL REFERENCES language(code),
  name     TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (group_id, lang)
) WITHOUT ROWID;
-- Keep the order of the file: it is the order on screen.
INSERT INTO target_group SELECT id, min(rowid) FROM raw_groups GROUP BY id;
INSERT INTO target_group_text SELECT id, lang, name FROM raw_groups;

CREATE TABLE theme (
  id   TEXT PRIMARY KEY,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE theme_text (
  theme_id TEXT NOT NULL REFERENCES theme(id),
  lang     TEXT NOT NULL REFERENCES language(code),
  name     TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (theme_id, lang)
) WITHOUT ROWID;
INSERT INTO theme SELECT id, min(rowid) FROM raw_themes GROUP BY id;
INSERT INTO theme_text SELECT id, lang, name FROM raw_themes;

CREATE TABLE service_group (
  service_id TEXT NOT NULL REFERENCES service(id),
  group_id   TEXT NOT NULL REFERENCES target_group(id),
  PRIMARY KEY (service_id, group_id)
) WITHOUT ROWID;
INSERT INTO service_group SELECT service_id, group_id FROM raw_service_groups;

CREATE TABLE service_theme (
  service_id TEXT NOT NULL REFERENCES service(id),
  theme_id   TEXT NOT NULL REFERENCES theme(id),
  PRIMARY KEY (service_id, theme_id)
) WITHOUT ROWID;
INSERT INTO service_theme SELECT service_id, theme_id FROM raw_service_themes;

-- Needs-first entry points ("I want to find work", ...).
CREATE TABLE need (
  id   TEXT PRIMARY KEY,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE need_text (
  need_id TEXT NOT NULL REFERENCES need(id),
  lang    TEXT NOT NULL REFERENCES language(code),
  label   TEXT NOT NULL CHECK (label <> ''),
  PRIMARY KEY (need_id, lang)
) WITHOUT ROWID;
INSERT INTO need SELECT DISTINCT id, CAST(sort AS INTEGER) FROM raw_needs;
INSERT INTO need_text SELECT id, lang, label FROM raw_needs;

CREATE TABLE need_service (
  need_id    TEXT NOT NULL REFERENCES need(id),
  service_id TEXT NOT NULL REFERENCES service(id),
  rank       INTEGER NOT NULL,
  PRIMARY KEY (need_id, service_id)
) WITHOUT ROWID;
CREATE TABLE need_service_text (
  need_id    TEXT NOT NULL,
  service_id TEXT NOT NULL,
  lang       TEXT NOT NULL REFERENCES language(code),
  reason     TEXT NOT NULL CHECK (reason <> ''),
  PRIMARY KEY (need_id, service_id, lang),
  FOREIGN KEY (need_id, service_id) REFERENCES need_service(need_id, service_id)
) WITHOUT ROWID;
INSERT INTO need_service SELECT DISTINCT need_id, service_id, CAST(rank AS INTEGER)
  FROM raw_need_services;
INSERT INTO need_service_text SELECT need_id, service_id, lang, reason
  FROM raw_need_services;

-- "Where to ask next": condition is level (ccp, dap, dt, bachelor of a
-- chosen occupation), riasec (first letter of the visitor's code), group
-- (a target group the visitor belongs to) or any.
CREATE TABLE recommend_rule (
  id         TEXT PRIMARY KEY,
  condition  TEXT NOT NULL CHECK (condition IN ('level', 'riasec', 'group', 'any')),
  value      TEXT,
  service_id TEXT NOT NULL REFERENCES service(id),
  rank       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE recommend_rule_text (
  rule_id TEXT NOT NULL REFERENCES recommend_rule(id),
  lang    TEXT NOT NULL REFERENCES language(code),
  reason  TEXT NOT NULL CHECK (reason <> ''),
  PRIMARY KEY (rule_id, lang)
) WITHOUT ROWID;
INSERT INTO recommend_rule SELECT DISTINCT rule_id, condition, nullif(value, ''),
  service_id, CAST(rank AS INTEGER) FROM raw_recommend;
INSERT INTO recommend_rule_text SELECT rule_id, lang, reason FROM raw_recommend;

INSERT INTO text_table (name, key_expr) VALUES
  ('provider_text', 'provider_id'),
  ('service_text', 'service_id'),
  ('target_group_text', 'group_id'),
  ('theme_text', 'theme_id'),
  ('need_text', 'need_id'),
  ('need_service_text', 'need_id || ''/'' || service_id'),
  ('recommend_rule_text', 'rule_id');

-- Search: the documents of services are defined in src/store/search-source.c,
-- not here, because a counselor's edit rebuilds them with the same definition
-- (src/store/upkeep-service.c); catalog-build indexes them with the views
-- search_source_* of the other scripts.

DROP TABLE raw_providers;
DROP TABLE raw_provider_texts;
DROP TABLE raw_services;
DROP TABLE raw_service_texts;
DROP TABLE raw_service_keywords;
DROP TABLE raw_groups;
DROP TABLE raw_themes;
DROP TABLE raw_service_groups;
DROP TABLE raw_service_themes;
DROP TABLE raw_needs;
DROP TABLE raw_need_services;
DROP TABLE raw_recommend;
