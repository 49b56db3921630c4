import { randomUUID } from 'node:crypto'
import { expect } from '@playwright/test'
import { createAgent } from './campaigns.ts'
import { adminSql } from './db.ts'
import { env } from './env.ts'
import { DEMO_PASSWORD, type Member } from './members.ts'
import { acceptTerms } from './new-campaign-db.ts'

/** The caller number createAgent gives every e2e agent. */
const CALLER_NUMBER = '+12025550142'

async function simulatorControl(path: string, method: string, body: unknown) {
  const response = await fetch(`${env('E2E_SIMULATOR_URL')}/__sim/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`simulator ${method} ${path}: ${await response.text()}`)
  return response.json()
}

/**
 * An agent and number both the database and the simulator know, for a
 * customer that has accepted the terms: ready to start real campaigns.
 */
export async function liveAgent(member: Member, name: string) {
  const agent = await createAgent(member.customerId, name)
  await simulatorControl(`agents/${encodeURIComponent(agent.agentId)}`, 'PUT', {
    name,
    phone_numbers: [
      { phone_number_id: agent.phoneNumberId, phone_number: CALLER_NUMBER },
    ],
  })
  await acceptTerms(member.customerId, member.email)
  return agent
}

/** Runs `count` dialling steps in the simulator, for every due batch. */
export async function runSimulatorSteps(count: number) {
  await simulatorControl('steps', 'POST', { count })
}

async function accessToken(email: string) {
  const response = await fetch(
    `${env('E2E_API_URL')}/auth/v1/token?grant_type=password`,
    {
      method: 'POST',
      headers: {
        apikey: env('E2E_PUBLISHABLE_KEY'),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    },
  )
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`)
  const body = (await response.json()) as { access_token: string }
  return body.access_token
}

/**
 * Starts a campaign through the campaign API as the member would through the
 * form; `scheduleLocal` (UTC wall time, `YYYY-MM-DDTHH:mm`) starts it later.
 */
export async function startCampaignViaApi(
  member: Member,
  agent: { agentId: string; phoneNumberId: string },
  name: string,
  phoneNumbers: string[],
  scheduleLocal?: string,
) {
  const response = await fetch(`${env('E2E_API_URL')}/functions/v1/batch-calls`, {
    method: 'POST',
    headers: {
      apikey: env('E2E_PUBLISHABLE_KEY'),
      authorization: `Bearer ${await accessToken(member.email)}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({
      name,
      agent_id: agent.agentId,
      phone_number_id: agent.phoneNumberId,
      schedule: scheduleLocal ? { local: scheduleLocal, time_zone: 'UTC' } : null,
      recipients: phoneNumbers.map((phone_number) => ({ phone_number })),
    }),
  })
  if (response.status !== 201)
    throw new Error(`create answered ${response.status}: ${await response.text()}`)
  const body = (await response.json()) as { campaign: { id: string } }
  return body.campaign.id
}

/** Waits until the campaign has an upstream batch, and returns its id. */
export async function upstreamBatchId(campaignId: string) {
  let batchId: string | null = null
  await expect
    .poll(async () => {
      const [row] = await adminSql()<{ upstream_batch_id: string | null }[]>`
        select upstream_batch_id from public.campaigns where id = ${campaignId}`
      batchId = row?.upstream_batch_id ?? null
      return batchId
    })
    .not.toBeNull()
  return batchId as unknown as string
}

/** Recipient statuses as the simulator holds them, by phone number. */
export async function upstreamStatuses(batchId: string) {
  const response = await fetch(`${env('E2E_SIMULATOR_URL')}/__sim/state`)
  const state = (await response.json()) as {
    batches: {
      id: string
      status: string
      recipients: { phone_number: string; status: string }[]
    }[]
  }
  const batch = state.batches.find((b) => b.id === batchId)
  if (!batch) throw new Error(`simulator has no batch ${batchId}`)
  return batch
}
