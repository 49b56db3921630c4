import type { Tx } from './user-transaction.ts'

export type QuotaRow = { limit: number | null; used: number; resets_at: Date }

/**
 * The customer's campaigns this calendar month (UTC) against its limit.
 * Counted as private.create_campaign counts them.
 */
export async function findQuota(tx: Tx, customerId: string): Promise<QuotaRow> {
  const [row] = await tx<QuotaRow[]>`
    select
      coalesce(c.campaign_limit_override, p.monthly_campaign_limit) as limit,
      (
        select count(*)::int from public.campaigns x
        where x.customer_id = c.id
          and x.counts_toward_quota
          and x.created_at >= date_trunc('month', now(), 'UTC')
      ) as used,
      date_trunc('month', now(), 'UTC') + interval '1 month' as resets_at
    from public.customers c
    join public.plans p on p.id = c.plan_id
    where c.id = ${customerId}
  `
  return row
}
