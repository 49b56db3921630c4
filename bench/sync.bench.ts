import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js'
import postgres, { type Sql } from 'postgres'
import { PASS_CONCURRENCY } from '../supabase/functions/_shared/sync/sync-limits.ts'
import { createSimulatorControl } from '../supabase/local/elevenlabs-sim/control-client.ts'
import { type Stack, startStack } from '../supabase/local/stack.ts'
import { functionCpuMs } from './function-cpu.ts'
import type { BenchRow } from './machine.ts'

const CAMPAIGNS = 2_000
const RECIPIENTS = 100
/** Parallel calls of the entry point, as the cron job's generate_series makes. */
const FAN_OUT = 4

type Campaign = { id: string; recipients: Array<{ id: string; phone: string }> }

/**
 * One sync of 2,000 unfinished campaigns of 100 recipients (every one changed
 * upstream since the last sync), through the entry point with FAN_OUT calls
 * at a time, against the simulator answering the same GETs to a bare client.
 */
export async function benchSync(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-bench-'))
  const stack = await startStack({ dataDir, ephemeral: true })
  const admin = postgres(stack.adminUrl, { max: 8, onnotice: () => {} })
  try {
    const customerId = await createCustomer(admin)
    const many = await createCampaigns(
      stack,
      admin,
      customerId,
      CAMPAIGNS,
      RECIPIENTS,
    )
    const sim = createSimulatorControl(stack.simulatorUrl ?? '')
    await sim.runSteps(1)

    const cpuBefore = functionCpuMs('sync-campaigns', stack.url)
    const sync = await syncAll(stack, CAMPAIGNS)
    const cpuPerPass = cpuDelta(stack, cpuBefore, sync.passes)
    const baseline = await getAll(stack, many.batchIds, FAN_OUT * PASS_CONCURRENCY)
    const rows: BenchRow[] = [
      {
        path: 'sync pass',
        case: `${CAMPAIGNS.toLocaleString('en-US')} campaigns × ${RECIPIENTS} recipients, ${FAN_OUT} calls at a time`,
        figure: `${(sync.ms / 1000).toFixed(1)} s (${sync.passes} passes, median ${sync.medianPassMs} ms and ${cpuPerPass} CPU each)`,
        baseline: `simulator GETs alone ${(baseline / 1000).toFixed(1)} s`,
        ratio: (sync.ms / baseline).toFixed(2),
        budget: '≤ 30 s',
        verdict: sync.ms <= 30_000 ? 'within' : 'over',
      },
    ]

    const bigCustomerId = await createCustomer(admin, 'big')
    const big = await createCampaigns(stack, admin, bigCustomerId, 1, 10_000)
    await sim.runSteps(1)
    const bigCpuBefore = functionCpuMs('sync-campaigns', stack.url)
    const started = performance.now()
    const answer = await callSync(stack, bigCustomerId)
    const bigMs = performance.now() - started
    const bigCpu = cpuDelta(stack, bigCpuBefore, 1)
    const bigBaseline = await getAll(stack, big.batchIds, 1)
    rows.push({
      path: 'sync pass',
      case: `1 campaign × 10,000 recipients (${answer.refreshed} refreshed)`,
      figure: `${bigMs.toFixed(0)} ms (${bigCpu} CPU)`,
      baseline: `simulator GET alone ${bigBaseline.toFixed(0)} ms`,
      ratio: (bigMs / bigBaseline).toFixed(2),
      budget: 'info',
      verdict: 'info',
    })
    return rows
  } finally {
    await admin.end()
    await stack.stop()
  }
}

function cpuDelta(stack: Stack, before: number | null, passes: number) {
  const after = functionCpuMs('sync-campaigns', stack.url)
  if (before === null || after === null) return 'unmeasured'
  return `${Math.round((after - before) / passes)} ms`
}

async function createCustomer(sql: Sql, suffix = 'bench') {
  const [customer] = await sql<{ id: string }[]>`
    insert into public.customers (name, plan_id) values (${suffix}, 'growth')
    returning id
  `
  await sql`
    insert into public.agents (id, customer_id, name)
    values (${`agent_${suffix}`}, ${customer.id}, 'Bench agent')
  `
  await sql`
    insert into public.phone_numbers (id, customer_id, phone_number, agent_id)
    values (${`phnum_${suffix}`}, ${customer.id}, '+12025550100', ${`agent_${suffix}`})
  `
  return customer.id
}

/** Submits each campaign to the simulator and stores it as create would. */
async function createCampaigns(
  stack: Stack,
  sql: Sql,
  customerId: string,
  count: number,
  size: number,
) {
  const client = new ElevenLabsClient({
    apiKey: 'sim_local_key',
    baseUrl: stack.simulatorUrl,
    maxRetries: 0,
  })
  const campaigns: Campaign[] = Array.from({ length: count }, () => ({
    id: randomUUID(),
    recipients: Array.from({ length: size }, (_, index) => ({
      id: randomUUID(),
      phone: `+1415${String(index).padStart(5, '0')}00`,
    })),
  }))
  const batchIds: string[] = []
  for (let start = 0; start < count; start += 20) {
    const chunk = campaigns.slice(start, start + 20)
    const ids = await Promise.all(
      chunk.map((campaign) =>
        client.conversationalAi.batchCalls
          .create({
            callName: `[${customerId}] Bench ${campaign.id}`,
            agentId: 'agent_acme_reminders',
            agentPhoneNumberId: 'phnum_acme_main',
            recipients: campaign.recipients.map((r) => ({
              id: r.id,
              phoneNumber: r.phone,
            })),
          })
          .then((batch) => batch.id),
      ),
    )
    batchIds.push(...ids)
    await storeCampaigns(sql, customerId, chunk, ids)
  }
  return { campaigns, batchIds }
}

async function storeCampaigns(
  sql: Sql,
  customerId: string,
  campaigns: Campaign[],
  batchIds: string[],
) {
  await sql`
    insert into public.campaigns (
      id, customer_id, upstream_batch_id, name, agent_id, phone_number_id,
      total_calls_scheduled, status_counts, created_by_email
    )
    select c.id, ${customerId}, c.batch_id, 'Bench ' || c.id,
      a.id, p.id, c.size, jsonb_build_object('pending', c.size), 'bench@example.test'
    from unnest(
      ${campaigns.map((c) => c.id)}::uuid[], ${batchIds}::text[],
      ${campaigns.map((c) => c.recipients.length)}::int[]
    ) as c(id, batch_id, size)
    join public.agents a on a.customer_id = ${customerId}
    join public.phone_numbers p on p.customer_id = ${customerId}
  `
  const rows = campaigns.flatMap((c) =>
    c.recipients.map((r, index) => [r.id, c.id, index + 1, r.phone]),
  )
  await sql`
    insert into public.campaign_recipients (
      id, campaign_id, customer_id, position, phone_number
    )
    select r.id, r.campaign_id, ${customerId}, r.position, r.phone
    from unnest(
      ${rows.map((r) => r[0])}::uuid[], ${rows.map((r) => r[1])}::uuid[],
      ${rows.map((r) => r[2])}::int[], ${rows.map((r) => r[3])}::text[]
    ) as r(id, campaign_id, position, phone)
  `
}

async function callSync(stack: Stack, customerId?: string) {
  const response = await fetch(`${stack.url}/functions/v1/sync-campaigns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.secretKey}` },
    body: JSON.stringify(customerId ? { customer_id: customerId } : {}),
  })
  if (!response.ok) throw new Error(`sync answered ${response.status}`)
  return (await response.json()) as {
    leased: number
    refreshed: number
    duration_ms: number
  }
}

/** Calls the entry point FAN_OUT at a time until `total` were refreshed. */
async function syncAll(stack: Stack, total: number) {
  const started = performance.now()
  const durations: number[] = []
  let refreshed = 0
  while (refreshed < total) {
    const answers = await Promise.all(
      Array.from({ length: FAN_OUT }, () => callSync(stack)),
    )
    for (const answer of answers) durations.push(answer.duration_ms)
    const round = answers.reduce((sum, answer) => sum + answer.refreshed, 0)
    if (round === 0) throw new Error(`sync stalled at ${refreshed} of ${total}`)
    refreshed += round
  }
  durations.sort((a, b) => a - b)
  return {
    ms: performance.now() - started,
    passes: durations.length,
    medianPassMs: durations[Math.floor(durations.length / 2)],
  }
}

/** The same GETs with the official client and nothing else, `inFlight` at once. */
async function getAll(stack: Stack, batchIds: string[], inFlight: number) {
  const client = new ElevenLabsClient({
    apiKey: 'sim_local_key',
    baseUrl: stack.simulatorUrl,
    maxRetries: 0,
  })
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < batchIds.length) {
      const id = batchIds[next]
      next += 1
      await client.conversationalAi.batchCalls.get(id)
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker))
  return performance.now() - started
}
