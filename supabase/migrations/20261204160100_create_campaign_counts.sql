-- The list shows an exact total. Counting a big customer's campaigns on every
-- request costs time in proportion to their number; these counts follow every
-- write instead, so a total without a name filter is one small read.
create table public.campaign_counts (
  customer_id uuid not null references public.customers (id) on delete cascade,
  status text not null,
  -- No check on the sign: derived data must never block a real write; a
  -- wrong count is fixed by a recount.
  campaigns integer not null,
  primary key (customer_id, status)
);

comment on table public.campaign_counts is
  'How many campaigns each customer has in each status, kept by triggers on '
  'public.campaigns. Read-only; if it ever disagrees with the campaigns, run '
  'create trigger count_truncated_campaigns
  after truncate on public.campaigns
  for each statement execute function private.count_truncated_campaigns();

select private.recount_campaign_counts();';

alter table public.campaign_counts enable row level security;

revoke all on public.campaign_counts from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.campaign_counts from authenticated;

create policy "Members can read their customer's campaign counts"
  on public.campaign_counts for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );

-- Definer rights: the counts must follow every write to campaigns, whoever
-- makes it, and the table takes no direct writes. Changes are applied sorted
-- by key, so two statements lock count rows in the same order.
create function private.count_inserted_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.campaign_counts as t (customer_id, status, campaigns)
  select n.customer_id, n.status, count(*)
  from new_rows n
  group by n.customer_id, n.status
  order by n.customer_id, n.status
  on conflict (customer_id, status)
  do update set campaigns = t.campaigns + excluded.campaigns;
  return null;
end;
$$;

create function private.count_updated_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  with moved as (
    select o.customer_id as old_customer_id, o.status as old_status,
      n.customer_id as new_customer_id, n.status as new_status
    from old_rows o
    join new_rows n on n.id = o.id
    where (o.customer_id, o.status) is distinct from (n.customer_id, n.status)
  ),
  changes as (
    select old_customer_id as customer_id, old_status as status, -1 as n
    from moved
    union all
    select new_customer_id, new_status, 1 from moved
  )
  insert into public.campaign_counts as t (customer_id, status, campaigns)
  select c.customer_id, c.status, sum(c.n)
  from changes c
  group by c.customer_id, c.status
  having sum(c.n) <> 0
  order by c.customer_id, c.status
  on conflict (customer_id, status)
  do update set campaigns = t.campaigns + excluded.campaigns;
  return null;
end;
$$;

-- Only updates: when a customer is deleted its counts may already be gone,
-- and a new count row would then break the foreign key.
create function private.count_deleted_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.campaign_counts t
  set campaigns = t.campaigns - d.n
  from (
    select o.customer_id, o.status, count(*) as n
    from old_rows o
    group by o.customer_id, o.status
  ) d
  where t.customer_id = d.customer_id and t.status = d.status;
  return null;
end;
$$;

create function private.count_truncated_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.campaign_counts;
  return null;
end;
$$;

create function private.recount_campaign_counts()
returns void
language sql
security definer
set search_path = ''
as $$
  delete from public.campaign_counts;
  insert into public.campaign_counts (customer_id, status, campaigns)
  select c.customer_id, c.status, count(*)
  from public.campaigns c
  group by c.customer_id, c.status;
$$;

comment on function private.count_inserted_campaigns() is
  'Trigger: adds inserted campaigns to public.campaign_counts.';
comment on function private.count_updated_campaigns() is
  'Trigger: moves campaigns whose status changed between counts.';
comment on function private.count_deleted_campaigns() is
  'Trigger: takes deleted campaigns off public.campaign_counts.';
comment on function private.count_truncated_campaigns() is
  'Trigger: empties public.campaign_counts with the campaigns.';
comment on function private.recount_campaign_counts() is
  'Rebuilds public.campaign_counts from the campaigns, e.g. after a bulk load '
  'with triggers off. Definer rights: support staff may run it from the SQL '
  'editor; it only derives counts from existing rows.';

revoke execute on function private.count_inserted_campaigns()
  from public, anon, authenticated;
revoke execute on function private.count_updated_campaigns()
  from public, anon, authenticated;
revoke execute on function private.count_deleted_campaigns()
  from public, anon, authenticated;
revoke execute on function private.count_truncated_campaigns()
  from public, anon, authenticated;
revoke execute on function private.recount_campaign_counts()
  from public, anon, authenticated;

create trigger count_inserted_campaigns
  after insert on public.campaigns
  referencing new table as new_rows
  for each statement execute function private.count_inserted_campaigns();

create trigger count_updated_campaigns
  after update on public.campaigns
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.count_updated_campaigns();

create trigger count_deleted_campaigns
  after delete on public.campaigns
  referencing old table as old_rows
  for each statement execute function private.count_deleted_campaigns();

create trigger count_truncated_campaigns
  after truncate on public.campaigns
  for each statement execute function private.count_truncated_campaigns();

select private.recount_campaign_counts();
