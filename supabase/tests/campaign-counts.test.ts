import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newMember } from './helpers/clients.ts'
import {
  adminSql,
  type CustomerFixture,
  customerIdOf,
  giveAgent,
  insertCampaign,
} from './helpers/db.ts'
import { syncCustomer } from './helpers/sync.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

async function customer(): Promise<CustomerFixture> {
  const { user } = await newMember('counts')
  return giveAgent(sql, await customerIdOf(sql, user.id))
}

async function countsOf(customerId: string) {
  const rows = await sql<{ status: string; campaigns: number }[]>`
    select status, sum(campaigns)::int as campaigns from public.campaign_counts
    where customer_id = ${customerId}
    group by status having sum(campaigns) <> 0
    order by status
  `
  return Object.fromEntries(rows.map((row) => [row.status, row.campaigns]))
}

async function actualCountsOf(customerId: string) {
  const rows = await sql<{ status: string; campaigns: number }[]>`
    select status, count(*)::int as campaigns from public.campaigns
    where customer_id = ${customerId}
    group by status order by status
  `
  return Object.fromEntries(rows.map((row) => [row.status, row.campaigns]))
}

describe('campaign counts', () => {
  test('follow inserts, status changes and deletes', async () => {
    const fixture = await customer()
    const done = await insertCampaign(sql, fixture, { status: 'completed' })
    await insertCampaign(sql, fixture, { status: 'completed' })
    const waiting = await insertCampaign(sql, fixture, { status: 'pending' })
    expect(await countsOf(fixture.customerId)).toEqual({ completed: 2, pending: 1 })

    await sql`update public.campaigns set status = 'in_progress' where id = ${waiting}`
    expect(await countsOf(fixture.customerId)).toEqual({
      completed: 2,
      in_progress: 1,
    })

    await sql`delete from public.campaigns where id = ${done}`
    expect(await countsOf(fixture.customerId)).toEqual({
      completed: 1,
      in_progress: 1,
    })
  })

  test('follow one statement that changes many campaigns at once', async () => {
    const fixture = await customer()
    await sql`
      insert into public.campaigns (
        customer_id, name, agent_id, phone_number_id, status, created_by_email
      )
      select ${fixture.customerId}, 'Bulk ' || n, ${fixture.agentId},
        ${fixture.numberId},
        (array['pending', 'in_progress', 'completed'])[1 + n % 3],
        'x@example.test'
      from generate_series(1, 30) as n
    `
    await sql`
      update public.campaigns
      set status = case status when 'pending' then 'in_progress'
        when 'in_progress' then 'completed' else status end,
        synced_at = now()
      where customer_id = ${fixture.customerId}
    `
    await sql`
      delete from public.campaigns
      where customer_id = ${fixture.customerId} and name like 'Bulk 1%'
    `
    const counts = await countsOf(fixture.customerId)
    expect(counts).toEqual(await actualCountsOf(fixture.customerId))
    expect(counts).toEqual({ completed: 12, in_progress: 7 })
  })

  test('stay as they are when an update changes no status', async () => {
    const fixture = await customer()
    await insertCampaign(sql, fixture, { status: 'pending' })
    await sql`
      update public.campaigns set synced_at = now(), lease_until = null
      where customer_id = ${fixture.customerId}
    `
    expect(await countsOf(fixture.customerId)).toEqual({ pending: 1 })
  })

  test('folding leaves one row per status with the same totals', async () => {
    const fixture = await customer()
    const id = await insertCampaign(sql, fixture, { status: 'pending' })
    await insertCampaign(sql, fixture, { status: 'pending' })
    await sql`update public.campaigns set status = 'in_progress' where id = ${id}`
    await sql`update public.campaigns set status = 'completed' where id = ${id}`
    const before = await countsOf(fixture.customerId)

    const [{ folded }] = await sql`select private.fold_campaign_counts() as folded`
    expect(folded).toBeGreaterThanOrEqual(6)
    expect(await countsOf(fixture.customerId)).toEqual(before)
    const rows = await sql`
      select status from public.campaign_counts
      where customer_id = ${fixture.customerId} order by status
    `
    expect(rows.map((row) => row.status)).toEqual(['completed', 'pending'])
  })

  test('every sync pass folds them', async () => {
    const fixture = await customer()
    const id = await insertCampaign(sql, fixture, { status: 'completed' })
    await insertCampaign(sql, fixture, { status: 'completed' })
    await sql`update public.campaigns set status = 'failed' where id = ${id}`

    const pass = await syncCustomer(fixture.customerId)
    expect(pass.status).toBe(200)
    // The three completed rows; other customers may add theirs.
    expect(pass.body.counts_folded).toBeGreaterThanOrEqual(3)
    const rows = await sql`
      select status, campaigns from public.campaign_counts
      where customer_id = ${fixture.customerId} order by status
    `
    expect(rows.map((row) => [row.status, row.campaigns])).toEqual([
      ['completed', 1],
      ['failed', 1],
    ])
  })

  test('go with their customer once folded after the customer is deleted', async () => {
    const fixture = await customer()
    await insertCampaign(sql, fixture, { status: 'failed' })
    await sql`delete from public.customers where id = ${fixture.customerId}`
    await sql`select private.fold_campaign_counts()`
    const [row] = await sql`
      select count(*)::int as n from public.campaign_counts
      where customer_id = ${fixture.customerId}
    `
    expect(row.n).toBe(0)
  })

  test('follow an update that changes a campaign id with its status', async () => {
    const fixture = await customer()
    const [{ id }] = await sql`
      insert into public.campaigns (
        customer_id, name, agent_id, phone_number_id, status, created_by_email
      ) values (
        ${fixture.customerId}, 'Renamed', ${fixture.agentId}, ${fixture.numberId},
        'pending', 'x@example.test'
      ) returning id
    `
    await sql`
      update public.campaigns set id = gen_random_uuid(), status = 'failed'
      where id = ${id}
    `
    expect(await countsOf(fixture.customerId)).toEqual({ failed: 1 })
  })

  test('a status change waits for no submit that holds the customer row', async () => {
    const fixture = await customer()
    const existing = await insertCampaign(sql, fixture, { status: 'pending' })
    const submit = await sql.reserve()
    const sync = await sql.reserve()
    try {
      // As private.create_campaign does: the customer row first, then the
      // new campaign, in one transaction.
      await submit`begin`
      await submit`
        select 1 from public.customers where id = ${fixture.customerId} for update
      `
      // A status change of the same customer, as the sync or a cancel makes
      // it; lock_timeout turns any wait into an error.
      await sync`begin`
      await sync`set local lock_timeout = '5s'`
      await sync`
        update public.campaigns set status = 'in_progress' where id = ${existing}
      `
      await submit`set local lock_timeout = '5s'`
      await submit`
        insert into public.campaigns (
          customer_id, name, agent_id, phone_number_id, status, created_by_email
        ) values (
          ${fixture.customerId}, 'New', ${fixture.agentId}, ${fixture.numberId},
          'pending', 'x@example.test'
        )
      `
      await submit`commit`
      await sync`commit`
    } finally {
      submit.release()
      sync.release()
    }
    expect(await countsOf(fixture.customerId)).toEqual({
      in_progress: 1,
      pending: 1,
    })
  })

  test('status changes of one customer in opposite directions do not block', async () => {
    const fixture = await customer()
    const [a, b] = [
      await insertCampaign(sql, fixture, { status: 'pending' }),
      await insertCampaign(sql, fixture, { status: 'completed' }),
    ]
    const [c, d] = [
      await insertCampaign(sql, fixture, { status: 'completed' }),
      await insertCampaign(sql, fixture, { status: 'pending' }),
    ]
    const one = await sql.reserve()
    const two = await sql.reserve()
    try {
      for (const tx of [one, two]) {
        await tx`begin`
        await tx`set local lock_timeout = '5s'`
      }
      await one`update public.campaigns set status = 'completed' where id = ${a}`
      await two`update public.campaigns set status = 'pending' where id = ${c}`
      await one`update public.campaigns set status = 'pending' where id = ${b}`
      await two`update public.campaigns set status = 'completed' where id = ${d}`
      await one`commit`
      await two`commit`
    } finally {
      one.release()
      two.release()
    }
    expect(await countsOf(fixture.customerId)).toEqual({
      completed: 2,
      pending: 2,
    })
  })

  test('a recount while a fold is still open does not count twice', async () => {
    const fixture = await customer()
    const id = await insertCampaign(sql, fixture, { status: 'pending' })
    await insertCampaign(sql, fixture, { status: 'pending' })
    await sql`update public.campaigns set status = 'completed' where id = ${id}`
    const fold = await sql.reserve()
    const recount = await sql.reserve()
    try {
      const [{ pid }] = await recount`select pg_backend_pid() as pid`
      await fold`begin`
      await fold`select private.fold_campaign_counts()`
      const recounted = recount`select private.recount_campaign_counts()`.execute()
      // The recount must be under way, waiting for the fold, before it ends.
      await expect
        .poll(
          async () => {
            const [row] = await sql`
              select wait_event_type from pg_stat_activity where pid = ${pid}
            `
            return row?.wait_event_type
          },
          { timeout: 10_000 },
        )
        .toBe('Lock')
      await fold`commit`
      await recounted
    } finally {
      fold.release()
      recount.release()
    }
    expect(await countsOf(fixture.customerId)).toEqual({
      completed: 1,
      pending: 1,
    })
  })

  test('are emptied when the campaigns are truncated', async () => {
    const fixture = await customer()
    await insertCampaign(sql, fixture, { status: 'pending' })
    const rolledBack = new Error('roll back')
    await expect(
      sql.begin(async (tx) => {
        await tx`truncate public.campaigns cascade`
        const [row] = await tx`select count(*)::int as n from public.campaign_counts`
        expect(row.n).toBe(0)
        throw rolledBack
      }),
    ).rejects.toBe(rolledBack)
    expect(await countsOf(fixture.customerId)).toEqual({ pending: 1 })
  })

  test('can be rebuilt from the campaigns after a load with triggers off', async () => {
    const fixture = await customer()
    await insertCampaign(sql, fixture, { status: 'completed' })
    await sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`
      await tx`
        update public.campaigns set status = 'cancelled'
        where customer_id = ${fixture.customerId}
      `
    })
    expect(await countsOf(fixture.customerId)).toEqual({ completed: 1 })

    await sql`select private.recount_campaign_counts()`
    expect(await countsOf(fixture.customerId)).toEqual({ cancelled: 1 })
  })
})
