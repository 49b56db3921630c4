import { randomUUID } from 'node:crypto'
import { RECIPIENT_STATUSES } from '../../supabase/functions/_shared/wire/statuses.ts'
import { adminSql } from './db.ts'

type RecipientStatus = 'pending' | 'completed' | 'failed' | 'voicemail' | 'cancelled'

export type CampaignSpec = {
  name: string
  agentName: string
  status: 'completed' | 'failed' | 'cancelled'
  /** Hours before now it was created; the list shows newest first. */
  ageHours: number
  recipients?: RecipientStatus[]
}

/**
 * Gives the customer an agent with a caller number, as support staff would.
 * Ids are fresh so tests never share rows.
 */
export async function createAgent(customerId: string, name: string) {
  const sql = adminSql()
  const agentId = `agent_e2e_${randomUUID()}`
  const phoneNumberId = `phnum_e2e_${randomUUID()}`
  await sql`insert into public.agents (id, customer_id, name)
    values (${agentId}, ${customerId}, ${name})`
  await sql`insert into public.phone_numbers (id, customer_id, phone_number, label, agent_id)
    values (${phoneNumberId}, ${customerId}, '+12025550142', 'E2E line', ${agentId})`
  return { agentId, phoneNumberId }
}

/**
 * Inserts finished campaigns (unfinished ones would be synced against the
 * simulator, which does not know them) with counters that agree with their
 * recipients. Returns their ids in the order given.
 */
export async function insertFinishedCampaigns(
  customerId: string,
  creatorEmail: string,
  specs: CampaignSpec[],
) {
  const sql = adminSql()
  const agents = new Map<string, Awaited<ReturnType<typeof createAgent>>>()
  for (const agentName of new Set(specs.map((spec) => spec.agentName))) {
    agents.set(agentName, await createAgent(customerId, agentName))
  }

  const ids: string[] = []
  for (const spec of specs) {
    const agent = agents.get(spec.agentName)
    if (!agent) throw new Error('agent missing')
    const statuses = spec.recipients ?? ['completed', 'completed', 'failed']
    const count = (status: (typeof RECIPIENT_STATUSES)[number]) =>
      statuses.filter((s) => s === status).length
    const dialled = statuses.length - count('pending') - count('cancelled')
    const counts = Object.fromEntries(
      RECIPIENT_STATUSES.map((status) => [status, count(status)]),
    )

    const [row] = await sql<{ id: string }[]>`
      insert into public.campaigns (
        customer_id, upstream_batch_id, name, agent_id, phone_number_id, status,
        created_by_email, created_at, synced_at, total_calls_scheduled,
        total_calls_dispatched, total_calls_completed, total_calls_failed,
        status_counts
      ) values (
        ${customerId}, ${`btcal_e2e_${randomUUID()}`}, ${spec.name}, ${agent.agentId},
        ${agent.phoneNumberId}, ${spec.status}, ${creatorEmail},
        now() - make_interval(hours => ${spec.ageHours}), now(), ${statuses.length},
        ${dialled}, ${count('completed')}, ${count('failed') + count('voicemail')},
        ${sql.json(counts)}
      ) returning id`
    await sql`
      insert into public.campaign_recipients
        (campaign_id, customer_id, position, phone_number, status)
      select ${row.id}, ${customerId}, n, '+1202555' || lpad((1000 + n)::text, 4, '0'),
        (${statuses}::text[])[n]
      from generate_series(1, ${statuses.length}) as n`
    ids.push(row.id)
  }
  return ids
}
