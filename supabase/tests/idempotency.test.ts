import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { errorCode } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  campaignBody,
  campaignsOf,
  simulator,
  submitter,
} from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())
afterEach(() => simulator().clearFaults())

const keyed = (key: string) => ({ 'idempotency-key': key })

async function upstreamBatchesNamed(customerId: string) {
  const state = await simulator().readState()
  return state.batches.filter((batch) => batch.name.startsWith(`[${customerId}]`))
}

describe('Idempotency-Key on POST /batch-calls', () => {
  test('a repeat with the same key and body returns the first answer and starts nothing', async () => {
    const member = await submitter(sql)
    const body = campaignBody(member.fixture)
    const first = await member.create(body, keyed('order-1'))
    const firstBody = await first.json()
    // Same content, keys in another order: the hash is over canonical JSON.
    const reordered = Object.fromEntries(Object.entries(body).reverse())
    const second = await member.create(reordered, keyed('order-1'))

    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(await second.json()).toEqual(firstBody)
    expect(await campaignsOf(sql, member.fixture.customerId)).toHaveLength(1)
    expect(await upstreamBatchesNamed(member.fixture.customerId)).toHaveLength(1)
  })

  test('the same key with another body is refused with 422', async () => {
    const member = await submitter(sql)
    await member.create(campaignBody(member.fixture), keyed('order-2'))
    const response = await member.create(
      campaignBody(member.fixture, { name: 'Something else' }),
      keyed('order-2'),
    )
    expect(await errorCode(response)).toEqual({
      status: 422,
      code: 'idempotency_key_reused',
    })
  })

  test('a repeat while the first is still running is 409, then the key is held', async () => {
    const member = await submitter(sql)
    const body = campaignBody(member.fixture)
    await simulator().failNext('batch_calls.submit', 'hang')
    const first = member.create(body, keyed('order-3'))
    await expect
      .poll(async () => (await simulator().readState()).held_requests)
      .toBe(1)

    const during = await member.create(body, keyed('order-3'))
    expect(await errorCode(during)).toEqual({
      status: 409,
      code: 'request_in_progress',
    })
    expect(await errorCode(await first)).toEqual({
      status: 502,
      code: 'provider_unavailable',
    })
    // Upstream may have the batch: the key stays taken until the sync knows.
    const after = await member.create(body, keyed('order-3'))
    expect(await errorCode(after)).toEqual({
      status: 409,
      code: 'request_in_progress',
    })
    expect(await campaignsOf(sql, member.fixture.customerId)).toHaveLength(1)
  })

  test('once the sync settles an unknown outcome the key replays or is free', async () => {
    const accepted = await submitter(sql)
    const refused = await submitter(sql)
    for (const member of [accepted, refused]) {
      await simulator().failNext('batch_calls.submit', 'error_500')
      const response = await member.create(campaignBody(member.fixture), keyed('k'))
      expect(response.status).toBe(502)
    }
    // What the sync does: upstream had the first batch, never got the second.
    const [first] = await campaignsOf(sql, accepted.fixture.customerId)
    await sql`
      update public.campaigns set upstream_batch_id = ${`batch_${first.id}`},
        last_error = null
      where id = ${first.id}
    `
    const [second] = await campaignsOf(sql, refused.fixture.customerId)
    await sql`update public.campaigns set status = 'failed' where id = ${second.id}`

    const replay = await accepted.create(campaignBody(accepted.fixture), keyed('k'))
    expect(replay.status).toBe(201)
    expect((await replay.json()).campaign.id).toBe(first.id)
    const fresh = await refused.create(campaignBody(refused.fixture), keyed('k'))
    expect(fresh.status).toBe(201)
    expect((await fresh.json()).campaign.id).not.toBe(second.id)
  })

  test('after a definite failure the key is free again', async () => {
    const member = await submitter(sql)
    const body = campaignBody(member.fixture)
    await simulator().failNext('batch_calls.submit', 'rate_limit_429')
    const refused = await member.create(body, keyed('order-4'))
    const again = await member.create(body, keyed('order-4'))

    expect(refused.status).toBe(503)
    expect(again.status).toBe(201)
    const statuses = (await campaignsOf(sql, member.fixture.customerId)).map(
      (campaign) => campaign.status,
    )
    expect(statuses).toEqual(['failed', 'pending'])
  })

  test('a key refused before storing (terms) is free again', async () => {
    const member = await submitter(sql, { acceptTerms: false })
    const body = campaignBody(member.fixture)
    const refused = await member.create(body, keyed('order-5'))
    expect(refused.status).toBe(403)
    await sql`
      insert into public.terms_acceptances (customer_id, version, accepted_by_email)
      select ${member.fixture.customerId}, max(version), 'x@example.test'
      from public.terms_versions
    `
    expect((await member.create(body, keyed('order-5'))).status).toBe(201)
  })

  test('an empty or overlong key is a 400', async () => {
    const member = await submitter(sql)
    const response = await member.create(
      campaignBody(member.fixture),
      keyed('x'.repeat(256)),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'Idempotency-Key',
        code: 'invalid_idempotency_key',
      }),
    ])
  })
})
