-- The name search reads indexes alone (bench/list-query-results.md): the
-- trigram index found matches quickly but each one was then re-read from the
-- table to confirm it, which cost more than scanning the customer's entries
-- of a narrow index that holds the folded name.
drop index public.campaigns_customer_status_name_trgm_idx;
drop index public.campaigns_customer_agent_status_idx;

-- Counting matches: the narrowest entries, about a quarter faster to scan.
create index campaigns_customer_status_name_idx
  on public.campaigns (customer_id, status, name_folded);
-- Counting and paging rare matches in one pass.
create index campaigns_customer_status_name_page_idx
  on public.campaigns (customer_id, status, name_folded)
  include (created_at, id);
create index campaigns_customer_agent_status_idx
  on public.campaigns (customer_id, agent_id, status)
  include (name_folded, created_at, id);
