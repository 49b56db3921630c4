-- The name search always runs for one customer, often with a status. A
-- trigram index over every customer's names hands the biggest customer's
-- search the whole table's matches; keyed by customer and status as well, the
-- index returns only the rows the list wants. GIN uses any subset of its
-- columns, so a search without a status uses it too.
create index campaigns_customer_status_name_trgm_idx
  on public.campaigns
  using gin (customer_id, status, name extensions.gin_trgm_ops);

drop index public.campaigns_name_trgm_idx;
