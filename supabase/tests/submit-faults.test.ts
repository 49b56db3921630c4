import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { errorCode } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  campaignBody,
  campaignRow,
  campaignsOf,
  eventKinds,
  simulator,
  submitter,
} from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())
afterEach(async () => {
  await simulator().clearFaults()
  await simulator().setAgreement('sim_local_key', true)
})

async function onlyCampaign(customerId: string) {
  const campaigns = await campaignsOf(sql, customerId)
  expect(campaigns).toHaveLength(1)
  return campaignRow(sql, campaigns[0].id).then((row) => ({
    ...row,
    id: campaigns[0].id,
  }))
}

describe('upstream faults on submit', () => {
  test.each(['error_500', 'hang'] as const)(
    'after %s the campaign stays pending with an unknown outcome and keeps its quota',
    async (kind) => {
      const member = await submitter(sql)
      await simulator().failNext('batch_calls.submit', kind)
      const response = await member.create(campaignBody(member.fixture))

      expect(await errorCode(response)).toEqual({
        status: 502,
        code: 'provider_unavailable',
      })
      const campaign = await onlyCampaign(member.fixture.customerId)
      expect(campaign).toMatchObject({
        status: 'pending',
        upstream_batch_id: null,
        counts_toward_quota: true,
        last_error: { code: 'submission_unknown' },
      })
      expect(await eventKinds(sql, campaign.id)).toEqual([
        'created',
        'upstream_error',
      ])
      expect((await (await member.get('/quota')).json()).used).toBe(1)
    },
  )

  test('an upstream 429 fails the campaign, refunds it and answers 503 with Retry-After', async () => {
    const member = await submitter(sql)
    await simulator().failNext('batch_calls.submit', 'rate_limit_429')
    const response = await member.create(campaignBody(member.fixture))

    expect(await errorCode(response)).toEqual({ status: 503, code: 'provider_busy' })
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    const campaign = await onlyCampaign(member.fixture.customerId)
    expect(campaign).toMatchObject({
      status: 'failed',
      upstream_batch_id: null,
      counts_toward_quota: false,
      last_error: { code: 'provider_busy' },
    })
    expect(await eventKinds(sql, campaign.id)).toEqual([
      'created',
      'submit_failed',
      'quota_refunded',
    ])
    expect((await (await member.get('/quota')).json()).used).toBe(0)
  })

  test('upstream terms not accepted fails the campaign, refunds it and answers 503', async () => {
    const member = await submitter(sql)
    await simulator().setAgreement('sim_local_key', false)
    const response = await member.create(campaignBody(member.fixture))

    expect(await errorCode(response)).toEqual({
      status: 503,
      code: 'provider_terms_not_accepted',
    })
    const campaign = await onlyCampaign(member.fixture.customerId)
    expect(campaign).toMatchObject({
      status: 'failed',
      counts_toward_quota: false,
      last_error: { code: 'provider_terms_not_accepted' },
    })
  })

  test('a submit upstream refuses fails the campaign, refunds it and answers 502', async () => {
    const member = await submitter(sql)
    // An agent our database has but upstream does not know: a definite 404.
    await sql`
      insert into public.agents (id, customer_id, name)
      values ('agent_only_here_' || ${member.fixture.customerId}, ${member.fixture.customerId}, 'Ghost')
    `
    await sql`
      update public.phone_numbers set agent_id = 'agent_only_here_' || customer_id
      where id = ${member.fixture.spareNumberId}
    `
    const response = await member.create(
      campaignBody(member.fixture, {
        agent_id: `agent_only_here_${member.fixture.customerId}`,
        phone_number_id: member.fixture.spareNumberId,
      }),
    )

    expect(await errorCode(response)).toEqual({
      status: 502,
      code: 'provider_rejected',
    })
    const campaign = await onlyCampaign(member.fixture.customerId)
    expect(campaign).toMatchObject({
      status: 'failed',
      counts_toward_quota: false,
      last_error: { code: 'provider_rejected' },
    })
  })
})
