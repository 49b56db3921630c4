-- One definer function answers the list's name filter (campaign name or
-- agent name) with the total and one page of ids, reading indexes only but
-- for the newest few hundred campaigns. Under row-level security ILIKE is
-- not leakproof, so the planner would have to check the policy on every row
-- first; this function scopes the search to the member's customer itself.
-- The caller reads the page's rows back under row-level security.
drop function private.count_campaign_matches(uuid, uuid, text, text);
drop function private.page_campaign_matches(
  uuid, uuid, text, text, integer, integer
);
drop function private.campaign_search_conditions(uuid, uuid, text, text);

create function private.search_campaigns(
  p_user_id uuid,
  p_customer_id uuid,
  p_status text,
  p_pattern text,
  p_limit integer,
  p_offset integer
)
returns table (total integer, ids uuid[])
language plpgsql
stable
security definer
set search_path = ''
-- Starting workers costs more than the scan of one customer's entries.
set max_parallel_workers_per_gather = 0
as $$
declare
  -- How many of the newest campaigns to look at before scanning them all.
  v_newest constant integer := 500;
  v_scope text;
  v_pattern text := lower(p_pattern);
  v_agent_ids text[];
  v_is_match text;
  v_matches text;
  v_count text;
  v_seen integer;
  v_found integer;
  v_total integer;
  v_ids uuid[];
begin
  if p_customer_id is distinct from private.customer_id_of(p_user_id) then
    return query select 0, '{}'::uuid[];
    return;
  end if;

  -- Literals, not parameters, so each statement is planned for its values.
  v_scope := format('c.customer_id = %L', p_customer_id);
  if p_status is not null then
    v_scope := v_scope || format(' and c.status = %L', p_status);
  end if;
  v_is_match := format('c.name_folded like %L', v_pattern);
  v_matches := format(
    'select c.id, c.created_at from public.campaigns c where %s and %s',
    v_scope, v_is_match
  );
  -- Counted apart from the page, so the narrowest index can answer.
  v_count := format(
    'select count(*) from public.campaigns c where %s and %s',
    v_scope, v_is_match
  );

  select array_agg(a.id) into v_agent_ids
  from public.agents a
  where a.customer_id = p_customer_id and a.name ilike p_pattern;
  if v_agent_ids is not null then
    v_is_match := format(
      '(%s or c.agent_id = any(%L::text[]))', v_is_match, v_agent_ids
    );
    -- The agent half leaves out name matches, so nothing is counted twice.
    v_matches := v_matches || format(
      ' union all select c.id, c.created_at from public.campaigns c '
      'where %s and c.agent_id = any(%L::text[]) and c.name_folded not like %L',
      v_scope, v_agent_ids, v_pattern
    );
    v_count := format(
      '(%s) + (select count(*) from public.campaigns c where %s '
      'and c.agent_id = any(%L::text[]) and c.name_folded not like %L)',
      v_count, v_scope, v_agent_ids, v_pattern
    );
  end if;
  v_count := format('select (%s)::int', v_count);

  -- The newest campaigns first: a small customer is searched whole, and a
  -- common match fills the page here, so only the count is left to do.
  execute format(
    'select count(*)::int, count(*) filter (where n.is_match)::int, '
    'coalesce((array_agg(n.id order by n.created_at desc, n.id desc) '
    'filter (where n.is_match))[%s:%s], ''{}'') '
    'from (select c.id, c.created_at, %s as is_match from public.campaigns c '
    'where %s order by c.created_at desc, c.id desc limit %s) n',
    p_offset + 1, p_offset + p_limit, v_is_match, v_scope, v_newest
  ) into v_seen, v_found, v_ids;

  if v_seen < v_newest then
    return query select v_found, v_ids;
    return;
  end if;

  if v_found >= p_offset + p_limit then
    execute v_count into v_total;
    return query select v_total, v_ids;
    return;
  end if;

  -- Rarer matches: one pass over the indexes counts them and keeps the page.
  execute format(
    'select coalesce(max(p.total), 0)::int, '
    'coalesce(array_agg(p.id order by p.created_at desc, p.id desc), ''{}'') '
    'from (select m.id, m.created_at, count(*) over () as total from (%s) m '
    'order by m.created_at desc, m.id desc limit %s offset %s) p',
    v_matches, p_limit, p_offset
  ) into v_total, v_ids;

  -- A page past the end has no row to carry the total.
  if cardinality(v_ids) = 0 and p_offset > 0 then
    execute v_count into v_total;
  end if;
  return query select v_total, v_ids;
end;
$$;

comment on function private.search_campaigns(
  uuid, uuid, text, text, integer, integer
) is
  'The list''s name filter for one member: how many campaigns of the user''s '
  'customer match (campaign or agent name, ILIKE pattern) and one page of '
  'their ids, newest first. Nothing when p_customer_id is not the user''s.';

revoke execute on function
  private.search_campaigns(uuid, uuid, text, text, integer, integer)
from public, anon, authenticated;
grant execute on function
  private.search_campaigns(uuid, uuid, text, text, integer, integer)
to service_role;
