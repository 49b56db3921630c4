create table public.agents (
  id text primary key,
  customer_id uuid not null references public.customers (id) on delete cascade,
  name text not null,
  created_at timestamptz not null default now(),
  -- Lets numbers and campaigns require an agent of their own customer.
  unique (id, customer_id)
);

comment on table public.agents is
  'ElevenLabs agents a customer may run campaigns with. Support staff maintain '
  'these rows; id is the ElevenLabs agent id.';

create index agents_customer_id_idx on public.agents (customer_id);
create index agents_name_trgm_idx
  on public.agents using gin (name extensions.gin_trgm_ops);

alter table public.agents enable row level security;

revoke all on public.agents from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.agents from authenticated;

create policy "Members can read their customer's agents"
  on public.agents for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
