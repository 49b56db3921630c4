import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiMember } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import { campaignBody, submitter } from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())

describe('input Postgres cannot store is refused as bad input', () => {
  test('a NUL character in the campaign name is 400 with a detail', async () => {
    const member = await submitter(sql)
    const response = await member.create(
      campaignBody(member.fixture, { name: 'Spring\u0000' }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'name', code: 'nul_character' }),
    ])
  })

  test('a NUL character in a variable value is 400 with its path', async () => {
    const member = await submitter(sql)
    const recipients = [
      { phone_number: '+12025550101', variables: { note: 'a\u0000b' } },
    ]
    const response = await member.create(
      campaignBody(member.fixture, { recipients }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'recipients.0.variables.note',
        code: 'nul_character',
      }),
    ])
  })

  test('a NUL character in the list search is 400 with a detail', async () => {
    const member = await apiMember(sql)
    const response = await member.get('?q=a%00b')
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'q', code: 'nul_character' }),
    ])
  })
})

describe('schedules out of reach', () => {
  test('the end of year 9999 is 400 schedule_too_far, not a server error', async () => {
    const member = await submitter(sql)
    const schedule = { local: '9999-12-31T23:59', time_zone: 'Europe/Paris' }
    const response = await member.create(campaignBody(member.fixture, { schedule }))
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'schedule.local', code: 'schedule_too_far' }),
    ])
  })
})

describe('oversized requests', () => {
  test('a body over 6 MB is 413 request_too_large and starts nothing', async () => {
    const member = await submitter(sql)
    const note = 'x'.repeat(900)
    const recipients = Array.from({ length: 8_000 }, (_, index) => ({
      phone_number: `+1202555${String(index).padStart(4, '0')}`,
      variables: { note },
    }))
    const response = await member.create(
      campaignBody(member.fixture, { recipients }),
    )
    const body = await response.json()
    expect(response.status).toBe(413)
    expect(body.error.code).toBe('request_too_large')
    expect(body.error.message).toContain('6 MB')
    const [{ count }] = await sql`
      select count(*)::int as count from public.campaigns
      where customer_id = ${member.fixture.customerId}
    `
    expect(count).toBe(0)
  })

  test('a variable over 1,000 characters is 400 variable_too_long', async () => {
    const member = await submitter(sql)
    const recipients = [
      { phone_number: '+12025550101', variables: { note: 'x'.repeat(1001) } },
    ]
    const response = await member.create(
      campaignBody(member.fixture, { recipients }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'recipients.0.variables.note',
        code: 'variable_too_long',
      }),
    ])
  })
})
