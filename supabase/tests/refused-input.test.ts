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
