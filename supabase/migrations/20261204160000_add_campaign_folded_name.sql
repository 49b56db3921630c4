-- The list's name search compares lower(name) with a lowered pattern, which
-- is what ILIKE does in a UTF-8 database. Stored, so an index can hold it and
-- answer the search without reading the table.
alter table public.campaigns
  add column name_folded text generated always as (lower(name)) stored;

comment on column public.campaigns.name_folded is
  'lower(name), kept by Postgres for the list''s case-insensitive search.';
