create table public.idempotency_keys (
  user_id uuid not null references auth.users (id) on delete cascade,
  key text not null check (length(key) between 1 and 255),
  body_hash text not null,
  response jsonb,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '24 hours',
  primary key (user_id, key)
);

comment on table public.idempotency_keys is
  'Idempotency-Key headers of campaign submits, per user, kept 24 hours. Only '
  'the function reads and writes them; members have no policy at all.';
comment on column public.idempotency_keys.body_hash is
  'SHA-256 of the request body; the same key with another body is refused.';
comment on column public.idempotency_keys.response is
  'The stored 201 response; null while the first request is still running.';

create index idempotency_keys_expires_at_idx
  on public.idempotency_keys (expires_at);

alter table public.idempotency_keys enable row level security;

revoke all on public.idempotency_keys from anon, authenticated;
