import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newMember } from './helpers/clients.ts'
import {
  acceptCurrentTerms,
  actAs,
  adminSql,
  type CustomerFixture,
  customerIdOf,
  giveAgent,
  insertCampaign,
} from './helpers/db.ts'

type Tenant = { userId: string; fixture: CustomerFixture; campaignId: string }

let sql: Sql
let a: Tenant
let b: Tenant

async function tenant(): Promise<Tenant> {
  const { user } = await newMember('rls')
  const fixture = await giveAgent(sql, await customerIdOf(sql, user.id))
  await acceptCurrentTerms(sql, fixture.customerId)
  const campaignId = await insertCampaign(sql, fixture)
  await sql`
    insert into public.idempotency_keys (user_id, key, body_hash)
    values (${user.id}, 'key-1', 'hash')
  `
  return { userId: user.id, fixture, campaignId }
}

beforeAll(async () => {
  sql = adminSql()
  a = await tenant()
  b = await tenant()
})

afterAll(() => sql.end())

// Each customer-owned table and the column naming its customer.
const owned = [
  ['customers', 'id'],
  ['customer_members', 'customer_id'],
  ['agents', 'customer_id'],
  ['phone_numbers', 'customer_id'],
  ['terms_acceptances', 'customer_id'],
  ['campaigns', 'customer_id'],
  ['campaign_recipients', 'customer_id'],
  ['campaign_events', 'customer_id'],
  ['campaign_counts', 'customer_id'],
] as const

const allTables = [
  ...owned.map(([table]) => table),
  'plans',
  'terms_versions',
  'idempotency_keys',
]

// A column each table has, for an update that would change nothing.
const anyColumn: Record<string, string> = {
  customers: 'name',
  customer_members: 'created_at',
  agents: 'name',
  phone_numbers: 'label',
  terms_acceptances: 'accepted_at',
  campaigns: 'name',
  campaign_recipients: 'status',
  campaign_events: 'detail',
  campaign_counts: 'campaigns',
  plans: 'name',
  terms_versions: 'body',
  idempotency_keys: 'body_hash',
}

describe('row-level security', () => {
  test('every table in public has row-level security enabled', async () => {
    const rows = await sql<{ relname: string; relrowsecurity: boolean }[]>`
      select relname, relrowsecurity from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'r'
    `
    expect(rows.map((row) => row.relname).sort()).toEqual([...allTables].sort())
    for (const row of rows) expect(row.relrowsecurity, row.relname).toBe(true)
  })

  test('every policy is a select policy for authenticated only', async () => {
    const policies = await sql<{ cmd: string; roles: string[] }[]>`
      select cmd, roles::text[] as roles from pg_policies where schemaname = 'public'
    `
    expect(policies.length).toBeGreaterThanOrEqual(owned.length)
    for (const policy of policies) {
      expect(policy.cmd).toBe('SELECT')
      expect(policy.roles).toEqual(['authenticated'])
    }
  })

  test.each(owned)(
    'a member reads their own customer in %s and nothing of another',
    async (table, column) => {
      const rows = await actAs(sql, 'authenticated', a.userId, (tx) =>
        tx.unsafe(`select ${column}::text as owner from public.${table}`),
      )
      const owners = new Set(rows.map((row) => row.owner))
      expect(owners).toEqual(new Set([a.fixture.customerId]))

      const theirs = await actAs(sql, 'authenticated', a.userId, (tx) =>
        tx.unsafe(
          `select count(*)::int as n from public.${table} where ${column} = $1`,
          [b.fixture.customerId],
        ),
      )
      expect(theirs[0].n).toBe(0)
    },
  )

  test('a member reads only their own customer plan', async () => {
    await sql`
      update public.customers set plan_id = 'growth' where id = ${b.fixture.customerId}
    `
    const plans = await actAs(
      sql,
      'authenticated',
      a.userId,
      (tx) => tx<{ id: string }[]>`select id from public.plans`,
    )
    expect(plans.map((plan) => plan.id)).toEqual(['starter'])
  })

  test('a member reads the published terms', async () => {
    const terms = await actAs(
      sql,
      'authenticated',
      a.userId,
      (tx) => tx<{ version: number }[]>`select version from public.terms_versions`,
    )
    expect(terms.map((row) => row.version)).toContain(1)
  })

  test('a member cannot read idempotency keys, not even their own', async () => {
    await expect(
      actAs(
        sql,
        'authenticated',
        a.userId,
        (tx) => tx`select key from public.idempotency_keys`,
      ),
    ).rejects.toMatchObject({ code: '42501' })
  })

  test('a user without a customer reads nothing', async () => {
    const { user } = await newMember('orphan')
    await sql`delete from public.customer_members where user_id = ${user.id}`
    for (const [table] of owned) {
      const rows = await actAs(sql, 'authenticated', user.id, (tx) =>
        tx.unsafe(`select 1 from public.${table}`),
      )
      expect(rows, table).toHaveLength(0)
    }
  })

  test.each(allTables)('anon cannot read %s', async (table) => {
    await expect(
      actAs(sql, 'anon', null, (tx) => tx.unsafe(`select 1 from public.${table}`)),
    ).rejects.toMatchObject({ code: '42501' })
  })

  test.each(allTables)(
    'a member cannot insert, update, delete or truncate %s',
    async (table) => {
      const attempts = [
        `insert into public.${table} default values`,
        `update public.${table} set ${anyColumn[table]} = ${anyColumn[table]}`,
        `delete from public.${table}`,
        `truncate public.${table} cascade`,
      ]
      for (const statement of attempts) {
        await expect(
          actAs(sql, 'authenticated', a.userId, (tx) => tx.unsafe(statement)),
          statement,
        ).rejects.toMatchObject({ code: '42501' })
      }
      const [row] = await sql.unsafe(
        `select count(*)::int as n from public.${table}`,
      )
      expect(row.n).toBeGreaterThan(0)
    },
  )
})
