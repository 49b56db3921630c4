-- A submission whose outcome was unknown (timeout or 5xx) leaves the campaign
-- pending without an upstream batch id. The sync looks for the batch upstream
-- and settles it with one of these.

-- Definer rights: the sync writes campaigns; members have no write access.
create function private.record_reconciled_submission(
  p_campaign_id uuid,
  p_lease_until timestamptz,
  p_upstream_batch_id text
)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
begin
  update public.campaigns c
  set upstream_batch_id = p_upstream_batch_id, last_error = null
  where c.id = p_campaign_id
    and c.lease_until = p_lease_until
    and c.status = 'pending'
    and c.upstream_batch_id is null
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    return false;
  end if;

  insert into public.campaign_events (campaign_id, customer_id, kind, detail)
  values (
    p_campaign_id, v_customer_id, 'reconciled',
    jsonb_build_object('outcome', 'found', 'upstream_batch_id', p_upstream_batch_id)
  );
  return true;
end
$$;

comment on function private.record_reconciled_submission(uuid, timestamptz, text) is
  'Stores the upstream batch the sync found for a pending campaign whose '
  'submission outcome was unknown, clears last_error and records a '
  'reconciled event; false when the lease or state no longer allow it. '
  'Definer rights: members cannot update campaigns.';

-- Definer rights: the sync writes campaigns and gives quota back.
create function private.fail_unreceived_campaign(
  p_campaign_id uuid,
  p_lease_until timestamptz,
  p_grace interval,
  p_error jsonb
)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
begin
  -- The grace period is checked against the database clock, which also
  -- wrote created_at.
  update public.campaigns c
  set status = 'failed', last_error = p_error, lease_until = null
  where c.id = p_campaign_id
    and c.lease_until = p_lease_until
    and c.status = 'pending'
    and c.upstream_batch_id is null
    and c.created_at < now() - p_grace
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    return false;
  end if;

  insert into public.campaign_events (campaign_id, customer_id, kind, detail)
  values (
    p_campaign_id, v_customer_id, 'reconciled',
    jsonb_build_object('outcome', 'not_received', 'error', p_error)
  );
  insert into public.campaign_events (campaign_id, customer_id, kind, detail)
  values (
    p_campaign_id, v_customer_id, 'status_changed',
    jsonb_build_object('from', 'pending', 'to', 'failed')
  );
  perform private.refund_quota(p_campaign_id, null);
  return true;
end
$$;

comment on function private.fail_unreceived_campaign(
  uuid, timestamptz, interval, jsonb
) is
  'Marks failed, with p_error as last_error, a pending campaign older than '
  'p_grace that upstream never received, and refunds its quota; false when '
  'the lease or state no longer allow it. Definer rights: members cannot '
  'update campaigns.';

-- Definer rights: members cannot write events or campaigns.
create function private.record_sync_problem(
  p_campaign_id uuid,
  p_detail jsonb,
  p_last_error jsonb default null
)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
  v_latest public.campaign_events%rowtype;
begin
  select c.customer_id into v_customer_id
  from public.campaigns c where c.id = p_campaign_id;
  if v_customer_id is null then
    return false;
  end if;

  if p_last_error is not null then
    update public.campaigns c
    set last_error = p_last_error, lease_until = null
    where c.id = p_campaign_id;
  end if;

  -- A problem that persists is recorded once, not on every pass.
  select e.* into v_latest from public.campaign_events e
  where e.campaign_id = p_campaign_id
  order by e.at desc, e.id desc limit 1;
  if v_latest.kind = 'upstream_error'
    and v_latest.detail ->> 'code' = p_detail ->> 'code' then
    return false;
  end if;

  insert into public.campaign_events (campaign_id, customer_id, kind, detail)
  values (p_campaign_id, v_customer_id, 'upstream_error', p_detail);
  return true;
end
$$;

comment on function private.record_sync_problem(uuid, jsonb, jsonb) is
  'Records an upstream_error event (p_detail has a code) unless the latest '
  'event already says the same; with p_last_error also sets last_error and '
  'releases the lease. Never changes the status. Definer rights: members '
  'cannot write events or campaigns.';

revoke execute on function
  private.record_reconciled_submission(uuid, timestamptz, text),
  private.fail_unreceived_campaign(uuid, timestamptz, interval, jsonb),
  private.record_sync_problem(uuid, jsonb, jsonb)
from public, anon, authenticated;

grant execute on function
  private.record_reconciled_submission(uuid, timestamptz, text),
  private.fail_unreceived_campaign(uuid, timestamptz, interval, jsonb),
  private.record_sync_problem(uuid, jsonb, jsonb)
to service_role;
