-- p_status: the campaign status upstream answered the retry with.
create function private.retry_campaign(
  p_user_id uuid,
  p_campaign_id uuid,
  p_status text
)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
  v_requeued integer;
begin
  select c.customer_id into v_customer_id from public.campaigns c
  where c.id = p_campaign_id
    and c.status in ('completed', 'failed')
    and c.customer_id = private.customer_id_of(p_user_id)
  for update;
  if v_customer_id is null then
    raise exception 'nothing_to_retry';
  end if;

  update public.campaign_recipients
  set status = 'pending', conversation_id = null, updated_at = now()
  where campaign_id = p_campaign_id and status in ('failed', 'voicemail');
  get diagnostics v_requeued = row_count;
  if v_requeued = 0 then
    raise exception 'nothing_to_retry';
  end if;

  update public.campaigns c
  set status = case when p_status = 'in_progress' then 'in_progress'
      else 'pending' end,
    retry_count = c.retry_count + 1,
    last_error = null,
    total_calls_dispatched = greatest(0, c.total_calls_dispatched - v_requeued),
    total_calls_failed = 0,
    status_counts = (
      select coalesce(jsonb_object_agg(r.status, r.n), '{}')
      from (
        select status, count(*) as n from public.campaign_recipients
        where campaign_id = p_campaign_id group by status
      ) r
    )
  where c.id = p_campaign_id;

  insert into public.campaign_events (
    campaign_id, customer_id, kind, actor_id, actor_email, detail
  )
  select p_campaign_id, v_customer_id, 'retried', u.id, u.email,
    jsonb_build_object('recipients_requeued', v_requeued)
  from auth.users u where u.id = p_user_id;
  return v_requeued;
end
$$;

comment on function private.retry_campaign(uuid, uuid, text) is
  'Records a retry upstream accepted: failed and voicemail recipients go back '
  'to pending, retry_count goes up, the campaign is pending or in progress '
  'again. Raises nothing_to_retry unless the campaign is finished (completed '
  'or failed), has such recipients and belongs to the user''s customer. No '
  'quota is used. Definer rights: members cannot update campaigns.';

revoke execute on function private.retry_campaign(uuid, uuid, text)
from public, anon, authenticated;
grant execute on function private.retry_campaign(uuid, uuid, text)
to service_role;
