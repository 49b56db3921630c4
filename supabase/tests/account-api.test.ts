import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember, errorCode } from './helpers/api-member.ts'
import { callApi, signIn } from './helpers/clients.ts'
import {
  acceptCurrentTerms,
  adminSql,
  giveAgent,
  insertCampaign,
} from './helpers/db.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

const everyRoute = [
  ['GET', ''],
  ['GET', '/agents'],
  ['GET', '/terms'],
  ['POST', '/terms'],
  ['GET', '/quota'],
  ['GET', '/2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01'],
  ['GET', '/2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01/recipients'],
  ['GET', '/2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01/recipients.csv'],
  ['GET', '/2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01/events'],
  ['GET', '/no-such-route'],
] as const

describe('every route', () => {
  test.each(everyRoute)(
    '%s %s answers 401 without a valid token',
    async (method, path) => {
      const response = await callApi(path, { method, token: 'not-a-token' })
      expect(await errorCode(response)).toEqual({
        status: 401,
        code: 'unauthorized',
      })
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
    },
  )

  test.each(everyRoute)(
    '%s %s answers 403 no_customer to a user without one',
    async (method, path) => {
      const member = await apiMember(sql)
      await sql`delete from public.customer_members where user_id = ${member.userId}`
      const response = await callApi(`${path}?page=0&status=bad`, {
        method,
        token: member.token,
      })
      expect(await errorCode(response)).toEqual({ status: 403, code: 'no_customer' })
    },
  )

  test('a preflight is answered before anything else', async () => {
    const response = await callApi('/anything', { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  })
})

describe('GET /batch-calls/agents', () => {
  test('lists the customer agents with their assigned numbers only', async () => {
    const member = await apiMember(sql, 'B agent')
    const second = await giveAgent(sql, member.fixture.customerId, 'A agent')
    await apiMember(sql, 'Someone else agent')
    const response = await member.get('/agents')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      agents: [
        {
          id: second.agentId,
          name: 'A agent',
          phone_numbers: [
            { id: second.numberId, phone_number: '+12025550100', label: 'Main' },
          ],
        },
        {
          id: member.fixture.agentId,
          name: 'B agent',
          phone_numbers: [
            {
              id: member.fixture.numberId,
              phone_number: '+12025550100',
              label: 'Main',
            },
          ],
        },
      ],
    })
  })

  test('the seeded Acme member sees the simulator agents and numbers', async () => {
    const { session } = await signIn('member@acme.test')
    const body = await (
      await callApi('/agents', { token: session.access_token })
    ).json()
    expect(body.agents.map((agent: { id: string }) => agent.id)).toEqual([
      'agent_acme_reminders',
      'agent_acme_survey',
    ])
    expect(body.agents[0].phone_numbers).toEqual([
      {
        id: 'phnum_acme_main',
        phone_number: '+12025550100',
        label: 'Acme main line',
      },
    ])
  })
})

describe('terms', () => {
  test('a new customer has not accepted the current terms', async () => {
    const member = await apiMember(sql)
    const response = await member.get('/terms')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({
      version: 1,
      accepted: false,
      accepted_at: null,
      accepted_by_email: null,
    })
    expect(body.text.length).toBeGreaterThan(20)
  })

  test('accepting the current version records who and when', async () => {
    const member = await apiMember(sql)
    const response = await member.post('/terms', { version: 1 })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({
      version: 1,
      accepted: true,
      accepted_by_email: member.email,
    })
    expect(Date.parse(body.accepted_at)).toBeLessThanOrEqual(Date.now())
    expect(await (await member.get('/terms')).json()).toEqual(body)
  })

  test('accepting an older or unknown version is terms_outdated', async () => {
    const member = await apiMember(sql)
    const response = await member.post('/terms', { version: 7 })
    expect(await errorCode(response)).toEqual({
      status: 409,
      code: 'terms_outdated',
    })
    const terms = await (await member.get('/terms')).json()
    expect(terms.accepted).toBe(false)
  })

  test.each([{}, { version: '1' }, { version: 0 }, { version: 1.5 }, 'not json'])(
    'a body of %j is invalid_request',
    async (body) => {
      const member = await apiMember(sql)
      const response = await member.post('/terms', body)
      expect(await errorCode(response)).toEqual({
        status: 400,
        code: 'invalid_request',
      })
    },
  )
})

describe('GET /batch-calls/quota', () => {
  test('counts this month campaigns against the plan, refunds excluded', async () => {
    const member = await apiMember(sql)
    await acceptCurrentTerms(sql, member.fixture.customerId)
    await insertCampaign(sql, member.fixture)
    const refunded = await insertCampaign(sql, member.fixture)
    await sql`update public.campaigns set counts_toward_quota = false where id = ${refunded}`
    await insertCampaign(sql, member.fixture, {
      createdAt: new Date(Date.UTC(2020, 0, 15)),
    })
    const response = await member.get('/quota')
    expect(response.status).toBe(200)
    const now = new Date()
    const resets = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    expect(await response.json()).toEqual({
      limit: 20,
      used: 1,
      remaining: 19,
      resets_at: resets.toISOString(),
    })
  })

  test('an override replaces the plan limit and remaining never goes below zero', async () => {
    const member = await apiMember(sql)
    await insertCampaign(sql, member.fixture)
    await insertCampaign(sql, member.fixture)
    await sql`
      update public.customers set campaign_limit_override = 1
      where id = ${member.fixture.customerId}
    `
    expect(await (await member.get('/quota')).json()).toMatchObject({
      limit: 1,
      used: 2,
      remaining: 0,
    })
  })

  test('a plan without a limit is unlimited', async () => {
    const member = await apiMember(sql)
    const plan = `unlimited-${member.userId}`
    await sql`insert into public.plans (id, name) values (${plan}, 'Unlimited')`
    await sql`
      update public.customers set plan_id = ${plan} where id = ${member.fixture.customerId}
    `
    expect(await (await member.get('/quota')).json()).toMatchObject({
      limit: null,
      used: 0,
      remaining: null,
    })
  })
})
