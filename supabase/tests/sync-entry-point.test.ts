import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember } from './helpers/api-member.ts'
import { stack } from './helpers/clients.ts'
import { actAs, adminSql } from './helpers/db.ts'
import { callSync, syncCustomer } from './helpers/sync.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

const syncFunctionCalls = [
  `select * from private.lease_campaigns_for_sync(1, 1, '1 s', '1 s')`,
  `select * from private.lease_campaign_for_refresh(gen_random_uuid(), '1 s', '1 s')`,
  `select private.release_campaign_leases(array[gen_random_uuid()], now())`,
  `select private.apply_campaign_sync(gen_random_uuid(), now(), '{}')`,
  `select private.record_reconciled_submission(gen_random_uuid(), now(), 'b')`,
  `select private.fail_unreceived_campaign(gen_random_uuid(), now(), '1 s', '{}')`,
  `select private.record_sync_problem(gen_random_uuid(), '{"code":"x"}')`,
]

describe('the sync entry point', () => {
  test.each(syncFunctionCalls)(
    'anon and authenticated cannot run %s',
    async (call) => {
      const member = await apiMember(sql)
      for (const [role, id] of [
        ['anon', null],
        ['authenticated', member.userId],
      ] as const) {
        await expect(
          actAs(sql, role, id, (tx) => tx.unsafe(call)),
          role,
        ).rejects.toMatchObject({ code: '42501' })
      }
    },
  )

  test('refuses no key, user tokens, the publishable and anon keys', async () => {
    const member = await apiMember(sql)
    const tokens = [
      null,
      member.token,
      stack().publishableKey,
      stack().anonKey,
      `${stack().secretKey}x`,
      stack().secretKey.slice(0, -1),
    ]
    for (const token of tokens) {
      const answer = await callSync({}, { token })
      expect(answer.status, `token ${token?.slice(0, 16)}`).toBe(401)
      expect(answer.body.error?.code).toBe('unauthorized')
    }
  })

  test('runs a pass for the secret key and the service-role key', async () => {
    const member = await apiMember(sql)
    const body = { customer_id: member.fixture.customerId }
    for (const token of [stack().secretKey, stack().serviceRoleKey]) {
      const answer = await callSync(body, { token })
      expect(answer.status).toBe(200)
      expect(answer.body).toMatchObject({
        leased: 0,
        refreshed: 0,
        reconciled: 0,
        failed: 0,
        campaigns: [],
      })
    }
  })

  test('answers 405 to anything but POST, even with the key', async () => {
    const answer = await callSync(undefined, { method: 'GET' })
    expect(answer.status).toBe(405)
  })

  test('refuses a body with anything but a customer uuid', async () => {
    for (const body of [{ customer_id: 'acme' }, { everything: true }, []]) {
      const answer = await callSync(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.error?.code).toBe('invalid_request')
    }
    expect(
      (await syncCustomer((await apiMember(sql)).fixture.customerId)).status,
    ).toBe(200)
  })
})
