create table public.terms_versions (
  version integer primary key check (version >= 1),
  body text not null,
  published_at timestamptz not null default now()
);

comment on table public.terms_versions is
  'The batch-calling terms customers must accept before submitting. The highest '
  'version is the current one; publishing a new version asks everyone again.';

create table public.terms_acceptances (
  customer_id uuid not null references public.customers (id) on delete cascade,
  version integer not null references public.terms_versions (version),
  user_id uuid references auth.users (id) on delete set null,
  accepted_by_email text not null,
  accepted_at timestamptz not null default now(),
  primary key (customer_id, version)
);

comment on table public.terms_acceptances is
  'Who accepted which terms version for their customer, and when.';
comment on column public.terms_acceptances.accepted_by_email is
  'The email at the time of acceptance, kept for the record if the user goes.';

create index terms_acceptances_user_id_idx on public.terms_acceptances (user_id);
create index terms_acceptances_version_idx on public.terms_acceptances (version);

alter table public.terms_versions enable row level security;
alter table public.terms_acceptances enable row level security;

revoke all on public.terms_versions, public.terms_acceptances from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.terms_versions, public.terms_acceptances from authenticated;

create policy "Signed-in users can read the terms"
  on public.terms_versions for select to authenticated
  using (true);

create policy "Members can read their customer's terms acceptances"
  on public.terms_acceptances for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
