create table public.plans (
  id text primary key,
  name text not null,
  monthly_campaign_limit integer check (monthly_campaign_limit >= 0),
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);

comment on table public.plans is
  'What a customer pays for. Sign-up puts new customers on the default plan.';
comment on column public.plans.monthly_campaign_limit is
  'Campaigns a customer may start per calendar month (UTC); null = unlimited.';
comment on column public.plans.is_default is
  'The plan sign-up gives a new customer. Exactly one plan has it.';

create unique index plans_single_default_idx
  on public.plans (is_default) where is_default;

alter table public.plans enable row level security;

-- Reference data every deployment needs: sign-up depends on a default plan.
insert into public.plans (id, name, monthly_campaign_limit, is_default) values
  ('starter', 'Starter', 20, true),
  ('growth', 'Growth', 200, false)
on conflict (id) do nothing;
