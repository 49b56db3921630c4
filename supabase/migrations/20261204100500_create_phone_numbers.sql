create table public.phone_numbers (
  id text primary key,
  customer_id uuid not null references public.customers (id) on delete cascade,
  phone_number text not null check (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
  label text not null default '',
  agent_id text,
  created_at timestamptz not null default now(),
  unique (id, customer_id),
  -- A number is assigned to at most one agent, and only to its owner's agents.
  foreign key (agent_id, customer_id)
    references public.agents (id, customer_id) on delete set null (agent_id)
);

comment on table public.phone_numbers is
  'Caller numbers imported into ElevenLabs, owned by a customer. Support staff '
  'maintain these rows; id is the ElevenLabs phone_number_id.';
comment on column public.phone_numbers.agent_id is
  'The agent this number calls for; null = not assigned, so not usable yet.';

create index phone_numbers_customer_id_idx on public.phone_numbers (customer_id);
create index phone_numbers_agent_id_idx on public.phone_numbers (agent_id);

alter table public.phone_numbers enable row level security;

revoke all on public.phone_numbers from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.phone_numbers from authenticated;

create policy "Members can read their customer's phone numbers"
  on public.phone_numbers for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
