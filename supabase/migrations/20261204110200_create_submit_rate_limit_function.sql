-- Our own limit on submits, separate from the monthly quota: it keeps one
-- customer's script from flooding upstream with batches.
create function private.check_submit_rate(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_customer_id uuid := private.customer_id_of(p_user_id);
  v_window interval := interval '1 minute';
  v_limit integer := 10;
  v_recent integer;
  v_frees_at timestamptz;
begin
  -- Runs after private.create_campaign in the same transaction, which holds
  -- the customer row lock: the count includes the campaign just stored and
  -- every one committed before it.
  select count(*) into v_recent from public.campaigns
  where customer_id = v_customer_id and created_at > now() - v_window;
  if v_recent <= v_limit then
    return;
  end if;

  -- When enough earlier submits leave the window for this one to fit.
  select created_at + v_window into v_frees_at from public.campaigns
  where customer_id = v_customer_id and created_at > now() - v_window
  order by created_at
  offset v_recent - v_limit - 1
  limit 1;
  raise exception 'rate_limited' using detail = greatest(
    1, ceil(extract(epoch from v_frees_at - clock_timestamp()))
  )::integer::text;
end
$$;

comment on function private.check_submit_rate(uuid) is
  'Raises rate_limited (detail: seconds to wait) when the user''s customer has '
  'stored more than 10 campaigns in the last minute, counting the one just '
  'stored; the caller rolls back. Definer rights: it counts every campaign of '
  'the customer, whatever the caller may read.';

revoke execute on function private.check_submit_rate(uuid)
from public, anon, authenticated;
grant execute on function private.check_submit_rate(uuid) to service_role;
