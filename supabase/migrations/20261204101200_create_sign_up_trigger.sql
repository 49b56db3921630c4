create function private.create_customer_for_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_invited text := new.raw_app_meta_data ->> 'customer_id';
  v_customer_id uuid;
begin
  if exists (select from public.customer_members where user_id = new.id) then
    return new;
  end if;

  -- app_metadata is set only by the service key, never by the user signing
  -- up, so it may place a user in an existing customer (an invitation).
  if v_invited ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then
    select id into v_customer_id from public.customers where id = v_invited::uuid;
  end if;

  if v_customer_id is null then
    insert into public.customers (name, plan_id)
    select
      left(coalesce(
        nullif(trim(new.raw_user_meta_data ->> 'customer_name'), ''),
        new.email,
        'New customer'
      ), 200),
      p.id
    from public.plans p
    where p.is_default
    returning id into v_customer_id;
  end if;

  if v_customer_id is null then
    raise exception 'no default plan: insert a plan with is_default = true';
  end if;

  insert into public.customer_members (customer_id, user_id)
  values (v_customer_id, new.id);
  return new;
end
$$;

comment on function private.create_customer_for_new_user() is
  'Sign-up: gives a new user a customer on the default plan, or joins the '
  'customer named in app_metadata.customer_id. Definer rights: Auth inserts '
  'users as supabase_auth_admin, which may not write public tables.';

revoke execute on function private.create_customer_for_new_user()
  from public, anon, authenticated;

create trigger on_auth_user_created_create_customer
  after insert on auth.users
  for each row execute function private.create_customer_for_new_user();
