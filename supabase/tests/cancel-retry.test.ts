import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { errorCode } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  campaignBody,
  campaignRow,
  eventKinds,
  simulator,
  submitter,
  upstreamBatch,
} from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())
afterEach(() => simulator().clearFaults())

const tomorrow = () => {
  const day = new Date(Date.now() + 36 * 3600_000)
  return { local: `${day.toISOString().slice(0, 10)}T09:30`, time_zone: 'UTC' }
}

type UpstreamRecipient = { id: string; status: string }

/** Copies upstream's statuses into our rows, standing in for the sync. */
async function mirrorUpstream(campaignId: string) {
  const { upstream_batch_id } = await campaignRow(sql, campaignId)
  const batch = await upstreamBatch(upstream_batch_id as string)
  for (const recipient of batch.recipients as UpstreamRecipient[]) {
    await sql`
      update public.campaign_recipients set status = ${recipient.status}
      where id = ${recipient.id}
    `
  }
  await sql`update public.campaigns set status = ${batch.status} where id = ${campaignId}`
  return batch
}

async function startedCampaign(
  member: Awaited<ReturnType<typeof submitter>>,
  overrides = {},
) {
  const response = await member.create(campaignBody(member.fixture, overrides))
  expect(response.status).toBe(201)
  return (await response.json()).campaign.id as string
}

describe('POST /batch-calls/:id/cancel', () => {
  test('a campaign scheduled tomorrow is cancelled, and a second cancel is 409', async () => {
    const member = await submitter(sql)
    const id = await startedCampaign(member, { schedule: tomorrow() })

    const response = await member.cancel(id)
    expect(response.status).toBe(200)
    const { campaign } = await response.json()
    expect(campaign).toMatchObject({
      id,
      status: 'cancelled',
      status_counts: { cancelled: 2 },
    })
    const { upstream_batch_id } = await campaignRow(sql, id)
    expect((await upstreamBatch(upstream_batch_id as string)).status).toBe(
      'cancelled',
    )
    const events = await (await member.get(`/${id}/events`)).json()
    expect(events.items.at(-1)).toMatchObject({
      kind: 'cancelled',
      actor_email: member.email,
    })
    expect((await (await member.get('/quota')).json()).used).toBe(1)

    expect(await errorCode(await member.cancel(id))).toEqual({
      status: 409,
      code: 'not_cancellable',
    })
  })

  test('an upstream failure answers 502 and changes nothing', async () => {
    const member = await submitter(sql)
    const id = await startedCampaign(member, { schedule: tomorrow() })
    await simulator().failNext('batch_calls.cancel', 'error_500')

    expect(await errorCode(await member.cancel(id))).toEqual({
      status: 502,
      code: 'provider_unavailable',
    })
    expect((await campaignRow(sql, id)).status).toBe('pending')
    expect(await eventKinds(sql, id)).toEqual(['created', 'submitted'])
  })

  test('a campaign whose submit outcome is unknown cannot be cancelled yet', async () => {
    const member = await submitter(sql)
    await simulator().failNext('batch_calls.submit', 'error_500')
    const submit = await member.create(campaignBody(member.fixture))
    expect(submit.status).toBe(502)
    const [{ id }] = await sql<{ id: string }[]>`
      select id from public.campaigns where customer_id = ${member.fixture.customerId}
    `
    expect(await errorCode(await member.cancel(id))).toEqual({
      status: 409,
      code: 'not_cancellable',
    })
  })
})

describe('POST /batch-calls/:id/retry', () => {
  test('re-dials exactly the failed and voicemail recipients', async () => {
    const member = await submitter(sql)
    const id = await startedCampaign(member, {
      recipients: [
        { phone_number: '+12025550113' },
        { phone_number: '+12025550114' },
        { phone_number: '+12025550115' },
      ],
    })
    await simulator().runSteps(12)
    const finished = await mirrorUpstream(id)
    expect(finished.status).toBe('completed')

    const response = await member.retry(id)
    expect(response.status).toBe(200)
    const { campaign } = await response.json()
    expect(campaign).toMatchObject({
      status: 'pending',
      retry_count: 1,
      status_counts: { pending: 2, completed: 1 },
    })
    const upstream = await upstreamBatch(
      (await campaignRow(sql, id)).upstream_batch_id as string,
    )
    const byNumber = Object.fromEntries(
      upstream.recipients.map((r: { phone_number: string; status: string }) => [
        r.phone_number,
        r.status,
      ]),
    )
    expect(upstream.retry_count).toBe(1)
    expect(byNumber).toEqual({
      '+12025550113': 'pending',
      '+12025550114': 'pending',
      '+12025550115': 'completed',
    })
    const ours = await sql<{ phone_number: string; status: string }[]>`
      select phone_number, status from public.campaign_recipients
      where campaign_id = ${id} order by position
    `
    expect(ours.map((row) => row.status)).toEqual([
      'pending',
      'pending',
      'completed',
    ])
    expect((await eventKinds(sql, id)).at(-1)).toBe('retried')
    expect((await (await member.get('/quota')).json()).used).toBe(1)
  })

  test('a running campaign or one with every call completed has nothing to retry', async () => {
    const member = await submitter(sql)
    const running = await startedCampaign(member)
    expect(await errorCode(await member.retry(running))).toEqual({
      status: 409,
      code: 'nothing_to_retry',
    })

    const done = await startedCampaign(member, {
      recipients: [{ phone_number: '+12025550121' }],
    })
    await simulator().runSteps(8)
    await mirrorUpstream(done)
    expect((await campaignRow(sql, done)).status).toBe('completed')
    expect(await errorCode(await member.retry(done))).toEqual({
      status: 409,
      code: 'nothing_to_retry',
    })
  })
})

describe('another customer campaign', () => {
  test('can be neither cancelled nor retried', async () => {
    const owner = await submitter(sql)
    const stranger = await submitter(sql)
    const id = await startedCampaign(owner, { schedule: tomorrow() })

    expect(await errorCode(await stranger.cancel(id))).toEqual({
      status: 404,
      code: 'not_found',
    })
    expect(await errorCode(await stranger.retry(id))).toEqual({
      status: 404,
      code: 'not_found',
    })
    expect((await campaignRow(sql, id)).status).toBe('pending')
  })
})
