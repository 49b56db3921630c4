-- Invoker rights are enough: only definer functions in this schema call it, and
-- they run as the table owner already.
create function private.customer_id_of(p_user_id uuid)
returns uuid
language sql
stable
security invoker
set search_path = ''
as $$
  select m.customer_id from public.customer_members m where m.user_id = p_user_id
$$;

comment on function private.customer_id_of(uuid) is
  'The customer a user acts for, or null. Invoker rights: callers are the '
  'definer functions of this schema.';

revoke execute on function private.customer_id_of(uuid)
  from public, anon, authenticated;
grant execute on function private.customer_id_of(uuid) to service_role;
