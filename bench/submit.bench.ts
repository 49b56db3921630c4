import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js'
import postgres, { type Sql } from 'postgres'
import { createSimulatorControl } from '../supabase/local/elevenlabs-sim/control-client.ts'
import { type Stack, startStack } from '../supabase/local/stack.ts'
import { functionCpuMs } from './function-cpu.ts'
import { type BenchRow, median } from './machine.ts'

const RECIPIENTS = 10_000
const RUNS = 5

function recipients() {
  return Array.from({ length: RECIPIENTS }, (_, index) => ({
    phone_number: `+1212${String(2_000_000 + index)}`,
    variables: {
      first_name: `Name ${index}`,
      account_id: `ACC${index}`,
      visits: index % 7,
    },
  }))
}

/** A member of a fresh customer with an agent the simulator knows. */
async function benchMember(stack: Stack, sql: Sql) {
  const email = `bench-${randomUUID()}@example.test`
  const signUp = await fetch(`${stack.url}/auth/v1/signup`, {
    method: 'POST',
    headers: { apikey: stack.publishableKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  })
  const session = (await signUp.json()) as {
    access_token: string
    user: { id: string }
  }
  const [{ customer_id: customerId }] = await sql<{ customer_id: string }[]>`
    select customer_id from public.customer_members where user_id = ${session.user.id}
  `
  const suffix = randomUUID().slice(0, 8)
  const agentId = `agent_bench_${suffix}`
  const numberId = `phnum_bench_${suffix}`
  await sql`insert into public.agents (id, customer_id, name) values (${agentId}, ${customerId}, 'Bench agent')`
  await sql`
    insert into public.phone_numbers (id, customer_id, phone_number, label, agent_id)
    values (${numberId}, ${customerId}, '+12025550100', 'Bench line', ${agentId})
  `
  await sql`update public.customers set campaign_limit_override = 1000 where id = ${customerId}`
  await sql`
    insert into public.terms_acceptances (customer_id, version, accepted_by_email)
    select ${customerId}, max(version), ${email} from public.terms_versions
  `
  await createSimulatorControl(stack.simulatorUrl ?? '').registerAgent(agentId, {
    name: 'Bench agent',
    phone_numbers: [{ phone_number_id: numberId, phone_number: '+12025550100' }],
  })
  return { token: session.access_token, customerId, agentId, numberId }
}

export async function benchSubmit(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-bench-submit-'))
  const stack = await startStack({ dataDir, ephemeral: true })
  const sql = postgres(stack.adminUrl, { max: 2, onnotice: () => {} })
  try {
    const member = await benchMember(stack, sql)
    const list = recipients()
    const functionTimes: number[] = []
    const cpuTimes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const body = JSON.stringify({
        name: `Bench ${run}`,
        agent_id: member.agentId,
        phone_number_id: member.numberId,
        schedule: null,
        recipients: list,
      })
      const cpuBefore = functionCpuMs('batch-calls', stack.url)
      const started = performance.now()
      const response = await fetch(`${stack.url}/functions/v1/batch-calls`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${member.token}`,
          apikey: stack.publishableKey,
          'content-type': 'application/json',
        },
        body,
      })
      await response.text()
      if (response.status !== 201)
        throw new Error(`create answered ${response.status}`)
      functionTimes.push(performance.now() - started)
      const cpuAfter = functionCpuMs('batch-calls', stack.url)
      if (cpuBefore !== null && cpuAfter !== null)
        cpuTimes.push(cpuAfter - cpuBefore)
    }

    // The simulator's own time for the same upstream request.
    const client = new ElevenLabsClient({
      apiKey: 'sim_local_key',
      baseUrl: stack.simulatorUrl,
      maxRetries: 0,
    })
    const simulatorTimes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      await client.conversationalAi.batchCalls.create({
        callName: `[${member.customerId}] Bench direct ${run}`,
        agentId: member.agentId,
        agentPhoneNumberId: member.numberId,
        recipients: list.map((recipient) => ({
          id: randomUUID(),
          phoneNumber: recipient.phone_number,
          conversationInitiationClientData: {
            dynamicVariables: recipient.variables,
          },
        })),
      })
      simulatorTimes.push(performance.now() - started)
    }

    // The floor: the same rows written by one bare multi-row insert.
    const insertTimes: number[] = []
    const [{ id: campaignId }] = await sql<{ id: string }[]>`
      select id from public.campaigns where customer_id = ${member.customerId} limit 1
    `
    for (let run = 0; run < RUNS; run++) {
      const rows = list.map((recipient, position) => ({ ...recipient, position }))
      await sql`delete from public.campaign_recipients where campaign_id = ${campaignId}`
      const started = performance.now()
      await sql`
        insert into public.campaign_recipients (campaign_id, customer_id, position, phone_number, variables)
        select ${campaignId}, ${member.customerId}, r.position, r.phone_number, r.variables
        from jsonb_to_recordset(${sql.json(rows as never)}) as r(position int, phone_number text, variables jsonb)
      `
      insertTimes.push(performance.now() - started)
    }

    const sortedMedian = (values: number[]) =>
      median([...values].sort((a, b) => a - b))
    const total = sortedMedian(functionTimes)
    const upstream = sortedMedian(simulatorTimes)
    const ours = total - upstream
    const floor = sortedMedian(insertTimes)
    const cpu = cpuTimes.length
      ? `${sortedMedian(cpuTimes).toFixed(0)} ms CPU`
      : 'CPU n/a'
    return [
      {
        path: 'submitting',
        case: `${RECIPIENTS.toLocaleString('en-US')} recipients through the function (median of ${RUNS})`,
        figure: `${ours.toFixed(0)} ms without the simulator (${total.toFixed(0)} ms in all; ${cpu} in the function)`,
        baseline: `one bare multi-row insert ${floor.toFixed(0)} ms; simulator alone ${upstream.toFixed(0)} ms`,
        ratio: (ours / floor).toFixed(1),
        budget: '≤ 3; CPU well inside 2 s',
        verdict: ours / floor <= 3 ? 'within' : 'over',
      },
    ]
  } finally {
    await sql.end()
    await stack.stop()
  }
}
