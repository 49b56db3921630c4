create function private.create_campaign(
  p_user_id uuid,
  p_name text,
  p_agent_id text,
  p_phone_number_id text,
  p_scheduled_at timestamptz,
  p_time_zone text,
  p_recipients jsonb
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid := private.customer_id_of(p_user_id);
  v_number_agent_id text;
  v_limit integer;
  v_used integer;
  v_month_start timestamptz := date_trunc('month', now(), 'UTC');
  v_count integer;
  v_campaign_id uuid;
  v_email text;
begin
  if v_customer_id is null then
    raise exception 'no_customer';
  end if;

  -- The function validates each recipient; this guards the statement below.
  if jsonb_typeof(p_recipients) is distinct from 'array'
    or jsonb_array_length(p_recipients) not between 1 and 10000 then
    raise exception 'invalid_request' using detail = 'recipients';
  end if;
  v_count := jsonb_array_length(p_recipients);

  if not exists (
    select from public.agents
    where id = p_agent_id and customer_id = v_customer_id
  ) then
    raise exception 'not_found' using detail = 'agent';
  end if;
  select agent_id into v_number_agent_id from public.phone_numbers
  where id = p_phone_number_id and customer_id = v_customer_id;
  if not found then
    raise exception 'not_found' using detail = 'phone_number';
  end if;
  if v_number_agent_id is distinct from p_agent_id then
    raise exception 'number_not_assigned';
  end if;

  if not exists (
    select from public.terms_acceptances
    where customer_id = v_customer_id
      and version = (select max(version) from public.terms_versions)
  ) then
    raise exception 'batch_calling_agreement_required';
  end if;

  -- The row lock makes parallel submits of one customer take turns, so the
  -- count below always includes campaigns committed by the previous holder.
  select coalesce(c.campaign_limit_override, p.monthly_campaign_limit)
  into v_limit
  from public.customers c
  join public.plans p on p.id = c.plan_id
  where c.id = v_customer_id
  for update of c;

  select count(*) into v_used from public.campaigns
  where customer_id = v_customer_id
    and counts_toward_quota
    and created_at >= v_month_start;
  if v_limit is not null and v_used >= v_limit then
    raise exception 'quota_exceeded' using detail = json_build_object(
      'limit', v_limit,
      'used', v_used,
      'resets_at', v_month_start + interval '1 month'
    )::text;
  end if;

  select email into v_email from auth.users where id = p_user_id;
  insert into public.campaigns (
    customer_id, name, agent_id, phone_number_id, scheduled_at, time_zone,
    total_calls_scheduled, status_counts, created_by, created_by_email
  ) values (
    v_customer_id, p_name, p_agent_id, p_phone_number_id, p_scheduled_at,
    p_time_zone, v_count, jsonb_build_object('pending', v_count), p_user_id,
    v_email
  )
  returning id into v_campaign_id;

  insert into public.campaign_recipients (
    campaign_id, customer_id, position, phone_number, variables
  )
  select
    v_campaign_id,
    v_customer_id,
    r.position,
    r.item ->> 'phone_number',
    coalesce(r.item -> 'variables', '{}')
  from jsonb_array_elements(p_recipients) with ordinality as r(item, position);

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email, detail
  ) values (
    v_campaign_id, v_customer_id, 'created', p_user_id, v_email,
    jsonb_build_object('recipients', v_count, 'scheduled_at', p_scheduled_at)
  );

  return v_campaign_id;
end
$$;

comment on function private.create_campaign(
  uuid, text, text, text, timestamptz, text, jsonb
) is
  'Stores a new campaign and its recipients (jsonb array of {phone_number, '
  'variables}) for the user''s customer after checking ownership of agent and '
  'number, terms and the monthly quota, which it consumes. Definer rights: '
  'members cannot write campaigns; the quota check locks the customer row.';

create function private.mark_campaign_submitted(
  p_user_id uuid,
  p_campaign_id uuid,
  p_upstream_batch_id text
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
begin
  update public.campaigns
  set upstream_batch_id = p_upstream_batch_id, last_error = null
  where id = p_campaign_id
    and customer_id = private.customer_id_of(p_user_id)
  returning customer_id into v_customer_id;
  if v_customer_id is null then
    raise exception 'not_found';
  end if;

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email, detail
  )
  select p_campaign_id, v_customer_id, 'submitted', u.id, u.email,
    jsonb_build_object('upstream_batch_id', p_upstream_batch_id)
  from auth.users u where u.id = p_user_id;
end
$$;

comment on function private.mark_campaign_submitted(uuid, uuid, text) is
  'Records the ElevenLabs batch id after a successful submit by a member of '
  'the campaign''s customer. Definer rights: members cannot update campaigns.';

-- p_user_id null = the system (sync, reconciliation) acting.
create function private.mark_campaign_failed(
  p_user_id uuid,
  p_campaign_id uuid,
  p_error jsonb
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
begin
  update public.campaigns c
  set status = 'failed', last_error = p_error
  where c.id = p_campaign_id
    and c.status = 'pending'
    and (
      p_user_id is null
      or c.customer_id = private.customer_id_of(p_user_id)
    )
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    raise exception 'not_found';
  end if;

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email, detail
  ) values (
    p_campaign_id, v_customer_id, 'submit_failed', p_user_id,
    (select email from auth.users where id = p_user_id),
    jsonb_build_object('error', p_error)
  );
end
$$;

comment on function private.mark_campaign_failed(uuid, uuid, jsonb) is
  'Marks a pending campaign failed with the upstream error {code, message}. '
  'p_user_id null = the system; otherwise they must be a member of the '
  'campaign''s customer. Definer rights: members cannot update campaigns.';

create function private.refund_quota(p_campaign_id uuid, p_user_id uuid)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
begin
  update public.campaigns c
  set counts_toward_quota = false
  where c.id = p_campaign_id
    and c.counts_toward_quota
    and (
      p_user_id is null
      or c.customer_id = private.customer_id_of(p_user_id)
    )
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    return false;
  end if;

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email
  ) values (
    p_campaign_id, v_customer_id, 'quota_refunded', p_user_id,
    (select email from auth.users where id = p_user_id)
  );
  return true;
end
$$;

comment on function private.refund_quota(uuid, uuid) is
  'Gives back the quota a campaign took, once; false when already refunded or '
  'not the user''s. For when upstream definitely refused the batch. p_user_id '
  'null = the system. Definer rights: members cannot update campaigns.';

revoke execute on function
  private.create_campaign(uuid, text, text, text, timestamptz, text, jsonb),
  private.mark_campaign_submitted(uuid, uuid, text),
  private.mark_campaign_failed(uuid, uuid, jsonb),
  private.refund_quota(uuid, uuid)
from public, anon, authenticated;

grant execute on function
  private.create_campaign(uuid, text, text, text, timestamptz, text, jsonb),
  private.mark_campaign_submitted(uuid, uuid, text),
  private.mark_campaign_failed(uuid, uuid, jsonb),
  private.refund_quota(uuid, uuid)
to service_role;
