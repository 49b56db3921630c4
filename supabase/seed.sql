-- Demo data for the local stack: two customers with one member each.
-- Password for both: demo-password.
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
) values
  (
    '00000000-0000-0000-0000-000000000000', '11111111-1111-4111-8111-111111111111',
    'authenticated', 'authenticated', 'member@acme.test',
    extensions.crypt('demo-password', extensions.gen_salt('bf', 10)), now(),
    '{"provider":"email","providers":["email"]}', '{}', now(), now()
  ),
  (
    '00000000-0000-0000-0000-000000000000', '22222222-2222-4222-8222-222222222222',
    'authenticated', 'authenticated', 'member@globex.test',
    extensions.crypt('demo-password', extensions.gen_salt('bf', 10)), now(),
    '{"provider":"email","providers":["email"]}', '{}', now(), now()
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
