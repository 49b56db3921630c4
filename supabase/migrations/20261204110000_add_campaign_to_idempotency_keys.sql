-- A submit whose upstream outcome is unknown keeps its key until the sync
-- settles the campaign; the key must know which campaign that is.
alter table public.idempotency_keys
  add column campaign_id uuid references public.campaigns (id) on delete cascade;

comment on column public.idempotency_keys.campaign_id is
  'The campaign this submit stored; null while it is still being checked. With '
  'response null it means the upstream outcome is not known yet.';

create index idempotency_keys_campaign_id_idx
  on public.idempotency_keys (campaign_id);
