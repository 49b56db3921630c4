import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js'
import type { Sql } from 'postgres'
import type { SyncSummary } from '../../functions/_shared/sync/run-sync-pass.ts'
import { simulator, stack } from './clients.ts'
import type { CustomerFixture } from './db.ts'

export type SyncCampaignsAnswer = {
  status: number
  body: SyncSummary & { error?: { code: string } }
}

/** Calls the sync entry point the way pg_cron does: POST with a bearer key. */
export async function callSync(
  body: unknown = {},
  options: { token?: string | null; method?: string } = {},
): Promise<SyncCampaignsAnswer> {
  const { token = stack().secretKey, method = 'POST' } = options
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${stack().url}/functions/v1/sync-campaigns`, {
    method,
    headers,
    body: method === 'GET' ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** One pass over this customer's campaigns only, so tests never meet. */
export const syncCustomer = (customerId: string) =>
  callSync({ customer_id: customerId })

export { simulator }

const upstreamClient = () =>
  new ElevenLabsClient({
    apiKey: 'sim_local_key',
    baseUrl: stack().simulatorUrl,
    maxRetries: 0,
  })

type StoredCampaign = {
  id: string
  recipients: Array<{ id: string; phone_number: string }>
}

/**
 * A pending campaign stored as create does (recipients, pending counts), not
 * yet submitted. `createdAt` back-dates it.
 */
export async function storeCampaign(
  sql: Sql,
  fixture: CustomerFixture,
  phones: string[],
  options: { name?: string; createdAt?: Date; lastError?: object } = {},
): Promise<StoredCampaign> {
  const [campaign] = await sql<{ id: string }[]>`
    insert into public.campaigns (
      customer_id, name, agent_id, phone_number_id, total_calls_scheduled,
      status_counts, created_by_email, created_at, last_error
    ) values (
      ${fixture.customerId}, ${options.name ?? 'Sync fixture'}, ${fixture.agentId},
      ${fixture.numberId}, ${phones.length},
      ${sql.json({ pending: phones.length })}, 'fixture@example.test',
      ${options.createdAt ?? sql`now()`},
      ${options.lastError ? sql.json(options.lastError as never) : null}
    )
    returning id
  `
  const recipients = await sql<{ id: string; phone_number: string }[]>`
    insert into public.campaign_recipients (
      campaign_id, customer_id, position, phone_number
    )
    select ${campaign.id}, ${fixture.customerId}, p.position, p.phone
    from unnest(${phones}::text[]) with ordinality as p(phone, position)
    returning id, phone_number
  `
  return { id: campaign.id, recipients }
}

/** Submits a batch to the simulator with the official client, as create does. */
export async function submitUpstream(
  callName: string,
  recipients: Array<{ id: string; phone_number: string }>,
): Promise<string> {
  const batch = await upstreamClient().conversationalAi.batchCalls.create({
    callName,
    agentId: 'agent_acme_reminders',
    agentPhoneNumberId: 'phnum_acme_main',
    recipients: recipients.map((recipient) => ({
      id: recipient.id,
      phoneNumber: recipient.phone_number,
    })),
  })
  return batch.id
}

/** Stores a campaign, submits it upstream and records the batch id. */
export async function submittedCampaign(
  sql: Sql,
  fixture: CustomerFixture,
  phones: string[],
  options: { name?: string; callName?: string } = {},
) {
  const stored = await storeCampaign(sql, fixture, phones, options)
  const name = options.name ?? 'Sync fixture'
  const batchId = await submitUpstream(
    options.callName ?? `[${fixture.customerId}] ${name}`,
    stored.recipients,
  )
  await sql`
    update public.campaigns set upstream_batch_id = ${batchId}
    where id = ${stored.id}
  `
  return { ...stored, batchId }
}

export async function campaignRow(sql: Sql, id: string) {
  const [row] = await sql`select * from public.campaigns where id = ${id}`
  return row
}

export function eventsOf(sql: Sql, campaignId: string) {
  return sql<{ kind: string; detail: Record<string, unknown> }[]>`
    select kind, detail from public.campaign_events
    where campaign_id = ${campaignId} order by at, id
  `
}

/** Numbers the simulator completes (none ends in 13 or 14). */
export function phoneNumbers(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `+1415${String(index).padStart(5, '0')}00`,
  )
}

/**
 * Makes this customer's campaigns look synced a minute earlier, so the next
 * pass takes them again (a pass skips campaigns synced in the last 10 s).
 */
export async function ageLastSync(sql: Sql, customerId: string) {
  await sql`
    update public.campaigns set synced_at = synced_at - interval '1 minute'
    where customer_id = ${customerId} and synced_at is not null
  `
}
