import { randomUUID } from 'node:crypto'
import postgres, { type Sql, type TransactionSql } from 'postgres'
import { stack } from './clients.ts'

/** Superuser connection: sets up data and switches into the API roles. */
export function adminSql(max = 4): Sql {
  return postgres(stack().adminUrl, { max, onnotice: () => {} })
}

/** The `postgres` login the functions use (not a superuser). */
export function functionSql(max = 4): Sql {
  return postgres(stack().dbUrl, { max, onnotice: () => {} })
}

type ApiRole = 'anon' | 'authenticated'

/**
 * Runs `work` in a transaction as `role` with the claims the Data API would
 * set for `userId`, so row-level security and grants apply as on hosted.
 */
export function actAs<T>(
  sql: Sql,
  role: ApiRole,
  userId: string | null,
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T> {
  const claims = userId
    ? { sub: userId, role, aud: 'authenticated' }
    : { role: 'anon' }
  return sql.begin(async (tx) => {
    await tx.unsafe(`set local role ${role === 'anon' ? 'anon' : 'authenticated'}`)
    await tx`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`
    return work(tx)
  }) as Promise<T>
}

export async function customerIdOf(sql: Sql, userId: string): Promise<string> {
  const [row] = await sql<{ customer_id: string }[]>`
    select customer_id from public.customer_members where user_id = ${userId}
  `
  if (!row) throw new Error(`user ${userId} has no customer`)
  return row.customer_id
}

export type CustomerFixture = {
  customerId: string
  agentId: string
  numberId: string
  spareNumberId: string
}

/** An agent with an assigned number and a spare one, owned by the customer. */
export async function giveAgent(
  sql: Sql,
  customerId: string,
  agentName = 'Fixture agent',
): Promise<CustomerFixture> {
  const suffix = randomUUID().slice(0, 8)
  const agentId = `agent_${suffix}`
  const numberId = `phnum_${suffix}`
  const spareNumberId = `phnum_spare_${suffix}`
  await sql`
    insert into public.agents (id, customer_id, name)
    values (${agentId}, ${customerId}, ${agentName})
  `
  await sql`
    insert into public.phone_numbers (id, customer_id, phone_number, label, agent_id)
    values
      (${numberId}, ${customerId}, '+12025550100', 'Main', ${agentId}),
      (${spareNumberId}, ${customerId}, '+12025550199', 'Spare', null)
  `
  return { customerId, agentId, numberId, spareNumberId }
}

export async function acceptCurrentTerms(sql: Sql, customerId: string) {
  await sql`
    insert into public.terms_acceptances (customer_id, version, accepted_by_email)
    select ${customerId}, max(version), 'fixture@example.test'
    from public.terms_versions
    on conflict do nothing
  `
}

type CampaignInput = {
  name?: string
  status?: string
  createdAt?: Date
  recipients?: Array<{
    phone_number: string
    variables?: Record<string, string | number | boolean>
    status?: string
  }>
}

/** A campaign with recipients and one event, written directly as superuser. */
export async function insertCampaign(
  sql: Sql,
  fixture: CustomerFixture,
  input: CampaignInput = {},
): Promise<string> {
  const recipients = input.recipients ?? [{ phone_number: '+12025550101' }]
  const [campaign] = await sql<{ id: string }[]>`
    insert into public.campaigns (
      customer_id, name, agent_id, phone_number_id, status,
      total_calls_scheduled, created_by_email, created_at
    ) values (
      ${fixture.customerId}, ${input.name ?? 'Fixture campaign'},
      ${fixture.agentId}, ${fixture.numberId}, ${input.status ?? 'completed'},
      ${recipients.length}, 'fixture@example.test',
      ${input.createdAt ?? new Date()}
    )
    returning id
  `
  await sql`
    insert into public.campaign_recipients (
      campaign_id, customer_id, position, phone_number, variables, status
    )
    select ${campaign.id}, ${fixture.customerId}, r.position,
      r.item ->> 'phone_number', coalesce(r.item -> 'variables', '{}'),
      coalesce(r.item ->> 'status', 'pending')
    from jsonb_array_elements(${sql.json(recipients)}::jsonb)
      with ordinality as r(item, position)
  `
  await sql`
    insert into public.campaign_events (campaign_id, customer_id, kind)
    values (${campaign.id}, ${fixture.customerId}, 'created')
  `
  return campaign.id
}
