-- A lease says "a sync pass is working on this campaign until lease_until".
-- Leases are taken and committed before any call to ElevenLabs, so no row lock
-- is held while waiting on upstream; lease_until doubles as the holder's token.

-- Definer rights: called by the sync entry point and by detail reads, which
-- run as the function login; members have no write access to campaigns.
create function private.lease_campaigns_for_sync(
  p_limit integer,
  p_recipient_budget integer,
  p_lease interval,
  p_resync_after interval,
  p_customer_id uuid default null
)
returns table (
  id uuid,
  customer_id uuid,
  name text,
  upstream_batch_id text,
  status text,
  created_at timestamptz,
  total_calls_scheduled integer,
  lease_until timestamptz
)
language sql
security definer
set search_path = ''
as $$
  with candidates as (
    select c.id, c.synced_at, c.created_at, c.total_calls_scheduled
    from public.campaigns c
    where c.status in ('pending', 'in_progress')
      and (c.lease_until is null or c.lease_until < now())
      and (c.synced_at is null or c.synced_at < now() - p_resync_after)
      and (p_customer_id is null or c.customer_id = p_customer_id)
    order by c.synced_at asc nulls first, c.created_at, c.id
    limit p_limit
    for update skip locked
  ),
  -- Large campaigns cost CPU to read: stop once the recipients add up to the
  -- budget, but always take the first so a huge campaign is never starved.
  within_budget as (
    select r.id
    from (
      select
        k.id,
        sum(k.total_calls_scheduled) over w as running,
        row_number() over w as n
      from candidates k
      window w as (order by k.synced_at asc nulls first, k.created_at, k.id)
    ) r
    where r.running <= p_recipient_budget or r.n = 1
  )
  update public.campaigns c
  set lease_until = now() + p_lease
  from within_budget b
  where c.id = b.id
  returning c.id, c.customer_id, c.name, c.upstream_batch_id, c.status,
    c.created_at, c.total_calls_scheduled, c.lease_until
$$;

comment on function private.lease_campaigns_for_sync(
  integer, integer, interval, interval, uuid
) is
  'Leases up to p_limit unfinished, unleased campaigns not synced within '
  'p_resync_after (least recently synced first, within p_recipient_budget '
  'recipients) for p_lease; parallel passes skip each other''s rows. '
  'p_customer_id narrows it to one customer. '
  'Definer rights: members cannot update campaigns.';

-- Definer rights: as above.
create function private.lease_campaign_for_refresh(
  p_campaign_id uuid,
  p_stale_after interval,
  p_lease interval
)
returns table (
  id uuid,
  customer_id uuid,
  name text,
  upstream_batch_id text,
  status text,
  created_at timestamptz,
  total_calls_scheduled integer,
  lease_until timestamptz
)
language sql
security definer
set search_path = ''
as $$
  update public.campaigns c
  set lease_until = now() + p_lease
  where c.id = p_campaign_id
    and c.status in ('pending', 'in_progress')
    and c.upstream_batch_id is not null
    and (c.lease_until is null or c.lease_until < now())
    and (c.synced_at is null or c.synced_at < now() - p_stale_after)
  returning c.id, c.customer_id, c.name, c.upstream_batch_id, c.status,
    c.created_at, c.total_calls_scheduled, c.lease_until
$$;

comment on function private.lease_campaign_for_refresh(uuid, interval, interval) is
  'Leases one submitted, unfinished campaign synced longer than p_stale_after '
  'ago, for a detail read to refresh; no row when it is fresh, finished or '
  'leased by a pass. Definer rights: members cannot update campaigns.';

-- Definer rights: as above.
create function private.release_campaign_leases(
  p_campaign_ids uuid[],
  p_lease_until timestamptz
)
returns integer
language sql
security definer
set search_path = ''
as $$
  with released as (
    update public.campaigns c
    set lease_until = null
    where c.id = any(p_campaign_ids) and c.lease_until = p_lease_until
    returning 1
  )
  select count(*)::integer from released
$$;

comment on function private.release_campaign_leases(uuid[], timestamptz) is
  'Gives back leases a pass still holds (same lease_until) so the next pass '
  'may take those campaigns at once. Definer rights: members cannot update '
  'campaigns.';

revoke execute on function
  private.lease_campaigns_for_sync(integer, integer, interval, interval, uuid),
  private.lease_campaign_for_refresh(uuid, interval, interval),
  private.release_campaign_leases(uuid[], timestamptz)
from public, anon, authenticated;

grant execute on function
  private.lease_campaigns_for_sync(integer, integer, interval, interval, uuid),
  private.lease_campaign_for_refresh(uuid, interval, interval),
  private.release_campaign_leases(uuid[], timestamptz)
to service_role;
