create view support.customer_quotas
with (security_invoker = true)
as
select
  cu.id as customer_id,
  cu.name as customer_name,
  cu.plan_id,
  p.monthly_campaign_limit as plan_limit,
  cu.campaign_limit_override,
  coalesce(cu.campaign_limit_override, p.monthly_campaign_limit)
    as effective_limit,
  (
    select count(*)::integer from public.campaigns c
    where c.customer_id = cu.id
      and c.counts_toward_quota
      and c.created_at >= date_trunc('month', now(), 'UTC')
  ) as used_this_month,
  date_trunc('month', now(), 'UTC') + interval '1 month' as resets_at
from public.customers cu
join public.plans p on p.id = cu.plan_id;

comment on view support.customer_quotas is
  'Each customer''s campaigns per calendar month (UTC): the plan''s limit, '
  'the override support set, the limit in force (null = unlimited) and the '
  'campaigns counted this month.';
