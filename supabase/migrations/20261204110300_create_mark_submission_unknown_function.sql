create function private.mark_submission_unknown(
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
  set last_error = p_error
  where c.id = p_campaign_id
    and c.status = 'pending'
    and c.upstream_batch_id is null
    and c.customer_id = private.customer_id_of(p_user_id)
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    raise exception 'not_found';
  end if;

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email, detail
  )
  select p_campaign_id, v_customer_id, 'upstream_error', u.id, u.email,
    jsonb_build_object('error', p_error)
  from auth.users u where u.id = p_user_id;
end
$$;

comment on function private.mark_submission_unknown(uuid, uuid, jsonb) is
  'After a submit that timed out or got a 5xx: the campaign stays pending with '
  'upstream_batch_id null and last_error {code: submission_unknown, message}, '
  'and keeps its quota. The sync finds such campaigns (pending, no upstream '
  'id) and settles them: found upstream by prefixed name and creation time -> '
  'store the id; not there -> mark_campaign_failed + refund_quota. Definer '
  'rights: members cannot update campaigns.';

revoke execute on function private.mark_submission_unknown(uuid, uuid, jsonb)
from public, anon, authenticated;
grant execute on function private.mark_submission_unknown(uuid, uuid, jsonb)
to service_role;

comment on column public.campaigns.upstream_batch_id is
  'ElevenLabs batch id. Null on a pending campaign = submit not answered yet, '
  'or answered with a timeout/5xx (then last_error.code = submission_unknown): '
  'the sync reconciles it by prefixed name and creation time.';
