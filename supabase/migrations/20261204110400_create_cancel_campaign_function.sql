create function private.cancel_campaign(p_user_id uuid, p_campaign_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid;
  v_cancelled integer;
begin
  update public.campaigns c
  set status = 'cancelled'
  where c.id = p_campaign_id
    and c.status in ('pending', 'in_progress')
    and c.customer_id = private.customer_id_of(p_user_id)
  returning c.customer_id into v_customer_id;
  if v_customer_id is null then
    raise exception 'not_cancellable';
  end if;

  -- Upstream lets connected calls finish; the sync records how they ended.
  update public.campaign_recipients
  set status = 'cancelled', updated_at = now()
  where campaign_id = p_campaign_id
    and status not in ('completed', 'failed', 'voicemail', 'cancelled');
  get diagnostics v_cancelled = row_count;

  update public.campaigns c
  set status_counts = (
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
  select p_campaign_id, v_customer_id, 'cancelled', u.id, u.email,
    jsonb_build_object('recipients_cancelled', v_cancelled)
  from auth.users u where u.id = p_user_id;
end
$$;

comment on function private.cancel_campaign(uuid, uuid) is
  'Records a cancel upstream accepted: the campaign and its unfinished '
  'recipients become cancelled. Raises not_cancellable unless the campaign is '
  'pending or in progress and belongs to the user''s customer. No quota comes '
  'back. Definer rights: members cannot update campaigns or recipients.';

revoke execute on function private.cancel_campaign(uuid, uuid)
from public, anon, authenticated;
grant execute on function private.cancel_campaign(uuid, uuid) to service_role;
