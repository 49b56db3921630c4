import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { type ApiMember, apiMember } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  ageLastSync,
  campaignRow,
  eventsOf,
  phoneNumbers,
  simulator,
  storeCampaign,
  submitUpstream,
  syncCustomer,
} from './helpers/sync.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterEach(() => simulator().clearFaults())
afterAll(() => sql.end())

const timedOut = {
  code: 'provider_unavailable',
  message: 'ElevenLabs did not answer in time',
}
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)

async function quotaUsed(member: ApiMember) {
  const response = await member.get('/quota')
  expect(response.status).toBe(200)
  return (await response.json()).used as number
}

describe('reconciling a submission whose outcome was unknown', () => {
  test('finds the batch upstream and carries on as submitted', async () => {
    const member = await apiMember(sql)
    const { customerId } = member.fixture
    const campaign = await storeCampaign(sql, member.fixture, phoneNumbers(3), {
      name: 'Landed anyway',
      lastError: timedOut,
    })
    // The same name with another recipient count is not this campaign.
    await submitUpstream(
      `[${customerId}] Landed anyway`,
      campaign.recipients.slice(1),
    )
    const batchId = await submitUpstream(
      `[${customerId}] Landed anyway`,
      campaign.recipients,
    )

    const pass = await syncCustomer(customerId)
    expect(pass.body.campaigns).toEqual([{ id: campaign.id, outcome: 'reconciled' }])
    expect(pass.body).toMatchObject({ reconciled: 1, refreshed: 1 })
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      upstream_batch_id: batchId,
      status: 'pending',
      last_error: null,
      counts_toward_quota: true,
      lease_until: null,
    })
    expect((await campaignRow(sql, campaign.id)).synced_at).not.toBeNull()
    expect(await eventsOf(sql, campaign.id)).toEqual([
      {
        kind: 'reconciled',
        detail: { outcome: 'found', upstream_batch_id: batchId },
      },
    ])
    expect(await quotaUsed(member)).toBe(1)

    await simulator().runSteps(1)
    await ageLastSync(sql, customerId)
    await syncCustomer(customerId)
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'in_progress',
    })
  })

  test('fails the campaign and refunds the quota when upstream never got it', async () => {
    const member = await apiMember(sql)
    const campaign = await storeCampaign(sql, member.fixture, phoneNumbers(2), {
      name: 'Never arrived',
      createdAt: minutesAgo(3),
      lastError: timedOut,
    })
    expect(await quotaUsed(member)).toBe(1)

    const pass = await syncCustomer(member.fixture.customerId)
    expect(pass.body.campaigns).toEqual([
      { id: campaign.id, outcome: 'not_received' },
    ])
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'failed',
      upstream_batch_id: null,
      counts_toward_quota: false,
      last_error: { code: 'submission_not_received' },
      lease_until: null,
    })
    expect((await eventsOf(sql, campaign.id)).map((event) => event.kind)).toEqual([
      'reconciled',
      'status_changed',
      'quota_refunded',
    ])
    expect(await quotaUsed(member)).toBe(0)

    const { campaign: body } = await (await member.get(`/${campaign.id}`)).json()
    expect(body.last_error.code).toBe('submission_not_received')
  })

  test('waits out the grace period before deciding a batch never arrived', async () => {
    const member = await apiMember(sql)
    const campaign = await storeCampaign(sql, member.fixture, phoneNumbers(2), {
      lastError: timedOut,
    })

    const pass = await syncCustomer(member.fixture.customerId)
    expect(pass.body).toMatchObject({ waiting: 1, reconciled: 0, released: 1 })
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'pending',
      counts_toward_quota: true,
      last_error: timedOut,
      lease_until: null,
    })
    expect(await eventsOf(sql, campaign.id)).toEqual([])
  })

  test('never fails a campaign because the workspace list could not be read', async () => {
    const member = await apiMember(sql)
    const campaign = await storeCampaign(sql, member.fixture, phoneNumbers(2), {
      createdAt: minutesAgo(3),
      lastError: timedOut,
    })

    await simulator().failNext('batch_calls.list', 'error_500', 100)
    const pass = await syncCustomer(member.fixture.customerId)
    await simulator().clearFaults()
    expect(pass.body.campaigns).toEqual([
      { id: campaign.id, outcome: 'read_failed' },
    ])
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'pending',
      counts_toward_quota: true,
      last_error: timedOut,
    })
    expect(await eventsOf(sql, campaign.id)).toEqual([])
    expect(await quotaUsed(member)).toBe(1)
  })
})
