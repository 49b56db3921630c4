-- Measured with bench/list-query.ts (1.2M campaigns, one customer with 200k):
-- the list pages in index order with the id tie-breaker, and the agent half
-- of the name filter is answered from an index alone.
drop index public.campaigns_customer_created_idx;
drop index public.campaigns_customer_status_created_idx;
drop index public.campaigns_agent_id_idx;

create index campaigns_customer_created_idx
  on public.campaigns (customer_id, created_at desc, id desc);
create index campaigns_customer_status_created_idx
  on public.campaigns (customer_id, status, created_at desc, id desc);
create index campaigns_customer_agent_status_idx
  on public.campaigns (customer_id, agent_id, status) include (created_at, id);
