import type { PendingQuery, Row } from 'postgres'
import type { Tx } from './user-transaction.ts'

export type CampaignRow = {
  id: string
  name: string
  status: string
  agent_id: string
  agent_name: string
  phone_number_id: string
  phone_number: string
  phone_number_label: string
  scheduled_at: Date | null
  time_zone: string | null
  created_at: Date
  created_by_email: string
  synced_at: Date | null
  total_calls_scheduled: number
  total_calls_dispatched: number
  total_calls_completed: number
  total_calls_failed: number
  status_counts: Record<string, unknown>
  retry_count: number
  last_error: Record<string, unknown> | null
}

export type CampaignFilter = {
  customerId: string
  /** Already escaped for ILIKE and wrapped in `%`. */
  namePattern?: string
  status?: string
}

const campaignColumns = (tx: Tx) => tx`
  c.id, c.name, c.status, c.agent_id, a.name as agent_name,
  c.phone_number_id, p.phone_number, p.label as phone_number_label,
  c.scheduled_at, c.time_zone, c.created_at, c.created_by_email, c.synced_at,
  c.total_calls_scheduled, c.total_calls_dispatched, c.total_calls_completed,
  c.total_calls_failed, c.status_counts, c.retry_count, c.last_error
`

// The explicit customer filter repeats what row-level security enforces so
// the planner can use the (customer_id, ...) indexes. A name filter is a union
// of two indexable lookups: an `or` across them would re-check every campaign.
function matchingCampaigns(tx: Tx, filter: CampaignFilter): PendingQuery<Row[]> {
  const { customerId, namePattern, status } = filter
  const byStatus = status ? tx`and c.status = ${status}` : tx``
  const base = tx`
    select c.id, c.created_at from public.campaigns c
    where c.customer_id = ${customerId} ${byStatus}
  `
  if (!namePattern) return base
  return tx`
    ${base} and c.name ilike ${namePattern}
    union
    ${base} and c.agent_id = any(array(
      select a.id from public.agents a
      where a.customer_id = ${customerId} and a.name ilike ${namePattern}
    ))
  `
}

export async function listCampaigns(
  tx: Tx,
  filter: CampaignFilter,
  page: { limit: number; offset: number },
) {
  // The page is cut from ids and dates alone; only its rows are fetched.
  // `limit 1` keeps the lookup a per-row primary key probe: flattened, the
  // planner misjudges the row-level security filter and scans by agent.
  const [items, [{ total }]] = await Promise.all([
    tx<CampaignRow[]>`
      select ${campaignColumns(tx)}
      from (
        select m.id, m.created_at from (${matchingCampaigns(tx, filter)}) m
        order by m.created_at desc, m.id desc
        limit ${page.limit} offset ${page.offset}
      ) page
      cross join lateral (
        select * from public.campaigns x where x.id = page.id limit 1
      ) c
      join public.agents a on a.id = c.agent_id
      join public.phone_numbers p on p.id = c.phone_number_id
      order by page.created_at desc, page.id desc
    `,
    tx<{ total: number }[]>`
      select count(*)::int as total from (${matchingCampaigns(tx, filter)}) m
    `,
  ])
  return { items, total }
}

export async function findCampaign(
  tx: Tx,
  id: string,
): Promise<CampaignRow | undefined> {
  const [row] = await tx<CampaignRow[]>`
    select ${campaignColumns(tx)}
    from public.campaigns c
    join public.agents a on a.id = c.agent_id
    join public.phone_numbers p on p.id = c.phone_number_id
    where c.id = ${id}
  `
  return row
}

/** Whether the caller may see this campaign (row-level security decides). */
export async function campaignIsVisible(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx`select 1 from public.campaigns where id = ${id}`
  return row !== undefined
}
