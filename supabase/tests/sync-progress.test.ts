import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  ageLastSync,
  campaignRow,
  eventsOf,
  phoneNumbers,
  simulator,
  submittedCampaign,
  syncCustomer,
} from './helpers/sync.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

async function upstreamBatch(batchId: string) {
  const state = await simulator().readState()
  const batch = state.batches.find((candidate) => candidate.id === batchId)
  if (!batch) throw new Error(`simulator lost batch ${batchId}`)
  return batch
}

function recipientsOf(campaignId: string) {
  return sql<{ id: string; phone_number: string; status: string }[]>`
    select id, phone_number, status, conversation_id
    from public.campaign_recipients where campaign_id = ${campaignId}
    order by position
  `
}

describe('a sync pass', () => {
  test('follows a campaign from pending through in progress to completed', async () => {
    const { fixture } = await apiMember(sql)
    const phones = ['+14155550100', '+14155550113', '+14155550114']
    const campaign = await submittedCampaign(sql, fixture, phones)

    const first = await syncCustomer(fixture.customerId)
    expect(first.body.campaigns).toEqual([{ id: campaign.id, outcome: 'refreshed' }])
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'pending',
      status_counts: { pending: 3, completed: 0 },
      lease_until: null,
    })
    expect((await campaignRow(sql, campaign.id)).synced_at).not.toBeNull()

    await simulator().runSteps(1)
    await ageLastSync(sql, fixture.customerId)
    await syncCustomer(fixture.customerId)
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'in_progress',
      total_calls_dispatched: 2,
      status_counts: { pending: 1, dispatched: 2 },
    })

    await simulator().runSteps(12)
    expect((await upstreamBatch(campaign.batchId)).status).toBe('completed')
    await ageLastSync(sql, fixture.customerId)
    await syncCustomer(fixture.customerId)
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'completed',
      total_calls_scheduled: 3,
      total_calls_dispatched: 3,
      total_calls_completed: 1,
      total_calls_failed: 2,
      status_counts: {
        pending: 0,
        dispatched: 0,
        initiated: 0,
        in_progress: 0,
        completed: 1,
        failed: 1,
        voicemail: 1,
        cancelled: 0,
      },
    })

    const upstream = await upstreamBatch(campaign.batchId)
    const stored = await recipientsOf(campaign.id)
    expect(stored.map(({ id, status }) => ({ id, status }))).toEqual(
      upstream.recipients.map(({ id, status }) => ({ id, status })),
    )
    expect(stored.map((recipient) => recipient.status)).toEqual([
      'completed',
      'failed',
      'voicemail',
    ])
    const conversations = upstream.recipients.map((r) => r.conversation_id)
    expect(conversations[0]).toMatch(/^conv_/)
    expect(
      stored.map((r) => (r as { conversation_id?: string }).conversation_id),
    ).toEqual(conversations)

    const changes = (await eventsOf(sql, campaign.id)).filter(
      (event) => event.kind === 'status_changed',
    )
    expect(changes.map((event) => event.detail)).toEqual([
      { from: 'pending', to: 'in_progress' },
      { from: 'in_progress', to: 'completed' },
    ])

    await ageLastSync(sql, fixture.customerId)
    const after = await syncCustomer(fixture.customerId)
    expect(after.body.leased).toBe(0)
  })

  test('two passes started together refresh each campaign once', async () => {
    const { fixture } = await apiMember(sql)
    const campaigns = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        submittedCampaign(sql, fixture, phoneNumbers(3), { name: `Twin ${index}` }),
      ),
    )

    const passes = await Promise.all([
      syncCustomer(fixture.customerId),
      syncCustomer(fixture.customerId),
    ])
    const seen = passes.flatMap((pass) => pass.body.campaigns)
    expect(seen.map((entry) => entry.id).sort()).toEqual(
      campaigns.map((campaign) => campaign.id).sort(),
    )
    expect(new Set(seen.map((entry) => entry.outcome))).toEqual(
      new Set(['refreshed']),
    )
    expect(passes[0].body.leased + passes[1].body.leased).toBe(8)

    const rows = await sql`
      select count(*)::int as synced from public.campaigns
      where customer_id = ${fixture.customerId}
        and synced_at is not null and lease_until is null
    `
    expect(rows[0].synced).toBe(8)

    const again = await syncCustomer(fixture.customerId)
    expect(again.body.leased).toBe(0)
  })

  test('matches recipients by phone number when upstream drops our ids', async () => {
    const { fixture } = await apiMember(sql)
    const phones = ['+14155550200', '+14155550213', '+14155550214']
    const campaign = await submittedCampaign(sql, fixture, phones)
    await simulator().runSteps(12)

    await simulator().dropRecipientIds(true)
    try {
      const upstream = await upstreamBatch(campaign.batchId)
      expect(upstream.recipients[0].id).toMatch(/^rcpt_/)
      const pass = await syncCustomer(fixture.customerId)
      expect(pass.body.campaigns).toEqual([
        { id: campaign.id, outcome: 'refreshed' },
      ])
    } finally {
      await simulator().dropRecipientIds(false)
    }

    const stored = await recipientsOf(campaign.id)
    expect(stored.map(({ phone_number, status }) => [phone_number, status])).toEqual(
      [
        ['+14155550200', 'completed'],
        ['+14155550213', 'failed'],
        ['+14155550214', 'voicemail'],
      ],
    )
    expect(stored.map(({ id }) => id)).toEqual(
      campaign.recipients.map(({ id }) => id),
    )
  })
})

describe('a detail read', () => {
  test('refreshes a campaign last synced over 10 s ago', async () => {
    const member = await apiMember(sql)
    const campaign = await submittedCampaign(sql, member.fixture, phoneNumbers(2))
    await simulator().runSteps(1)

    const response = await member.get(`/${campaign.id}`)
    expect(response.status).toBe(200)
    const { campaign: body } = await response.json()
    expect(body).toMatchObject({ status: 'in_progress', total_calls_dispatched: 2 })
    expect(body.synced_at).not.toBeNull()
    expect(body.status_counts.dispatched).toBe(2)
  })

  test('answers from the database while the campaign is fresh', async () => {
    const member = await apiMember(sql)
    const campaign = await submittedCampaign(sql, member.fixture, phoneNumbers(2))
    await sql`update public.campaigns set synced_at = now() where id = ${campaign.id}`
    await simulator().runSteps(1)

    const { campaign: body } = await (await member.get(`/${campaign.id}`)).json()
    expect(body.status).toBe('pending')
    expect((await upstreamBatch(campaign.batchId)).status).toBe('in_progress')
  })

  test('answers with the stored campaign when the refresh fails', async () => {
    const member = await apiMember(sql)
    const campaign = await submittedCampaign(sql, member.fixture, phoneNumbers(2))
    await simulator().runSteps(1)
    await simulator().failNext('batch_calls.get', 'error_500', 2)
    try {
      const response = await member.get(`/${campaign.id}`)
      expect(response.status).toBe(200)
      const { campaign: body } = await response.json()
      expect(body).toMatchObject({
        id: campaign.id,
        status: 'pending',
        synced_at: null,
      })
    } finally {
      await simulator().clearFaults()
    }
    expect(await campaignRow(sql, campaign.id)).toMatchObject({ lease_until: null })
  })
})
