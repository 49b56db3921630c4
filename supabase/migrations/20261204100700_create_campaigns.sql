create table public.campaigns (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id) on delete cascade,
  upstream_batch_id text unique,
  name text not null check (length(name) between 1 and 100),
  agent_id text not null,
  phone_number_id text not null,
  status text not null default 'pending' check (
    status in ('pending', 'in_progress', 'completed', 'failed', 'cancelled')
  ),
  scheduled_at timestamptz,
  time_zone text,
  total_calls_scheduled integer not null default 0,
  total_calls_dispatched integer not null default 0,
  total_calls_completed integer not null default 0,
  total_calls_failed integer not null default 0,
  status_counts jsonb not null default '{}',
  retry_count integer not null default 0,
  last_error jsonb,
  created_by uuid references auth.users (id) on delete set null,
  created_by_email text not null,
  created_at timestamptz not null default now(),
  synced_at timestamptz,
  lease_until timestamptz,
  counts_toward_quota boolean not null default true,
  unique (id, customer_id),
  foreign key (agent_id, customer_id) references public.agents (id, customer_id),
  foreign key (phone_number_id, customer_id)
    references public.phone_numbers (id, customer_id),
  check ((scheduled_at is null) = (time_zone is null)),
  check (last_error is null or jsonb_typeof(last_error) = 'object'),
  check (jsonb_typeof(status_counts) = 'object')
);

comment on table public.campaigns is
  'A batch of outbound calls submitted to ElevenLabs for one customer. Status '
  'and counters are copied from upstream by the sync.';
comment on column public.campaigns.upstream_batch_id is
  'ElevenLabs batch id; null until submitted (or when the outcome is unknown).';
comment on column public.campaigns.name is
  'As the member typed it. Upstream the call name is "[<customer_id>] <name>".';
comment on column public.campaigns.time_zone is
  'IANA zone the member scheduled in; null with scheduled_at when started now.';
comment on column public.campaigns.status_counts is
  'Recipients per upstream recipient status, as of the last sync.';
comment on column public.campaigns.total_calls_failed is
  'Recipients not reached: upstream failed plus voicemail.';
comment on column public.campaigns.last_error is
  'Last upstream problem as {code, message}; null when none.';
comment on column public.campaigns.created_by_email is
  'The creator''s email when created, kept for the record if the user goes.';
comment on column public.campaigns.synced_at is
  'When the sync last copied status and counters from upstream.';
comment on column public.campaigns.lease_until is
  'A sync pass owns this campaign until then; others skip it.';
comment on column public.campaigns.counts_toward_quota is
  'False once refunded (upstream refused it). Quota counts rows where true.';

create index campaigns_customer_created_idx
  on public.campaigns (customer_id, created_at desc);
create index campaigns_customer_status_created_idx
  on public.campaigns (customer_id, status, created_at desc);
create index campaigns_name_trgm_idx
  on public.campaigns using gin (name extensions.gin_trgm_ops);
create index campaigns_agent_id_idx on public.campaigns (agent_id);
create index campaigns_phone_number_id_idx on public.campaigns (phone_number_id);
create index campaigns_created_by_idx on public.campaigns (created_by);
create index campaigns_quota_idx on public.campaigns (customer_id, created_at)
  where counts_toward_quota;
create index campaigns_unfinished_idx on public.campaigns (lease_until)
  where status in ('pending', 'in_progress');

alter table public.campaigns enable row level security;

revoke all on public.campaigns from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.campaigns from authenticated;

create policy "Members can read their customer's campaigns"
  on public.campaigns for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
