-- The list's name filter (campaign name or agent name, ILIKE) for one member.
-- Under row-level security ILIKE is not leakproof, so the planner must check
-- the policy first and cannot use the trigram index: every campaign of the
-- customer is read and matched. These definer functions scope the search to
-- the member's customer themselves, where the index applies. They return ids
-- only; the caller reads the rows back under row-level security.

create function private.campaign_search_conditions(
  p_user_id uuid,
  p_customer_id uuid,
  p_status text,
  p_pattern text
)
returns text[]
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_agent_ids text[];
  v_scope text;
begin
  if p_customer_id is distinct from private.customer_id_of(p_user_id) then
    return null;
  end if;
  select coalesce(array_agg(a.id), '{}') into v_agent_ids
  from public.agents a
  where a.customer_id = p_customer_id and a.name ilike p_pattern;

  -- Literals, not parameters, so each statement is planned for its values.
  v_scope := format('c.customer_id = %L', p_customer_id);
  if p_status is not null then
    v_scope := v_scope || format(' and c.status = %L', p_status);
  end if;
  return array[
    v_scope,
    format('c.name ilike %L', p_pattern),
    format('c.agent_id = any(%L::text[])', v_agent_ids)
  ];
end;
$$;

comment on function private.campaign_search_conditions(uuid, uuid, text, text) is
  'Conditions on public.campaigns c for the list''s name filter: the user''s '
  'customer (and status), the campaign name, the matching agents. Null when '
  'p_customer_id is not the user''s customer. Invoker rights: callers are the '
  'two definer functions below.';

create function private.count_campaign_matches(
  p_user_id uuid,
  p_customer_id uuid,
  p_status text,
  p_pattern text
)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_where text[] := private.campaign_search_conditions(
    p_user_id, p_customer_id, p_status, p_pattern
  );
  v_total integer;
begin
  if v_where is null then
    return 0;
  end if;
  -- A union, so the agent half is counted from an index alone.
  execute format(
    'select count(*)::int from ('
    'select c.id from public.campaigns c where %1$s and %2$s '
    'union '
    'select c.id from public.campaigns c where %1$s and %3$s) m',
    v_where[1], v_where[2], v_where[3]
  ) into v_total;
  return v_total;
end;
$$;

comment on function private.count_campaign_matches(uuid, uuid, text, text) is
  'How many campaigns of the user''s customer the list''s name filter matches.';

create function private.page_campaign_matches(
  p_user_id uuid,
  p_customer_id uuid,
  p_status text,
  p_pattern text,
  p_limit integer,
  p_offset integer
)
returns table (id uuid, created_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_where text[] := private.campaign_search_conditions(
    p_user_id, p_customer_id, p_status, p_pattern
  );
begin
  if v_where is null then
    return;
  end if;
  -- One condition, so a common match is paged by walking the newest first.
  return query execute format(
    'select c.id, c.created_at from public.campaigns c where %s and (%s or %s) '
    'order by c.created_at desc, c.id desc limit %s offset %s',
    v_where[1], v_where[2], v_where[3], p_limit, p_offset
  );
end;
$$;

comment on function private.page_campaign_matches(uuid, uuid, text, text, integer, integer) is
  'One page (newest first) of the ids the list''s name filter matches.';

revoke execute on function private.campaign_search_conditions(uuid, uuid, text, text)
from public, anon, authenticated;
revoke execute on function private.count_campaign_matches(uuid, uuid, text, text)
from public, anon, authenticated;
revoke execute on function
  private.page_campaign_matches(uuid, uuid, text, text, integer, integer)
from public, anon, authenticated;
grant execute on function private.count_campaign_matches(uuid, uuid, text, text)
to service_role;
grant execute on function
  private.page_campaign_matches(uuid, uuid, text, text, integer, integer)
to service_role;
