import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember } from './helpers/api-member.ts'
import { adminSql, giveAgent, insertCampaign } from './helpers/db.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)

async function namesFor(member: Awaited<ReturnType<typeof apiMember>>, query = '') {
  const response = await member.get(query)
  expect(response.status).toBe(200)
  const body = await response.json()
  return body.items.map((item: { name: string }) => item.name)
}

describe('GET /batch-calls', () => {
  test('lists the customer campaigns newest first in the documented shape', async () => {
    const member = await apiMember(sql, 'Reminder bot')
    await insertCampaign(sql, member.fixture, {
      name: 'Older',
      createdAt: minutesAgo(10),
    })
    await sql`
      update public.campaigns set total_calls_dispatched = 1,
        status_counts = '{"completed": 1}'
      where customer_id = ${member.fixture.customerId}
    `
    await insertCampaign(sql, member.fixture, {
      name: 'Newer',
      createdAt: minutesAgo(1),
      recipients: [
        { phone_number: '+12025550101' },
        { phone_number: '+12025550102' },
        { phone_number: '+12025550103' },
      ],
    })

    const response = await member.get('')
    const body = await response.json()
    expect(body).toMatchObject({ total: 2, page: 1, page_size: 12, page_count: 1 })
    expect(body.items.map((item: { name: string }) => item.name)).toEqual([
      'Newer',
      'Older',
    ])
    const older = body.items[1]
    expect(Object.keys(older).sort()).toEqual(
      [
        'id',
        'name',
        'status',
        'agent',
        'phone_number',
        'scheduled_at',
        'time_zone',
        'created_at',
        'created_by_email',
        'synced_at',
        'total_calls_scheduled',
        'total_calls_dispatched',
        'total_calls_completed',
        'total_calls_failed',
        'status_counts',
        'progress',
        'retry_count',
        'last_error',
      ].sort(),
    )
    expect(older.agent).toEqual({ id: member.fixture.agentId, name: 'Reminder bot' })
    expect(older.phone_number).toEqual({
      id: member.fixture.numberId,
      phone_number: '+12025550100',
      label: 'Main',
    })
    expect(older.progress).toBe(100)
    expect(older.status_counts).toEqual({
      pending: 0,
      dispatched: 0,
      initiated: 0,
      in_progress: 0,
      completed: 1,
      failed: 0,
      voicemail: 0,
      cancelled: 0,
    })
    expect(body.items[0].progress).toBe(0)
  })

  test('progress is dispatched of scheduled, rounded down', async () => {
    const member = await apiMember(sql)
    await insertCampaign(sql, member.fixture, {
      recipients: [
        { phone_number: '+12025550101' },
        { phone_number: '+12025550102' },
        { phone_number: '+12025550103' },
      ],
    })
    await sql`
      update public.campaigns set total_calls_dispatched = 2
      where customer_id = ${member.fixture.customerId}
    `
    const body = await (await member.get('')).json()
    expect(body.items[0].progress).toBe(66)
  })

  test('shows none of another customer campaigns', async () => {
    const mine = await apiMember(sql)
    const theirs = await apiMember(sql)
    await insertCampaign(sql, theirs.fixture, { name: 'Theirs' })
    expect(await namesFor(mine)).toEqual([])
    expect(await namesFor(theirs)).toEqual(['Theirs'])
  })

  test('filters by status', async () => {
    const member = await apiMember(sql)
    await insertCampaign(sql, member.fixture, { name: 'Done', status: 'completed' })
    await insertCampaign(sql, member.fixture, {
      name: 'Stopped',
      status: 'cancelled',
    })
    expect(await namesFor(member, '?status=cancelled')).toEqual(['Stopped'])
    expect(await namesFor(member, '?status=')).toHaveLength(2)
  })

  test('the name filter matches campaign and agent names case-insensitively', async () => {
    const member = await apiMember(sql, 'Survey Robot')
    const other = await giveAgent(sql, member.fixture.customerId, 'Reminder bot')
    await insertCampaign(sql, member.fixture, { name: 'March calls' })
    await insertCampaign(sql, other, { name: 'April ROBOTICS fair' })
    await insertCampaign(sql, other, { name: 'Unrelated' })
    const found = await namesFor(member, '?q=robot')
    expect(found.sort()).toEqual(['April ROBOTICS fair', 'March calls'])
  })

  test('the name filter folds case beyond ASCII', async () => {
    const member = await apiMember(sql, 'Plain agent')
    for (const name of ['Ünïcödé Émile', 'ÉCOLE', 'Unicode Emile']) {
      await insertCampaign(sql, member.fixture, { name })
    }
    const search = async (text: string) =>
      (await namesFor(member, `?q=${encodeURIComponent(text)}`)).sort()

    expect(await search('ü')).toEqual(['Ünïcödé Émile'])
    expect(await search('école')).toEqual(['ÉCOLE'])
    expect(await search('ÜNÏCÖDÉ émile')).toEqual(['Ünïcödé Émile'])
  })

  test('the folded name search agrees with ILIKE, beyond ASCII too', async () => {
    const names = ['İstanbul', 'STRASSE', 'Straße', 'ΣΊΣΥΦΟΣ', 'Ǆemal', 'ÉCOLE']
    const patterns = ['%i̇%', '%i%', '%ß%', '%ss%', '%σ%', '%ς%', '%ǆ%', '%é%']
    const rows = await sql<{ agree: boolean }[]>`
      select (lower(n) like lower(p)) = (n ilike p) as agree
      from unnest(${names}::text[]) as n, unnest(${patterns}::text[]) as p
    `
    expect(rows).toHaveLength(names.length * patterns.length)
    expect(rows.every((row) => row.agree)).toBe(true)
  })

  test('a campaign matching by its name and by its agent is counted once', async () => {
    const member = await apiMember(sql, 'Promo desk')
    const other = await giveAgent(sql, member.fixture.customerId, 'Billing')
    await insertCampaign(sql, member.fixture, { name: 'Spring promo' })
    await insertCampaign(sql, member.fixture, { name: 'Reminders' })
    await insertCampaign(sql, other, { name: 'Summer PROMO' })
    await insertCampaign(sql, other, { name: 'Invoices' })
    const body = await (await member.get('?q=promo')).json()
    expect(body.total).toBe(3)
    expect(body.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Reminders',
      'Spring promo',
      'Summer PROMO',
    ])
  })

  test('a search page past the end still says how many match', async () => {
    const member = await apiMember(sql, 'Plain agent')
    for (const name of ['Renewals 1', 'Renewals 2', 'Other']) {
      await insertCampaign(sql, member.fixture, { name })
    }
    const beyond = await (await member.get('?q=renewals&page=4')).json()
    expect(beyond).toEqual({
      items: [],
      total: 2,
      page: 4,
      page_size: 12,
      page_count: 1,
    })
  })

  test('totals follow status changes made after the campaigns were listed', async () => {
    const member = await apiMember(sql)
    const id = await insertCampaign(sql, member.fixture, { status: 'pending' })
    await insertCampaign(sql, member.fixture, { status: 'pending' })
    expect((await (await member.get('?status=pending')).json()).total).toBe(2)

    await sql`update public.campaigns set status = 'completed' where id = ${id}`
    const pending = await (await member.get('?status=pending')).json()
    const completed = await (await member.get('?status=completed')).json()
    const all = await (await member.get('')).json()
    expect([pending.total, completed.total, all.total]).toEqual([1, 1, 2])
  })

  test('the name filter takes punctuation literally', async () => {
    const member = await apiMember(sql, 'Plain agent')
    const names = [
      'Promo (UK), 50%_off',
      'x),user_id.neq.(',
      'Promo UK 50 off',
      'a\\b',
    ]
    for (const name of names) await insertCampaign(sql, member.fixture, { name })
    const search = async (text: string) =>
      (await namesFor(member, `?q=${encodeURIComponent(text)}`)).sort()

    expect(await search('Promo (UK), 50%_off')).toEqual(['Promo (UK), 50%_off'])
    expect(await search('x),user_id.neq.(')).toEqual(['x),user_id.neq.('])
    expect(await search('50%_')).toEqual(['Promo (UK), 50%_off'])
    expect(await search('\\')).toEqual(['a\\b'])
    expect(await search("'")).toEqual([])
  })

  test('percent and underscore are not wildcards', async () => {
    const member = await apiMember(sql, 'Plain agent')
    await insertCampaign(sql, member.fixture, { name: 'abc' })
    await insertCampaign(sql, member.fixture, { name: 'a_c' })
    await insertCampaign(sql, member.fixture, { name: 'a%c' })
    expect(await namesFor(member, '?q=a_c')).toEqual(['a_c'])
    expect(await namesFor(member, `?q=${encodeURIComponent('a%c')}`)).toEqual([
      'a%c',
    ])
    expect(await namesFor(member, '?q=%25')).toEqual(['a%c'])
  })

  test('thirty campaigns give three pages and a page past the end is empty', async () => {
    const member = await apiMember(sql)
    await sql`
      insert into public.campaigns (
        customer_id, name, agent_id, phone_number_id, status, created_by_email,
        created_at
      )
      select ${member.fixture.customerId}, 'Bulk ' || n, ${member.fixture.agentId},
        ${member.fixture.numberId}, 'completed', 'x@example.test',
        now() - n * interval '1 minute'
      from generate_series(1, 30) as n
    `
    const third = await (await member.get('?page=3')).json()
    expect(third).toMatchObject({ total: 30, page: 3, page_count: 3 })
    expect(third.items.map((item: { name: string }) => item.name)).toEqual([
      'Bulk 25',
      'Bulk 26',
      'Bulk 27',
      'Bulk 28',
      'Bulk 29',
      'Bulk 30',
    ])
    const beyond = await member.get('?page=99')
    expect(beyond.status).toBe(200)
    expect(await beyond.json()).toEqual({
      items: [],
      total: 30,
      page: 99,
      page_size: 12,
      page_count: 3,
    })
  })

  test('an empty list still has one page', async () => {
    const member = await apiMember(sql)
    const body = await (await member.get('?page=2')).json()
    expect(body).toEqual({
      items: [],
      total: 0,
      page: 2,
      page_size: 12,
      page_count: 1,
    })
  })

  test.each([
    ['?status=scheduled', 'status'],
    ['?page=0', 'page'],
    ['?page=abc', 'page'],
    ['?page=1.5', 'page'],
    [`?q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s with invalid_request naming the parameter', async (query, path) => {
    const member = await apiMember(sql)
    const response = await member.get(query)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual([path])
  })
})
