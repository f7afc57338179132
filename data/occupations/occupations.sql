-- SPDX-License-Identifier: GPL-3.0-or-later
-- Occupations: ESCO occupations and ISCO-08 groups with their labels in
-- the UI languages, interest (RIASEC) and skill profiles from O*NET, and
-- the preparation level.  Runs after catalog.sql (it needs language and
-- skill) on the raw_* tables loaded from the CSV files in this folder;
-- README.md here says where they come from.  Read by
-- src/store/occupation.c.
--
-- Derived values, all computed here so they can be reviewed in one place:
--  - An occupation without O*NET interest data (n_onet = 0) takes the
--    profile and job zones of its ISCO unit group, if that has one;
--    riasec_source says which ('own', 'isco' or NULL for neither).
--  - level (0 CCP, 1 DAP, 2 DT/BTS, 3 bachelor and above) comes from the
--    middle job zone, floor((min + max) / 2): 1 -> 0, 2 -> 1, 3 -> 2,
--    4 and 5 -> 3.
--  - Skill importance is the mean over the occupation's O*NET codes; an
--    occupation without any takes the mean over the O*NET codes of its
--    ISCO unit group; skill_source says which.

-- ISCO-08 groups, levels 1 (major) to 4 (unit).  Codes are text: '0110'.
CREATE TABLE isco_group (
  code         TEXT PRIMARY KEY,
  level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  parent       TEXT REFERENCES isco_group(code),  -- NULL for level 1
  R REAL, I REAL, A REAL, S REAL, E REAL, C REAL, -- O*NET scale 1..7
  job_zone_min INTEGER CHECK (job_zone_min BETWEEN 1 AND 5),
  job_zone_max INTEGER CHECK (job_zone_max BETWEEN 1 AND 5),
  CHECK (length(code) = level),
  CHECK ((parent IS NULL) = (level = 1))
) WITHOUT ROWID;
INSERT INTO isco_group
  SELECT isco_code, CAST(level AS INTEGER),
         CASE WHEN length(isco_code) > 1
              THEN substr(isco_code, 1, length(isco_code) - 1) END,
         CAST(NULLIF(R, '') AS REAL), CAST(NULLIF(I, '') AS REAL),
         CAST(NULLIF(A, '') AS REAL), CAST(NULLIF(S, '') AS REAL),
         CAST(NULLIF(E, '') AS REAL), CAST(NULLIF(C, '') AS REAL),
         CAST(NULLIF(job_zone_min, '') AS INTEGER),
         CAST(NULLIF(job_zone_max, '') AS INTEGER)
  FROM raw_isco_groups ORDER BY isco_code;

CREATE TABLE isco_group_text (
  code  TEXT NOT NULL REFERENCES isco_group(code),
  lang  TEXT NOT NULL REFERENCES language(code),
  label TEXT NOT NULL CHECK (label <> ''),
  PRIMARY KEY (code, lang)
) WITHOUT ROWID;
-- ESCO's labels (label_XX columns, loaded long by catalog-build) in every
-- language of the language table; where ESCO has none, the names the
-- project wrote itself (isco_group_texts.csv).
INSERT INTO isco_group_text
  SELECT r.key, r.lang, r.label
  FROM raw_isco_groups_label r JOIN language l ON l.code = r.lang
  WHERE r.label <> ''
  UNION ALL
  SELECT t.isco_code, t.lang, t.label
  FROM raw_isco_group_texts t JOIN language l ON l.code = t.lang
  WHERE t.label <> '' AND NOT EXISTS (SELECT 1 FROM raw_isco_groups_label r
    WHERE r.key = t.isco_code AND r.lang = t.lang AND r.label <> '');

-- ESCO occupations; ids follow esco_code order.  R..C, the job zones and
-- level are the effective profile: the occupation's own, or its ISCO unit
-- group's as riasec_source says.
CREATE TABLE occupation (
  id            INTEGER PRIMARY KEY,
  uri           TEXT NOT NULL UNIQUE,
  esco_code     TEXT NOT NULL UNIQUE,
  isco_code     TEXT NOT NULL REFERENCES isco_group(code),
  R REAL, I REAL, A REAL, S REAL, E REAL, C REAL,
  riasec_source TEXT CHECK (riasec_source IN ('own', 'isco')),
  job_zone_min  INTEGER CHECK (job_zone_min BETWEEN 1 AND 5),
  job_zone_max  INTEGER CHECK (job_zone_max BETWEEN 1 AND 5),
  level         INTEGER CHECK (level BETWEEN 0 AND 3),
  skill_source  TEXT CHECK (skill_source IN ('own', 'isco')),
  CHECK ((riasec_source IS NULL) = (R IS NULL))
);
CREATE INDEX occupation_isco ON occupation(isco_code);

INSERT INTO occupation (id, uri, esco_code, isco_code, R, I, A, S, E, C,
    riasec_source, job_zone_min, job_zone_max)
  SELECT row_number() OVER (ORDER BY o.esco_code), o.uri, o.esco_code,
         o.isco_code,
         CASE WHEN o.own THEN CAST(o.R AS REAL) ELSE g.R END,
         CASE WHEN o.own THEN CAST(o.I AS REAL) ELSE g.I END,
         CASE WHEN o.own THEN CAST(o.A AS REAL) ELSE g.A END,
         CASE WHEN o.own THEN CAST(o.S AS REAL) ELSE g.S END,
         CASE WHEN o.own THEN CAST(o.E AS REAL) ELSE g.E END,
         CASE WHEN o.own THEN CAST(o.C AS REAL) ELSE g.C END,
         CASE WHEN o.own THEN 'own' WHEN g.R IS NOT NULL THEN 'isco' END,
         COALESCE(CAST(NULLIF(o.job_zone_min, '') AS INTEGER), g.job_zone_min),
         COALESCE(CAST(NULLIF(o.job_zone_max, '') AS INTEGER), g.job_zone_max)
  FROM (SELECT *, CAST(n_onet AS INTEGER) > 0 AS own
        FROM raw_occupations) o
  LEFT JOIN isco_group g ON g.code = o.isco_code
  ORDER BY o.esco_code;

UPDATE occupation SET level =
  CASE (job_zone_min + job_zone_max) / 2
    WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 3
  END;

-- Preferred labels.
CREATE TABLE occupation_text (
  occupation_id INTEGER NOT NULL REFERENCES occupation(id),
  lang          TEXT NOT NULL REFERENCES language(code),
  label         TEXT NOT NULL CHECK (label <> ''),
  PRIMARY KEY (occupation_id, lang)
) WITHOUT ROWID;
INSERT INTO occupation_text
  SELECT o.id, t.lang, t.label
  FROM raw_occupations_label t
  JOIN language l ON l.code = t.lang
  JOIN occupation o ON o.uri = t.key
  WHERE t.label <> '';

-- Alternative labels (synonyms, gendered forms) and hidden ones (search
-- terms ESCO does not display: misspellings, outdated terms).
CREATE TABLE occupation_alt (
  occupation_id INTEGER NOT NULL REFERENCES occupation(id),
  lang          TEXT NOT NULL REFERENCES language(code),
  label         TEXT NOT NULL CHECK (label <> ''),
  hidden        INTEGER NOT NULL CHECK (hidden IN (0, 1)),
  PRIMARY KEY (occupation_id, lang, label)
) WITHOUT ROWID;
INSERT INTO occupation_alt
  SELECT o.id, a.lang, a.label, a.kind = 'hidden'
  FROM raw_occupation_alt_labels a JOIN occupation o ON o.esco_code = a.esco_code
  JOIN language l ON l.code = a.lang
  WHERE a.kind IN ('alt', 'hidden');

-- Skill importance (O*NET IM scale 1..5) for the skills a visitor rates.
CREATE TABLE occupation_skill (
  occupation_id INTEGER NOT NULL REFERENCES occupation(id),
  element_id    TEXT NOT NULL REFERENCES skill(element_id),
  importance    REAL NOT NULL CHECK (importance BETWEEN 1 AND 5),
  PRIMARY KEY (occupation_id, element_id)
) WITHOUT ROWID;

CREATE TEMP TABLE occupation_onet (
  occupation_id INTEGER NOT NULL,
  onet_soc      TEXT NOT NULL,
  PRIMARY KEY (occupation_id, onet_soc)
) WITHOUT ROWID;
INSERT INTO occupation_onet
  SELECT o.id, j.value
  FROM raw_occupations r JOIN occupation o ON o.uri = r.uri,
       json_each('["' || replace(r.onet_codes, ';', '","') || '"]') j
  WHERE r.onet_codes <> '';

CREATE TEMP TABLE onet_skill (
  onet_soc   TEXT NOT NULL,
  element_id TEXT NOT NULL,
  importance REAL NOT NULL,
  PRIMARY KEY (onet_soc, element_id)
) WITHOUT ROWID;
INSERT INTO onet_skill
  SELECT s.onet_soc, s.element_id, CAST(s.importance AS REAL)
  FROM raw_onet_skills s JOIN skill k ON k.element_id = s.element_id
  WHERE s.importance <> '';

INSERT INTO occupation_skill
  SELECT l.occupation_id, s.element_id, round(avg(s.importance), 2)
  FROM occupation_onet l JOIN onet_skill s ON s.onet_soc = l.onet_soc
  GROUP BY l.occupation_id, s.element_id;
UPDATE occupation SET skill_source = 'own'
  WHERE id IN (SELECT occupation_id FROM occupation_skill);

-- The fallback: every distinct O*NET code linked to an occupation of the
-- same unit group counts once.
CREATE TEMP TABLE isco_onet AS
  SELECT DISTINCT o.isco_code, l.onet_soc
  FROM occupation_onet l JOIN occupation o ON o.id = l.occupation_id;
INSERT INTO occupation_skill
  SELECT o.id, s.element_id, round(avg(s.importance), 2)
  FROM occupation o
  JOIN isco_onet g ON g.isco_code = o.isco_code
  JOIN onet_skill s ON s.onet_soc = g.onet_soc
  WHERE o.skill_source IS NULL
  GROUP BY o.id, s.element_id;
UPDATE occupation SET skill_source = 'isco'
  WHERE skill_source IS NULL
    AND id IN (SELECT occupation_id FROM occupation_skill);

DROP TABLE temp.isco_onet;
DROP TABLE temp.onet_skill;
DROP TABLE temp.occupation_onet;

-- Labour-market facts for Luxembourg that a counselor checked (apprenticeship
-- offered, shortage occupation), imported through the labour-market CSV
-- file.  Empty in the bundled catalog: ADEM's shortage list comes from
-- ../luxembourg/ (occupation_shortage), and the UI says plainly when an
-- occupation has neither.  A row must name its source and the date a
-- person checked it.
CREATE TABLE occupation_lmi (
  occupation_id  INTEGER PRIMARY KEY REFERENCES occupation(id),
  apprenticeship INTEGER CHECK (apprenticeship IN (0, 1)), -- NULL unknown
  shortage       INTEGER CHECK (shortage IN (0, 1)),       -- NULL unknown
  source         TEXT NOT NULL CHECK (source <> ''),
  checked        TEXT NOT NULL CHECK (checked <> '')       -- YYYY-MM-DD
);

-- Search: preferred and alternative labels.  Hidden labels are found
-- but never shown: they are indexed in body, and the row shows the
-- preferred label in the same language.
CREATE VIEW search_source_occupation (kind, ref, lang, label, body,
    preferred) AS
  SELECT 'occupation', CAST(occupation_id AS TEXT), lang, label, '', 1
  FROM occupation_text
  UNION ALL
  SELECT 'occupation', CAST(a.occupation_id AS TEXT), a.lang, a.label, '', 0
  FROM occupation_alt a
  JOIN occupation_text t ON t.occupation_id = a.occupation_id
                        AND t.lang = a.lang
  WHERE a.hidden = 0 AND a.label <> t.label
  UNION ALL
  SELECT 'occupation', CAST(a.occupation_id AS TEXT), a.lang, t.label,
         a.label, 0
  FROM occupation_alt a
  JOIN occupation_text t ON t.occupation_id = a.occupation_id
                        AND t.lang = a.lang
  WHERE a.hidden = 1 AND a.label <> t.label;
CREATE VIEW search_source_isco (kind, ref, lang, label, body, preferred) AS
  SELECT 'isco', code, lang, label, '', 1 FROM isco_group_text;

-- ESCO's names: a language without its own takes them along its chain.
INSERT INTO text_table VALUES
  ('occupation_text', 'occupation_id', 0),
  ('isco_group_text', 'code', 0);

INSERT INTO meta VALUES
  ('occupations.esco', 'ESCO v1.2.0 (en, de, pt labels), v1.2.1 (fr, nl labels, codes)'),
  ('occupations.onet', 'O*NET 29.3 Database (May 2025), USDOL/ETA, CC BY 4.0');

DROP TABLE raw_occupations;
DROP TABLE raw_occupations_label;
DROP TABLE raw_isco_groups;
DROP TABLE raw_isco_groups_label;
DROP TABLE raw_isco_group_texts;
DROP TABLE raw_onet_skills;
DROP TABLE raw_occupation_alt_labels;
