import type { PendingQuery, Row } from 'postgres'
import { oneAsFunctionOwner, type Tx } from './user-transaction.ts'

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
  userId: string
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
// the planner can use the (customer_id, ...) indexes.
function campaignsOfCustomer(tx: Tx, filter: CampaignFilter): PendingQuery<Row[]> {
  const byStatus = filter.status ? tx`and c.status = ${filter.status}` : tx``
  return tx`
    select c.id, c.created_at from public.campaigns c
    where c.customer_id = ${filter.customerId} ${byStatus}
  `
}

type Page = { limit: number; offset: number }

export async function listCampaigns(tx: Tx, filter: CampaignFilter, page: Page) {
  if (filter.namePattern)
    return searchCampaigns(tx, filter, filter.namePattern, page)
  // The page is cut from ids and dates alone; only its rows are fetched.
  // `limit 1` keeps the lookup a per-row primary key probe: flattened, the
  // planner misjudges the row-level security filter and scans by agent.
  // The total comes from the counts the campaigns' triggers keep.
  const byStatus = filter.status ? tx`and t.status = ${filter.status}` : tx``
  const [items, [{ total }]] = await Promise.all([
    tx<CampaignRow[]>`
      select ${campaignColumns(tx)}
      from (
        select m.id, m.created_at from (${campaignsOfCustomer(tx, filter)}) m
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
      select coalesce(sum(t.campaigns), 0)::int as total
      from public.campaign_counts t
      where t.customer_id = ${filter.customerId} ${byStatus}
    `,
  ])
  return { items, total }
}

/**
 * The name filter (campaign or agent name) runs in a definer function scoped
 * to the member's customer: under row-level security ILIKE is not leakproof,
 * so the planner would match every campaign of the customer against the
 * policy first. The page's rows are then read under row-level security, in
 * the order the function gave.
 */
async function searchCampaigns(
  tx: Tx,
  filter: CampaignFilter,
  pattern: string,
  page: Page,
) {
  const { userId, customerId } = filter
  const [{ total, ids }] = await oneAsFunctionOwner(
    tx,
    () => tx<{ total: number; ids: string[] }[]>`
      select s.total, s.ids from private.search_campaigns(
        ${userId}, ${customerId}, ${filter.status ?? null}, ${pattern},
        ${page.limit}, ${page.offset}
      ) s
    `,
  )
  if (ids.length === 0) return { items: [], total }
  const items = await tx<CampaignRow[]>`
    select ${campaignColumns(tx)}
    from unnest(${ids}::uuid[]) with ordinality as page (id, n)
    cross join lateral (
      select * from public.campaigns x where x.id = page.id limit 1
    ) c
    join public.agents a on a.id = c.agent_id
    join public.phone_numbers p on p.id = c.phone_number_id
    order by page.n
  `
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
