create function private.accept_terms(p_user_id uuid, p_version integer)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid := private.customer_id_of(p_user_id);
  v_current integer;
begin
  if v_customer_id is null then
    raise exception 'no_customer';
  end if;

  select max(version) into v_current from public.terms_versions;
  if p_version is distinct from v_current then
    raise exception 'terms_outdated'
      using detail = format('The current terms are version %s.', v_current);
  end if;

  -- The first acceptance of a version is the one on record.
  insert into public.terms_acceptances (
    customer_id, version, user_id, accepted_by_email
  )
  select v_customer_id, p_version, u.id, u.email
  from auth.users u
  where u.id = p_user_id
  on conflict (customer_id, version) do nothing;
end
$$;

comment on function private.accept_terms(uuid, integer) is
  'Records that the user accepted terms version p_version for their customer. '
  'Definer rights: members have no write access to terms_acceptances; the '
  'function checks the membership and that the version is current itself.';

revoke execute on function private.accept_terms(uuid, integer)
  from public, anon, authenticated;
grant execute on function private.accept_terms(uuid, integer) to service_role;
