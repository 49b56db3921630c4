-- Definer rights: the sync entry point and detail reads write what upstream
-- reported; members have no write access to campaigns or recipients. The
-- caller must still hold the lease (p_lease_until), which the function checks.
create function private.apply_campaign_sync(
  p_campaign_id uuid,
  p_lease_until timestamptz,
  p_batch jsonb
)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_old_status text;
  v_new_status text;
  v_lease timestamptz;
  v_counts jsonb;
begin
  select c.status, c.lease_until into v_old_status, v_lease
  from public.campaigns c
  where c.id = p_campaign_id
  for update;
  if not found or v_lease is distinct from p_lease_until then
    return 'lease_lost';
  end if;
  -- Cancelled (or finished) by someone else since the lease was taken.
  if v_old_status not in ('pending', 'in_progress') then
    update public.campaigns set lease_until = null where id = p_campaign_id;
    return 'finished';
  end if;

  v_new_status := p_batch ->> 'status';
  if v_new_status is null or v_new_status not in (
    'pending', 'in_progress', 'completed', 'failed', 'cancelled'
  ) then
    v_new_status := v_old_status;
  end if;

  -- One statement for every recipient: matched by our id, else by phone
  -- (upstream may not keep the ids we send). Unchanged rows are not written.
  with incoming as (
    select r.id, r.phone_number, r.status, r.conversation_id, r.updated_at_unix,
      case
        when r.id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then r.id::uuid
      end as our_id
    from jsonb_to_recordset(p_batch -> 'recipients') as r(
      id text,
      phone_number text,
      status text,
      conversation_id text,
      updated_at_unix double precision
    )
    where r.status in (
      'pending', 'dispatched', 'initiated', 'in_progress',
      'completed', 'failed', 'voicemail', 'cancelled'
    )
  ),
  matched as (
    select distinct on (coalesce(by_id.id, by_phone.id))
      coalesce(by_id.id, by_phone.id) as recipient_id,
      i.status,
      i.conversation_id,
      coalesce(to_timestamp(i.updated_at_unix), now()) as updated_at
    from incoming i
    left join public.campaign_recipients by_id
      on by_id.campaign_id = p_campaign_id and by_id.id = i.our_id
    left join public.campaign_recipients by_phone
      on by_id.id is null
      and by_phone.campaign_id = p_campaign_id
      and by_phone.phone_number = i.phone_number
    where coalesce(by_id.id, by_phone.id) is not null
    order by coalesce(by_id.id, by_phone.id), by_id.id is null
  )
  update public.campaign_recipients cr
  set status = m.status,
    conversation_id = m.conversation_id,
    updated_at = m.updated_at
  from matched m
  where cr.id = m.recipient_id
    and cr.campaign_id = p_campaign_id
    and (
      cr.status is distinct from m.status
      or cr.conversation_id is distinct from m.conversation_id
    );

  select jsonb_object_agg(s.status, coalesce(n.count, 0))
  into v_counts
  from unnest(array[
    'pending', 'dispatched', 'initiated', 'in_progress',
    'completed', 'failed', 'voicemail', 'cancelled'
  ]) as s(status)
  left join (
    select r.status, count(*)::integer as count
    from public.campaign_recipients r
    where r.campaign_id = p_campaign_id
    group by r.status
  ) n on n.status = s.status;

  update public.campaigns c
  set status = v_new_status,
    total_calls_scheduled = coalesce(
      (p_batch ->> 'total_calls_scheduled')::integer, c.total_calls_scheduled
    ),
    total_calls_dispatched = coalesce(
      (p_batch ->> 'total_calls_dispatched')::integer, c.total_calls_dispatched
    ),
    total_calls_completed = (v_counts ->> 'completed')::integer,
    total_calls_failed =
      (v_counts ->> 'failed')::integer + (v_counts ->> 'voicemail')::integer,
    status_counts = v_counts,
    retry_count = coalesce((p_batch ->> 'retry_count')::integer, c.retry_count),
    last_error = case
      when v_new_status = 'failed' and v_old_status <> 'failed' then
        jsonb_build_object(
          'code', 'upstream_batch_failed',
          'message', 'ElevenLabs reported that this campaign failed.'
        )
      -- The sync's own earlier complaint no longer holds.
      when c.last_error ->> 'code' = 'upstream_batch_missing' then null
      else c.last_error
    end,
    synced_at = now(),
    lease_until = null
  where c.id = p_campaign_id;

  if v_new_status <> v_old_status then
    insert into public.campaign_events (campaign_id, customer_id, kind, detail)
    select c.id, c.customer_id, 'status_changed',
      jsonb_build_object('from', v_old_status, 'to', v_new_status)
    from public.campaigns c where c.id = p_campaign_id;
  end if;

  return 'applied';
end
$$;

comment on function private.apply_campaign_sync(uuid, timestamptz, jsonb) is
  'Writes what upstream reported for a campaign: p_batch is {status, '
  'total_calls_scheduled, total_calls_dispatched, retry_count, recipients: '
  '[{id, phone_number, status, conversation_id, updated_at_unix}]}. Counters '
  'and status_counts follow from the stored recipients; a status change '
  'becomes an event; releases the lease. Returns applied, lease_lost (another '
  'holder) or finished (cancelled meanwhile; nothing written). Definer '
  'rights: members cannot update campaigns.';

revoke execute on function private.apply_campaign_sync(uuid, timestamptz, jsonb)
  from public, anon, authenticated;
grant execute on function private.apply_campaign_sync(uuid, timestamptz, jsonb)
  to service_role;
