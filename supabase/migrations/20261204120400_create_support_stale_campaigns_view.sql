-- Views for support staff, who work in the dashboard's SQL editor. The Data
-- API does not expose this schema and the API roles cannot look into it.
create schema if not exists support;

revoke all on schema support from public, anon, authenticated;

comment on schema support is
  'Read-only views answering support questions. Not exposed by the Data API.';

create view support.stale_campaigns
with (security_invoker = true)
as
select
  c.id as campaign_id,
  c.customer_id,
  cu.name as customer_name,
  c.name,
  c.status,
  c.upstream_batch_id,
  c.created_at,
  c.synced_at,
  date_trunc('second', now() - coalesce(c.synced_at, c.created_at))
    as not_synced_for,
  c.lease_until,
  c.last_error
from public.campaigns c
join public.customers cu on cu.id = c.customer_id
where c.status in ('pending', 'in_progress')
  and coalesce(c.synced_at, c.created_at) < now() - interval '5 minutes';

comment on view support.stale_campaigns is
  'Unfinished campaigns the sync has not copied from ElevenLabs for over 5 '
  'minutes (it runs every minute). Look at last_error and the campaign''s '
  'upstream_error events; upstream_batch_id null = submission outcome unknown.';
