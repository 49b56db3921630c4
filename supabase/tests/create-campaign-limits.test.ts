import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { errorCode } from './helpers/api-member.ts'
import { adminSql, customerIdOf } from './helpers/db.ts'
import { campaignBody, numbers, simulator, submitter } from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())
afterEach(() => simulator().clearFaults())

describe('POST /batch-calls limits', () => {
  test('refuses past the monthly quota with limit, used and the reset date', async () => {
    const member = await submitter(sql)
    await sql`
      update public.customers set campaign_limit_override = 1
      where id = ${member.fixture.customerId}
    `
    expect((await member.create(campaignBody(member.fixture))).status).toBe(201)
    const response = await member.create(campaignBody(member.fixture))
    const body = await response.json()

    const now = new Date()
    const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    expect(response.status).toBe(403)
    expect(body.error.code).toBe('quota_exceeded')
    expect(body.error.message).toContain('allows 1 campaigns')
    expect(body.error.message).toContain('1 have been started')
    expect(body.error.message).toContain(reset.toISOString().slice(0, 10))
  })

  test('the eleventh submit in a minute is rate limited with Retry-After', async () => {
    const member = await submitter(sql)
    await sql`
      update public.customers set campaign_limit_override = 100
      where id = ${member.fixture.customerId}
    `
    for (let index = 0; index < 10; index += 1) {
      expect((await member.create(campaignBody(member.fixture))).status).toBe(201)
    }
    const response = await member.create(campaignBody(member.fixture))
    expect(await errorCode(response)).toEqual({ status: 429, code: 'rate_limited' })
    const retryAfter = Number(response.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
  })

  test('accepts 10,000 recipients and refuses 10,001', async () => {
    const member = await submitter(sql)
    const accepted = await member.create(
      campaignBody(member.fixture, { recipients: numbers(10_000) }),
    )
    expect(accepted.status).toBe(201)
    expect((await accepted.json()).campaign.total_calls_scheduled).toBe(10_000)

    const refused = await member.create(
      campaignBody(member.fixture, {
        recipients: [...numbers(10_000), { phone_number: '+12025550100' }],
      }),
    )
    const body = await refused.json()
    expect(refused.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'recipients', code: 'too_big' }),
    ])
  })

  test('twenty parallel submits with three left: exactly three start', async () => {
    const member = await submitter(sql)
    await sql`
      update public.customers set campaign_limit_override = 3
      where id = ${member.fixture.customerId}
    `
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => member.create(campaignBody(member.fixture))),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(3)
    expect(statuses.filter((status) => status === 403)).toHaveLength(17)
    const [{ count }] = await sql`
      select count(*)::int from public.campaigns
      where customer_id = ${await customerIdOf(sql, member.userId)}
    `
    expect(count).toBe(3)
  })
})
