import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { apiMember, errorCode } from './helpers/api-member.ts'
import { callApi, newMember } from './helpers/clients.ts'
import { adminSql } from './helpers/db.ts'
import {
  campaignBody,
  campaignRow,
  eventKinds,
  numbers,
  simulator,
  submitter,
  upstreamBatch,
} from './helpers/submitter.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterAll(() => sql.end())
afterEach(() => simulator().clearFaults())

const tomorrow = () => {
  const day = new Date(Date.now() + 36 * 3600_000)
  return `${day.toISOString().slice(0, 10)}T09:30`
}

describe('POST /batch-calls', () => {
  test('starts a campaign upstream under the prefixed name with our recipient ids', async () => {
    const member = await submitter(sql)
    const local = tomorrow()
    const response = await member.create(
      campaignBody(member.fixture, {
        name: '  Spring reminders  ',
        schedule: { local, time_zone: 'Europe/Paris' },
      }),
    )

    expect(response.status).toBe(201)
    const { campaign } = await response.json()
    expect(campaign).toMatchObject({
      name: 'Spring reminders',
      status: 'pending',
      agent: { id: member.fixture.agentId },
      phone_number: { id: member.fixture.numberId },
      time_zone: 'Europe/Paris',
      created_by_email: member.email,
      total_calls_scheduled: 2,
      status_counts: { pending: 2 },
      last_error: null,
    })
    const row = await campaignRow(sql, campaign.id)
    expect(row.upstream_batch_id).toEqual(expect.any(String))
    expect(await eventKinds(sql, campaign.id)).toEqual(['created', 'submitted'])

    const batch = await upstreamBatch(row.upstream_batch_id as string)
    const recipients = (
      await (await member.get(`/${campaign.id}/recipients`)).json()
    ).items
    expect(batch).toMatchObject({
      name: `[${member.fixture.customerId}] Spring reminders`,
      agent_id: member.fixture.agentId,
      phone_number_id: member.fixture.numberId,
      timezone: 'Europe/Paris',
      scheduled_time_unix: Date.parse(campaign.scheduled_at) / 1000,
    })
    expect(batch.recipients.map((r: { id: string }) => r.id)).toEqual(
      recipients.map((r: { id: string }) => r.id),
    )
    expect(batch.recipients[0].conversation_initiation_client_data).toMatchObject({
      dynamic_variables: { first_name: 'Ada', visits: 3 },
    })
  })

  test('a start-now campaign has no schedule and uses one of the quota', async () => {
    const member = await submitter(sql)
    const response = await member.create(campaignBody(member.fixture))
    const { campaign } = await response.json()
    const quota = await (await member.get('/quota')).json()

    expect(response.status).toBe(201)
    expect(campaign).toMatchObject({ scheduled_at: null, time_zone: null })
    expect(quota).toMatchObject({ limit: 20, used: 1, remaining: 19 })
  })

  test('refuses a missing token and a member without a customer', async () => {
    const anonymous = await callApi('', { method: 'POST', body: '{}' })
    expect(await errorCode(anonymous)).toEqual({ status: 401, code: 'unauthorized' })

    const { session, user } = await newMember('orphan')
    await sql`delete from public.customer_members where user_id = ${user.id}`
    const orphan = await callApi('', {
      method: 'POST',
      token: session.access_token,
      body: '{}',
    })
    expect(await errorCode(orphan)).toEqual({ status: 403, code: 'no_customer' })
  })

  test('names each invalid field with a path and a detail code', async () => {
    const member = await submitter(sql)
    const recipients = [
      ...numbers(3),
      { phone_number: '12345' },
      { phone_number: '+12025550006', variables: { system__x: 'a', ok: { no: 1 } } },
    ]
    const response = await member.create(
      campaignBody(member.fixture, { name: '   ', recipients }),
    )
    const body = await response.json()

    expect(response.status).toBe(400)
    expect(body.error.code).toBe('invalid_request')
    const details = body.error.details.map((d: { path: string; code: string }) => [
      d.path,
      d.code,
    ])
    expect(details).toEqual(
      expect.arrayContaining([
        ['name', 'too_small'],
        ['recipients.3.phone_number', 'invalid_phone_number'],
        ['recipients.4.variables.system__x', 'reserved_variable_name'],
        ['recipients.4.variables.ok', 'invalid_union'],
      ]),
    )

    const duplicates = await member.create(
      campaignBody(member.fixture, {
        recipients: [...numbers(3), ...numbers(1, 1)],
      }),
    )
    expect((await duplicates.json()).error.details).toEqual([
      expect.objectContaining({
        path: 'recipients.3.phone_number',
        code: 'duplicate_phone_number',
      }),
    ])
  })

  test.each([
    [
      { local: '2020-01-01T09:00', time_zone: 'Europe/Paris' },
      'schedule.local',
      'schedule_in_past',
    ],
    [
      { local: '2030-03-31T02:30', time_zone: 'Europe/Paris' },
      'schedule.local',
      'schedule_nonexistent_time',
    ],
    [
      { local: '2030-01-01T09:00', time_zone: 'Mars/Olympus' },
      'schedule.time_zone',
      'unknown_time_zone',
    ],
  ])('refuses the schedule %o with %s %s', async (schedule, path, code) => {
    const member = await submitter(sql)
    const response = await member.create(campaignBody(member.fixture, { schedule }))
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([expect.objectContaining({ path, code })])
  })

  test('an agent or number of another customer is not found', async () => {
    const member = await submitter(sql)
    const other = await apiMember(sql)
    for (const override of [
      { agent_id: other.fixture.agentId },
      { phone_number_id: other.fixture.numberId },
      { agent_id: 'agent_nobody_has' },
    ]) {
      const response = await member.create(campaignBody(member.fixture, override))
      expect(await errorCode(response)).toEqual({ status: 404, code: 'not_found' })
    }
  })

  test('a number of the customer not assigned to the agent is a 400', async () => {
    const member = await submitter(sql)
    const response = await member.create(
      campaignBody(member.fixture, {
        phone_number_id: member.fixture.spareNumberId,
      }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'phone_number_id',
        code: 'number_not_assigned',
      }),
    ])
  })

  test('checks run in order: 400 before 404 before 403 terms', async () => {
    const member = await submitter(sql, { acceptTerms: false })
    const other = await apiMember(sql)
    const invalidAndForeign = campaignBody(member.fixture, {
      agent_id: other.fixture.agentId,
      recipients: [],
    })
    expect(await errorCode(await member.create(invalidAndForeign))).toEqual({
      status: 400,
      code: 'invalid_request',
    })
    const foreign = campaignBody(member.fixture, { agent_id: other.fixture.agentId })
    expect(await errorCode(await member.create(foreign))).toEqual({
      status: 404,
      code: 'not_found',
    })
  })

  test('refuses a customer that has not accepted the terms, storing nothing', async () => {
    const member = await submitter(sql, { acceptTerms: false })
    const response = await member.create(campaignBody(member.fixture))
    expect(await errorCode(response)).toEqual({
      status: 403,
      code: 'batch_calling_agreement_required',
    })
    const [{ count }] = await sql`
      select count(*)::int from public.campaigns
      where customer_id = ${member.fixture.customerId}
    `
    expect(count).toBe(0)
  })
})
