import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newMember } from './helpers/clients.ts'
import { actAs, adminSql, functionSql } from './helpers/db.ts'

let sql: Sql
let owner: Sql

beforeAll(() => {
  sql = adminSql()
  owner = functionSql()
})
afterAll(async () => {
  await sql.end()
  await owner.end()
})

async function nextvalAs(
  role: 'anon' | 'authenticated',
  userId: string | null,
  sequence: string,
) {
  return actAs(sql, role, userId, (tx) => tx`select nextval(${sequence}::regclass)`)
    .then(() => 'allowed')
    .catch((error: { code?: string }) => error.code)
}

describe('sequences in public are out of reach of the API roles', () => {
  test.each([['anon' as const], ['authenticated' as const]])(
    '%s cannot draw from an existing sequence',
    async (role) => {
      const userId = role === 'anon' ? null : (await newMember('seq')).user.id
      expect(await nextvalAs(role, userId, 'public.campaign_events_id_seq')).toBe(
        '42501',
      )
    },
  )

  test('a sequence the postgres role creates later is out of reach too', async () => {
    await owner`create sequence public.later_test_seq`
    try {
      const { user } = await newMember('seq')
      expect(await nextvalAs('anon', null, 'public.later_test_seq')).toBe('42501')
      expect(
        await nextvalAs('authenticated', user.id, 'public.later_test_seq'),
      ).toBe('42501')
    } finally {
      await owner`drop sequence public.later_test_seq`
    }
  })
})
