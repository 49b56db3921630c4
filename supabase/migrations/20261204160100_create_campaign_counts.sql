-- The list shows an exact total. Counting a big customer's campaigns on every
-- request costs time in proportion to their number; these rows follow every
-- write instead, so a total without a name filter is a small sum.
--
-- Writers only ever add rows here (+2 completed, -2 in_progress, ...), so two
-- transactions of one customer never wait for each other over a count, and
-- none waits for a lock on the customer row either: there is no foreign key,
-- whose check would (a submit holds that row while it checks the quota). The
-- sync folds each customer's rows into one per status.
create table public.campaign_counts (
  id bigint generated always as identity primary key,
  customer_id uuid not null,
  status text not null,
  campaigns integer not null
);

comment on table public.campaign_counts is
  'Campaigns per customer and status, as rows to add up: triggers on '
  'public.campaigns add a row for every change, the sync folds them. Read '
  'with sum(campaigns) grouped by customer_id and status; never edited by '
  'hand. private.recount_campaign_counts() rebuilds it from the campaigns.';
comment on column public.campaign_counts.campaigns is
  'A change in the number of campaigns (negative when some left the status).';

create index campaign_counts_customer_status_idx
  on public.campaign_counts (customer_id, status) include (campaigns);

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

-- Definer rights on the functions below: the counts must follow every write
-- to campaigns, whoever makes it, and the table takes no direct writes.
-- Old and new rows are counted apart, not paired by id, so an update that
-- changes an id moves its count too. Only the branch of the firing event is
-- planned, so each transition table is read only where it exists.
create function private.count_changed_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.campaign_counts (customer_id, status, campaigns)
    select n.customer_id, n.status, count(*)
    from new_rows n
    group by n.customer_id, n.status;
  elsif tg_op = 'DELETE' then
    insert into public.campaign_counts (customer_id, status, campaigns)
    select o.customer_id, o.status, -count(*)
    from old_rows o
    group by o.customer_id, o.status;
  else
    insert into public.campaign_counts (customer_id, status, campaigns)
    select c.customer_id, c.status, sum(c.n)
    from (
      select o.customer_id, o.status, -1 as n from old_rows o
      union all
      select n.customer_id, n.status, 1 from new_rows n
    ) c
    group by c.customer_id, c.status
    having sum(c.n) <> 0;
  end if;
  return null;
end;
$$;

-- Folding, recounting and emptying each take this transaction lock first:
-- one of them would not see the rows another adds in the meantime and would
-- leave them beside its own, counting twice.
create function private.count_truncated_campaigns()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtext('public.campaign_counts'));
  delete from public.campaign_counts;
  return null;
end;
$$;

-- Folding deletes a customer's rows and adds their sum in one statement, so
-- a reader sees either the rows or the sum. Rows added meanwhile are not in
-- the delete's snapshot and stay. Customers that are gone lose their rows.
-- A fold finding another at work leaves the rows to the next pass.
create function private.fold_campaign_counts()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_folded integer;
begin
  if not pg_try_advisory_xact_lock(hashtext('public.campaign_counts')) then
    return 0;
  end if;

  with folded as (
    delete from public.campaign_counts t
    using (
      select c.customer_id, c.status from public.campaign_counts c
      group by c.customer_id, c.status
      having count(*) > 1
        or not exists (
          select from public.customers cu where cu.id = c.customer_id
        )
    ) k
    where t.customer_id = k.customer_id and t.status = k.status
    returning t.customer_id, t.status, t.campaigns
  ),
  added as (
    insert into public.campaign_counts (customer_id, status, campaigns)
    select f.customer_id, f.status, sum(f.campaigns)
    from folded f
    where exists (select from public.customers cu where cu.id = f.customer_id)
    group by f.customer_id, f.status
    having sum(f.campaigns) <> 0
    returning 1
  )
  select count(*)::int into v_folded from folded;
  return v_folded;
end;
$$;

-- One statement, so the rows it deletes and the campaigns it counts are seen
-- at the same moment: a writer that commits meanwhile keeps its own row. The
-- table lock comes before the counts' lock, in the order a truncate of the
-- campaigns takes them, so the two cannot wait for each other.
create function private.recount_campaign_counts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  lock table public.campaigns in access share mode;
  perform pg_advisory_xact_lock(hashtext('public.campaign_counts'));
  with cleared as (
    delete from public.campaign_counts returning 1
  )
  insert into public.campaign_counts (customer_id, status, campaigns)
  select c.customer_id, c.status, count(*)
  from public.campaigns c
  group by c.customer_id, c.status;
end;
$$;

comment on function private.count_changed_campaigns() is
  'Trigger: adds what an insert, update or delete of campaigns changed to '
  'public.campaign_counts.';
comment on function private.count_truncated_campaigns() is
  'Trigger: empties public.campaign_counts with the campaigns.';
comment on function private.fold_campaign_counts() is
  'Folds public.campaign_counts to one row per customer and status and drops '
  'the rows of deleted customers; returns how many rows it took in. Called '
  'by every sync pass.';
comment on function private.recount_campaign_counts() is
  'Rebuilds public.campaign_counts from the campaigns, e.g. after a bulk load '
  'with triggers off. Definer rights: support staff may run it from the SQL '
  'editor; it only derives counts from existing rows.';

revoke execute on function private.count_changed_campaigns()
  from public, anon, authenticated;
revoke execute on function private.count_truncated_campaigns()
  from public, anon, authenticated;
revoke execute on function private.fold_campaign_counts()
  from public, anon, authenticated;
revoke execute on function private.recount_campaign_counts()
  from public, anon, authenticated;
grant execute on function private.fold_campaign_counts() to service_role;

create trigger count_inserted_campaigns
  after insert on public.campaigns
  referencing new table as new_rows
  for each statement execute function private.count_changed_campaigns();

create trigger count_updated_campaigns
  after update on public.campaigns
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.count_changed_campaigns();

create trigger count_deleted_campaigns
  after delete on public.campaigns
  referencing old table as old_rows
  for each statement execute function private.count_changed_campaigns();

create trigger count_truncated_campaigns
  after truncate on public.campaigns
  for each statement execute function private.count_truncated_campaigns();

select private.recount_campaign_counts();
