import { randomUUID } from 'node:crypto'
import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember, errorCode } from './helpers/api-member.ts'
import { adminSql, insertCampaign } from './helpers/db.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

const subpaths = ['', '/recipients', '/recipients.csv', '/events']

describe('campaign detail routes', () => {
  test('the detail answers with the campaign', async () => {
    const member = await apiMember(sql)
    const id = await insertCampaign(sql, member.fixture, { name: 'Detail me' })
    await sql`
      update public.campaigns set last_error = '{"code":"provider_error",
        "message":"Refused","extra":1}'
      where id = ${id}
    `
    const response = await member.get(`/${id}`)
    expect(response.status).toBe(200)
    const { campaign } = await response.json()
    expect(campaign).toMatchObject({
      id,
      name: 'Detail me',
      status: 'completed',
      scheduled_at: null,
      time_zone: null,
      last_error: { code: 'provider_error', message: 'Refused' },
    })
    expect(Object.keys(campaign.last_error)).toEqual(['code', 'message'])
  })

  test.each(subpaths)(
    'another customer campaign is not found at %s, like a missing one',
    async (subpath) => {
      const mine = await apiMember(sql)
      const theirs = await apiMember(sql)
      const id = await insertCampaign(sql, theirs.fixture)
      for (const target of [id, randomUUID()]) {
        const response = await mine.get(`/${target}${subpath}`)
        expect(await errorCode(response)).toEqual({ status: 404, code: 'not_found' })
      }
    },
  )

  test.each([
    '/not-a-uuid',
    '/12345',
    `/${randomUUID()}/nothing`,
    '/agents/extra',
    `/${randomUUID()}/recipients/x`,
  ])('%s is not found', async (path) => {
    const member = await apiMember(sql)
    expect(await errorCode(await member.get(path))).toEqual({
      status: 404,
      code: 'not_found',
    })
  })

  test('recipients come 50 a page in submitted order, filterable by status', async () => {
    const member = await apiMember(sql)
    const recipients = Array.from({ length: 60 }, (_, index) => ({
      phone_number: `+1202555${String(index).padStart(4, '0')}`,
      status: index % 3 === 0 ? 'failed' : 'completed',
      variables: { n: String(index) },
    }))
    const id = await insertCampaign(sql, member.fixture, { recipients })

    const first = await (await member.get(`/${id}/recipients`)).json()
    expect(first).toMatchObject({ total: 60, page: 1, page_size: 50, page_count: 2 })
    expect(first.items).toHaveLength(50)
    expect(first.items[0]).toMatchObject({
      phone_number: '+12025550000',
      status: 'failed',
      variables: { n: '0' },
      conversation_id: null,
    })
    expect(Object.keys(first.items[0]).sort()).toEqual(
      [
        'id',
        'phone_number',
        'status',
        'variables',
        'conversation_id',
        'updated_at',
      ].sort(),
    )
    const second = await (await member.get(`/${id}/recipients?page=2`)).json()
    expect(second.items[9].phone_number).toBe('+12025550059')

    const failed = await (await member.get(`/${id}/recipients?status=failed`)).json()
    expect(failed.total).toBe(20)
    expect(
      failed.items.every((r: { status: string }) => r.status === 'failed'),
    ).toBe(true)
  })

  test('recipients refuse an unknown status before looking for the campaign', async () => {
    const member = await apiMember(sql)
    const response = await member.get(`/${randomUUID()}/recipients?status=done`)
    expect(await errorCode(response)).toEqual({
      status: 400,
      code: 'invalid_request',
    })
  })

  test('the CSV has every recipient, a column per variable and quoted cells', async () => {
    const member = await apiMember(sql)
    const id = await insertCampaign(sql, member.fixture, {
      recipients: [
        {
          phone_number: '+12025550101',
          variables: { first_name: 'Ada, "the" Countess', plan: '=HYPERLINK("x")' },
        },
        { phone_number: '+12025550102', variables: { code: '@SUM(A1)', n: 7 } },
        { phone_number: '+12025550103', variables: { first_name: '-1', ok: true } },
      ],
    })
    await sql`
      update public.campaign_recipients set conversation_id = 'conv_1'
      where campaign_id = ${id} and position = 1
    `
    const response = await member.get(`/${id}/recipients.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe(
      'phone_number,status,conversation_id,updated_at,code,first_name,n,ok,plan',
    )
    const first = lines[1].split(',')
    expect(first.slice(0, 3)).toEqual(['+12025550101', 'pending', 'conv_1'])
    expect(first[3]).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(lines[1]).toContain(',,"Ada, ""the"" Countess",,,"\'=HYPERLINK(""x"")"')
    expect(lines[2].endsWith(",'@SUM(A1),,7,,")).toBe(true)
    expect(lines[3].endsWith(",,'-1,,true,")).toBe(true)
  })

  test('events list the audit trail oldest first with the actor email', async () => {
    const member = await apiMember(sql)
    const id = await insertCampaign(sql, member.fixture)
    await sql`
      insert into public.campaign_events (
        campaign_id, customer_id, kind, actor_id, actor_email, detail, at
      ) values (
        ${id}, ${member.fixture.customerId}, 'cancelled', ${member.userId},
        ${member.email}, '{"reason":"test"}', now() + interval '1 minute'
      )
    `
    const response = await member.get(`/${id}/events`)
    expect(response.status).toBe(200)
    const { items } = await response.json()
    expect(items.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'cancelled',
    ])
    expect(items[1]).toMatchObject({
      kind: 'cancelled',
      actor_email: member.email,
      detail: { reason: 'test' },
    })
    expect(items[0].actor_email).toBeNull()
    expect(Object.keys(items[1]).sort()).toEqual([
      'actor_email',
      'at',
      'detail',
      'kind',
    ])
  })
})
