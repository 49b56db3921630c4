-- Demo data for the local stack: two customers with one member each, their
-- agents and numbers, and finished campaigns. Password for both members:
-- demo-password. Safe to re-run: every insert skips rows that exist.

insert into public.customers (id, name, plan_id) values
  ('2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', 'Acme', 'growth'),
  ('7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502', 'Globex', 'starter')
on conflict (id) do nothing;

-- app_metadata.customer_id makes the sign-up trigger join these customers
-- instead of creating new ones.
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
) values
  (
    '00000000-0000-0000-0000-000000000000', '11111111-1111-4111-8111-111111111111',
    'authenticated', 'authenticated', 'member@acme.test',
    extensions.crypt('demo-password', extensions.gen_salt('bf', 10)), now(),
    '{"provider":"email","providers":["email"],"customer_id":"2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01"}', '{}', now(), now()
  ),
  (
    '00000000-0000-0000-0000-000000000000', '22222222-2222-4222-8222-222222222222',
    'authenticated', 'authenticated', 'member@globex.test',
    extensions.crypt('demo-password', extensions.gen_salt('bf', 10)), now(),
    '{"provider":"email","providers":["email"],"customer_id":"7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502"}', '{}', now(), now()
  )
on conflict (id) do nothing;

insert into auth.identities (
  provider_id, user_id, identity_data, provider, created_at, updated_at
)
select id::text, id, jsonb_build_object('sub', id, 'email', email), 'email', now(), now()
from auth.users
where id in (
  '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'
)
on conflict (provider_id, provider) do nothing;

-- For databases whose demo users existed before the sign-up trigger did.
insert into public.customer_members (customer_id, user_id) values
  ('2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', '11111111-1111-4111-8111-111111111111'),
  ('7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502', '22222222-2222-4222-8222-222222222222')
on conflict do nothing;

-- The same ids as the ElevenLabs simulator's seed.
insert into public.agents (id, customer_id, name) values
  ('agent_acme_reminders', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Appointment reminders'),
  ('agent_acme_survey', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Customer survey'),
  ('agent_globex_renewals', '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502',
    'Policy renewals')
on conflict (id) do nothing;

insert into public.phone_numbers (id, customer_id, phone_number, label, agent_id)
values
  ('phnum_acme_main', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', '+12025550100',
    'Acme main line', 'agent_acme_reminders'),
  ('phnum_acme_survey', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', '+12025550199',
    'Survey line', 'agent_acme_survey'),
  ('phnum_acme_spare', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', '+442079460000',
    'London spare', null),
  ('phnum_globex_main', '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502', '+12025550111',
    'Globex renewals', 'agent_globex_renewals')
on conflict (id) do nothing;

insert into public.terms_versions (version, body) values (
  1,
  'Batch calling terms (demo). You confirm that every person on a recipient '
  'list has agreed to be called, that calls follow the laws of the places '
  'called, and that the AI agent says it is an automated assistant.'
)
on conflict (version) do nothing;

insert into public.terms_acceptances (
  customer_id, version, user_id, accepted_by_email, accepted_at
) values (
  '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01', 1,
  '11111111-1111-4111-8111-111111111111', 'member@acme.test',
  now() - interval '40 days'
)
on conflict (customer_id, version) do nothing;

-- Finished campaigns only: unfinished ones would be synced against the
-- simulator, which does not know them. Counters are derived further down.
insert into public.campaigns (
  id, customer_id, upstream_batch_id, name, agent_id, phone_number_id, status,
  scheduled_at, time_zone, last_error, created_by, created_by_email, created_at,
  synced_at
)
select
  c.id::uuid, c.customer_id::uuid, 'btcal_seed_' || replace(c.id, '-', ''), c.name,
  c.agent_id, c.phone_number_id, c.status,
  now() - c.age + c.delay, case when c.delay is not null then c.zone end,
  c.last_error::jsonb, creator.user_id, creator.email, now() - c.age,
  now() - c.age + interval '2 hours'
from (values
  ('a0000000-0000-4000-8000-000000000001', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Spring appointment reminders', 'agent_acme_reminders', 'phnum_acme_main',
    'completed', interval '30 days', null::interval, null, null),
  ('a0000000-0000-4000-8000-000000000002', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Customer survey, March', 'agent_acme_survey', 'phnum_acme_survey',
    'completed', interval '26 days', interval '1 day', 'America/New_York', null),
  ('a0000000-0000-4000-8000-000000000003', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Promo (UK), 50%_off', 'agent_acme_reminders', 'phnum_acme_main',
    'cancelled', interval '21 days', null, null, null),
  ('a0000000-0000-4000-8000-000000000004', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Follow-up calls', 'agent_acme_reminders', 'phnum_acme_main',
    'failed', interval '18 days', null, null,
    '{"code":"provider_error","message":"The provider could not place the calls."}'),
  ('a0000000-0000-4000-8000-000000000005', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Dentist reminders week 12', 'agent_acme_reminders', 'phnum_acme_main',
    'completed', interval '14 days', interval '2 days', 'Europe/London', null),
  ('a0000000-0000-4000-8000-000000000006', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Q1 satisfaction survey', 'agent_acme_survey', 'phnum_acme_survey',
    'completed', interval '9 days', null, null, null),
  ('a0000000-0000-4000-8000-000000000007', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Renewal nudges', 'agent_acme_reminders', 'phnum_acme_main',
    'completed', interval '5 days', null, null, null),
  ('a0000000-0000-4000-8000-000000000008', '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
    'Late payment reminders', 'agent_acme_reminders', 'phnum_acme_main',
    'cancelled', interval '2 days', null, null, null),
  ('b0000000-0000-4000-8000-000000000001', '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502',
    'Policy renewals, January', 'agent_globex_renewals', 'phnum_globex_main',
    'completed', interval '20 days', null, null, null),
  ('b0000000-0000-4000-8000-000000000002', '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502',
    'Policy renewals, February', 'agent_globex_renewals', 'phnum_globex_main',
    'failed', interval '6 days', null, null,
    '{"code":"provider_error","message":"The caller number was rejected."}')
) as c(
  id, customer_id, name, agent_id, phone_number_id, status, age, delay, zone,
  last_error
)
cross join lateral (
  select u.id as user_id, u.email from auth.users u
  join public.customer_members m on m.user_id = u.id
  where m.customer_id = c.customer_id::uuid
  order by u.created_at limit 1
) as creator
on conflict (id) do nothing;

insert into public.campaign_recipients (
  campaign_id, customer_id, position, phone_number, variables, status,
  conversation_id, updated_at
)
select
  c.id, c.customer_id, r.position, r.phone_number, r.variables::jsonb,
  r.status,
  case when r.status in ('completed', 'failed', 'voicemail')
    then 'conv_seed_' || replace(c.id::text, '-', '') || '_' || r.position end,
  c.synced_at
from (values
  ('a0000000-0000-4000-8000-000000000001', 1, '+12025550101',
    '{"first_name":"Ada","appointment":"2026-03-02 09:00"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000001', 2, '+12025550102',
    '{"first_name":"Grace","appointment":"2026-03-02 10:30"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000001', 3, '+12025550103',
    '{"first_name":"Alan","appointment":"2026-03-03 14:00"}', 'voicemail'),
  ('a0000000-0000-4000-8000-000000000001', 4, '+12025550104',
    '{"first_name":"=cmd","appointment":"2026-03-04 08:15"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000002', 1, '+12025550111',
    '{"customer_id":"00123"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000002', 2, '+12025550112',
    '{"customer_id":"00124"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000002', 3, '+12025550113',
    '{"customer_id":"00125"}', 'failed'),
  ('a0000000-0000-4000-8000-000000000003', 1, '+447700900001',
    '{"offer":"50% off"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000003', 2, '+447700900002',
    '{"offer":"50% off"}', 'cancelled'),
  ('a0000000-0000-4000-8000-000000000003', 3, '+447700900003',
    '{"offer":"50% off"}', 'cancelled'),
  ('a0000000-0000-4000-8000-000000000004', 1, '+12025550121', '{}', 'failed'),
  ('a0000000-0000-4000-8000-000000000004', 2, '+12025550122', '{}', 'failed'),
  ('a0000000-0000-4000-8000-000000000005', 1, '+442079460101',
    '{"first_name":"Mary"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000005', 2, '+442079460102',
    '{"first_name":"Charles"}', 'voicemail'),
  ('a0000000-0000-4000-8000-000000000006', 1, '+12025550131',
    '{"plan":"gold"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000006', 2, '+12025550132',
    '{"plan":"silver"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000006', 3, '+12025550133',
    '{"plan":"bronze"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000007', 1, '+12025550141',
    '{"renewal_date":"2026-04-01"}', 'completed'),
  ('a0000000-0000-4000-8000-000000000007', 2, '+12025550142',
    '{"renewal_date":"2026-04-15"}', 'failed'),
  ('a0000000-0000-4000-8000-000000000008', 1, '+12025550151',
    '{"amount":"120.50"}', 'cancelled'),
  ('a0000000-0000-4000-8000-000000000008', 2, '+12025550152',
    '{"amount":"89.00"}', 'cancelled'),
  ('b0000000-0000-4000-8000-000000000001', 1, '+12025550161',
    '{"policy":"P-1001"}', 'completed'),
  ('b0000000-0000-4000-8000-000000000001', 2, '+12025550162',
    '{"policy":"P-1002"}', 'completed'),
  ('b0000000-0000-4000-8000-000000000002', 1, '+12025550171',
    '{"policy":"P-2001"}', 'failed'),
  ('b0000000-0000-4000-8000-000000000002', 2, '+12025550172',
    '{"policy":"P-2002"}', 'failed')
) as r(campaign_id, position, phone_number, variables, status)
join public.campaigns c on c.id = r.campaign_id::uuid
on conflict (campaign_id, phone_number) do nothing;

-- Counters follow from the recipients, so they always agree with them.
update public.campaigns c
set
  total_calls_scheduled = s.total,
  total_calls_dispatched = s.total - s.never_dialled,
  total_calls_completed = s.completed,
  total_calls_failed = s.not_reached,
  status_counts = s.counts
from (
  select
    campaign_id,
    count(*)::integer as total,
    count(*) filter (where status in ('pending', 'cancelled'))::integer
      as never_dialled,
    count(*) filter (where status = 'completed')::integer as completed,
    count(*) filter (where status in ('failed', 'voicemail'))::integer
      as not_reached,
    (
      select jsonb_object_agg(k.status, (
        select count(*) from public.campaign_recipients x
        where x.campaign_id = r.campaign_id and x.status = k.status
      ))
      from unnest(array[
        'pending', 'dispatched', 'initiated', 'in_progress',
        'completed', 'failed', 'voicemail', 'cancelled'
      ]) as k(status)
    ) as counts
  from public.campaign_recipients r
  group by campaign_id
) as s
where s.campaign_id = c.id
  and c.upstream_batch_id like 'btcal_seed_%';

insert into public.campaign_events (
  campaign_id, customer_id, kind, actor_id, actor_email, detail, at
)
select c.id, c.customer_id, e.kind,
  case when e.by_member then c.created_by end,
  case when e.by_member then c.created_by_email end,
  e.detail, c.created_at + e.after
from public.campaigns c
cross join lateral (values
  ('created', true, jsonb_build_object(
    'recipients', c.total_calls_scheduled, 'scheduled_at', c.scheduled_at
  ), interval '0 seconds'),
  ('submitted', true, jsonb_build_object(
    'upstream_batch_id', c.upstream_batch_id
  ), interval '1 second'),
  ('status_changed', false, jsonb_build_object(
    'from', 'pending', 'to', 'in_progress'
  ), interval '1 minute'),
  (case when c.status = 'cancelled' then 'cancelled' else 'status_changed' end,
    c.status = 'cancelled',
    case when c.status = 'cancelled' then '{}'::jsonb
      else jsonb_build_object('from', 'in_progress', 'to', c.status) end,
    interval '1 hour')
) as e(kind, by_member, detail, after)
where c.upstream_batch_id like 'btcal_seed_%'
  and not exists (
    select from public.campaign_events x where x.campaign_id = c.id
  );
