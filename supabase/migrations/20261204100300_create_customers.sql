create table public.customers (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  plan_id text not null references public.plans (id),
  campaign_limit_override integer check (campaign_limit_override >= 0),
  created_at timestamptz not null default now()
);

comment on table public.customers is
  'A tenant: the business that runs campaigns. Its id prefixes every campaign '
  'name sent to ElevenLabs ("[<id>] <name>"), which is how upstream batches are '
  'matched back to their owner.';
comment on column public.customers.campaign_limit_override is
  'Support staff: campaigns per calendar month (UTC) for this customer instead '
  'of the plan''s limit. Null = use the plan. For unlimited, use a plan whose '
  'limit is null.';

create index customers_plan_id_idx on public.customers (plan_id);

create table public.customer_members (
  customer_id uuid not null references public.customers (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (customer_id, user_id),
  -- NOTE: one customer per user for now. Policies compare customer_id with a
  -- scalar subquery on this table; allowing several would need `in` there.
  constraint customer_members_one_customer_per_user unique (user_id)
);

comment on table public.customer_members is
  'Which users act for which customer. A user belongs to at most one customer.';

alter table public.customers enable row level security;
alter table public.customer_members enable row level security;

-- Members only read; every write goes through functions in `private`.
revoke all on public.customers, public.customer_members from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.customers, public.customer_members from authenticated;

create policy "Members can read their own membership"
  on public.customer_members for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Members can read their customer"
  on public.customers for select to authenticated
  using (
    id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );

-- The plan is read for the quota; other plans are none of a member's business.
revoke all on public.plans from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.plans from authenticated;

create policy "Members can read their customer's plan"
  on public.plans for select to authenticated
  using (
    id = (
      select c.plan_id from public.customers c
      where c.id = (
        select m.customer_id from public.customer_members m
        where m.user_id = (select auth.uid())
      )
    )
  );
