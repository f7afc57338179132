-- SPDX-License-Identifier: GPL-3.0-or-later
-- Runs last: stamps the schema version that src/store/catalog.h expects.
-- (catalog-build then checks every foreign key and that no raw_ table is
-- left unused.)
PRAGMA user_version = 2;
