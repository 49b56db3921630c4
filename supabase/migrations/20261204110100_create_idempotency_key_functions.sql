-- Definer rights for all three: members have no access to idempotency_keys at
-- all (no policy, no grant); only these functions read and write them, and
-- each acts only on the calling user's own keys.

-- outcome: 'claimed' (go on), 'replay' (response holds the stored 201 body),
-- 'reused' (another body), 'in_progress' (the first is still running or its
-- upstream outcome is unknown), 'accepted' (settled upstream later: answer
-- with campaign_id's current state).
create function private.claim_idempotency_key(
  p_user_id uuid,
  p_key text,
  p_body_hash text,
  out outcome text,
  out response jsonb,
  out campaign_id uuid
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.idempotency_keys;
  v_status text;
  v_upstream_batch_id text;
begin
  -- A concurrent claim of the same key waits here for the first transaction,
  -- then sees its row (or takes the key if the first rolled back).
  insert into public.idempotency_keys (user_id, key, body_hash)
  values (p_user_id, p_key, p_body_hash)
  on conflict (user_id, key) do nothing;
  if found then
    outcome := 'claimed';
    return;
  end if;

  select * into v_row from public.idempotency_keys k
  where k.user_id = p_user_id and k.key = p_key
  for update;

  if v_row.campaign_id is not null then
    select c.status, c.upstream_batch_id into v_status, v_upstream_batch_id
    from public.campaigns c where c.id = v_row.campaign_id;
  end if;

  -- Expired, or the campaign it stored was refused: the key is free again.
  if v_row.expires_at <= now()
    or (v_row.response is null and v_status = 'failed'
      and v_upstream_batch_id is null)
  then
    update public.idempotency_keys k
    set body_hash = p_body_hash, response = null, campaign_id = null,
      created_at = now(), expires_at = now() + interval '24 hours'
    where k.user_id = p_user_id and k.key = p_key;
    outcome := 'claimed';
  elsif v_row.body_hash <> p_body_hash then
    outcome := 'reused';
  elsif v_row.response is not null then
    outcome := 'replay';
    response := v_row.response;
  elsif v_upstream_batch_id is not null then
    outcome := 'accepted';
    campaign_id := v_row.campaign_id;
  else
    outcome := 'in_progress';
  end if;
end
$$;

comment on function private.claim_idempotency_key(uuid, text, text) is
  'Takes an Idempotency-Key for a submit, or says why not (replay, reused, '
  'in_progress, accepted). Call it in the transaction that stores the '
  'campaign: a rollback frees the key. Definer rights: members cannot read or '
  'write idempotency_keys.';

create function private.bind_idempotency_key(
  p_user_id uuid,
  p_key text,
  p_campaign_id uuid,
  p_response jsonb
)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.idempotency_keys
  set campaign_id = p_campaign_id, response = coalesce(p_response, response)
  where user_id = p_user_id and key = p_key
$$;

comment on function private.bind_idempotency_key(uuid, text, uuid, jsonb) is
  'Links a claimed key to the campaign it stored and, once answered 201, '
  'stores that body for replays (null leaves it unanswered). Definer rights: '
  'members cannot write idempotency_keys.';

create function private.release_idempotency_key(p_user_id uuid, p_key text)
returns void
language sql
security definer
set search_path = ''
as $$
  delete from public.idempotency_keys
  where user_id = p_user_id and key = p_key and response is null
$$;

comment on function private.release_idempotency_key(uuid, text) is
  'Frees a key whose submit definitely failed, so the same key may be tried '
  'again. Definer rights: members cannot write idempotency_keys.';

revoke execute on function
  private.claim_idempotency_key(uuid, text, text),
  private.bind_idempotency_key(uuid, text, uuid, jsonb),
  private.release_idempotency_key(uuid, text)
from public, anon, authenticated;

grant execute on function
  private.claim_idempotency_key(uuid, text, text),
  private.bind_idempotency_key(uuid, text, uuid, jsonb),
  private.release_idempotency_key(uuid, text)
to service_role;
