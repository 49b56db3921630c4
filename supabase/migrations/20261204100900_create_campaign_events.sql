create table public.campaign_events (
  id bigint generated always as identity primary key,
  campaign_id uuid not null,
  customer_id uuid not null,
  kind text not null check (
    kind in (
      'created', 'submitted', 'submit_failed', 'cancelled', 'retried',
      'status_changed', 'upstream_error', 'quota_refunded'
    )
  ),
  actor_id uuid references auth.users (id) on delete set null,
  actor_email text,
  detail jsonb not null default '{}' check (jsonb_typeof(detail) = 'object'),
  at timestamptz not null default now(),
  foreign key (campaign_id, customer_id)
    references public.campaigns (id, customer_id) on delete cascade
);

comment on table public.campaign_events is
  'Audit trail of a campaign: what happened, who did it, when. Rows are only '
  'ever added.';
comment on column public.campaign_events.actor_id is
  'The member who acted; null for the system (sync, reconciliation).';
comment on column public.campaign_events.actor_email is
  'The actor''s email at the time, kept for the record; null for the system.';

create index campaign_events_campaign_at_idx
  on public.campaign_events (campaign_id, at, id);
create index campaign_events_customer_id_idx
  on public.campaign_events (customer_id);
create index campaign_events_actor_id_idx on public.campaign_events (actor_id);

alter table public.campaign_events enable row level security;

revoke all on public.campaign_events from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.campaign_events from authenticated;

create policy "Members can read their customer's campaign events"
  on public.campaign_events for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
