import type { Sql } from 'postgres'
import { apiMember } from './api-member.ts'
import { callApi, simulator, stack } from './clients.ts'
import { acceptCurrentTerms, type CustomerFixture } from './db.ts'

export { simulator }

/** A batch as upstream holds it, read with the functions' own key. */
export async function upstreamBatch(batchId: string) {
  const response = await fetch(
    `${stack().simulatorUrl}/v1/convai/batch-calling/${batchId}`,
    { headers: { 'xi-api-key': 'sim_local_key' } },
  )
  if (!response.ok) throw new Error(`simulator get ${batchId}: ${response.status}`)
  return response.json()
}

export type Submitter = Awaited<ReturnType<typeof submitter>>

/**
 * A new member whose customer accepted the terms and has an agent the
 * simulator knows, with helpers for the write routes.
 */
export async function submitter(sql: Sql, options: { acceptTerms?: boolean } = {}) {
  const member = await apiMember(sql)
  const { fixture } = member
  await simulator().registerAgent(fixture.agentId, {
    name: 'Fixture agent',
    phone_numbers: [
      { phone_number_id: fixture.numberId, phone_number: '+12025550100' },
    ],
  })
  if (options.acceptTerms !== false)
    await acceptCurrentTerms(sql, fixture.customerId)

  const post = (
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    callApi(path, {
      token: member.token,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    ...member,
    create: (body: unknown, headers?: Record<string, string>) =>
      post('', body, headers),
    cancel: (id: string) => post(`/${id}/cancel`),
    retry: (id: string) => post(`/${id}/retry`),
  }
}

type BodyOverrides = Partial<{
  name: string
  agent_id: string
  phone_number_id: string
  schedule: { local: string; time_zone: string } | null
  recipients: unknown[]
}>

/** A valid create body for the fixture's agent and assigned number. */
export function campaignBody(
  fixture: CustomerFixture,
  overrides: BodyOverrides = {},
) {
  return {
    name: 'Spring reminders',
    agent_id: fixture.agentId,
    phone_number_id: fixture.numberId,
    schedule: null,
    recipients: [
      { phone_number: '+12025550101', variables: { first_name: 'Ada', visits: 3 } },
      { phone_number: '+12025550102' },
    ],
    ...overrides,
  }
}

/** `count` distinct dialable numbers, +1 202 555 0000 upwards. */
export function numbers(count: number, start = 0) {
  return Array.from({ length: count }, (_, index) => ({
    phone_number: `+1202555${String(start + index).padStart(4, '0')}`,
  }))
}

/** What the database holds for a campaign, read as superuser. */
export async function campaignRow(sql: Sql, id: string) {
  const [row] = await sql<
    {
      status: string
      upstream_batch_id: string | null
      last_error: { code: string; message: string } | null
      counts_toward_quota: boolean
      retry_count: number
    }[]
  >`
    select status, upstream_batch_id, last_error, counts_toward_quota, retry_count
    from public.campaigns where id = ${id}
  `
  return row
}

export async function eventKinds(sql: Sql, id: string) {
  const rows = await sql<{ kind: string }[]>`
    select kind from public.campaign_events where campaign_id = ${id} order by at, id
  `
  return rows.map((row) => row.kind)
}

export async function campaignsOf(sql: Sql, customerId: string) {
  return sql<{ id: string; status: string; counts_toward_quota: boolean }[]>`
    select id, status, counts_toward_quota from public.campaigns
    where customer_id = ${customerId} order by created_at
  `
}
