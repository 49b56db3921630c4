-- Partial, case-insensitive name matching (ILIKE '%text%') served by an index.
create extension if not exists pg_trgm with schema extensions;
