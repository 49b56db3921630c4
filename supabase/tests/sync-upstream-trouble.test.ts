import { randomUUID } from 'node:crypto'
import type { Sql } from 'postgres'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { apiMember } from './helpers/api-member.ts'
import { adminSql } from './helpers/db.ts'
import {
  campaignRow,
  eventsOf,
  phoneNumbers,
  simulator,
  submittedCampaign,
  syncCustomer,
} from './helpers/sync.ts'

let sql: Sql

beforeAll(() => {
  sql = adminSql()
})
afterEach(() => simulator().clearFaults())
afterAll(() => sql.end())

const withoutLease = ({ lease_until: _, ...row }: Record<string, unknown>) => row

describe('a sync pass in trouble', () => {
  test('refuses a batch named for another customer and writes nothing to it', async () => {
    const { fixture } = await apiMember(sql)
    const campaign = await submittedCampaign(sql, fixture, phoneNumbers(2), {
      callName: `[${randomUUID()}] Sync fixture`,
    })
    const before = await campaignRow(sql, campaign.id)
    const recipientsBefore = await sql`
      select * from public.campaign_recipients where campaign_id = ${campaign.id}
    `

    const pass = await syncCustomer(fixture.customerId)
    expect(pass.body.campaigns).toEqual([
      { id: campaign.id, outcome: 'prefix_mismatch' },
    ])
    expect(pass.body.failed).toBe(1)

    expect(withoutLease(await campaignRow(sql, campaign.id))).toEqual(
      withoutLease(before),
    )
    expect(
      await sql`
        select * from public.campaign_recipients where campaign_id = ${campaign.id}
      `,
    ).toEqual(recipientsBefore)
    expect(
      (await eventsOf(sql, campaign.id)).map((e) => [e.kind, e.detail]),
    ).toEqual([
      [
        'upstream_error',
        { code: 'prefix_mismatch', upstream_batch_id: campaign.batchId },
      ],
    ])

    // The lease is kept until it expires, so the next pass leaves it alone.
    expect((await syncCustomer(fixture.customerId)).body.leased).toBe(0)
  })

  test('an upstream outage changes nothing and leaves the campaigns for the next pass', async () => {
    const { fixture } = await apiMember(sql)
    const campaigns = await Promise.all([
      submittedCampaign(sql, fixture, phoneNumbers(2), { name: 'One' }),
      submittedCampaign(sql, fixture, phoneNumbers(2), { name: 'Two' }),
    ])
    await simulator().runSteps(1)
    const before = await Promise.all(campaigns.map((c) => campaignRow(sql, c.id)))

    await simulator().failNext('batch_calls.get', 'error_500', 100)
    const pass = await syncCustomer(fixture.customerId)
    await simulator().clearFaults()
    expect(pass.body).toMatchObject({
      leased: 2,
      refreshed: 0,
      failed: 2,
      released: 2,
    })

    for (const [index, campaign] of campaigns.entries()) {
      expect(await campaignRow(sql, campaign.id)).toEqual(before[index])
      expect(await eventsOf(sql, campaign.id)).toEqual([])
    }

    const next = await syncCustomer(fixture.customerId)
    expect(next.body).toMatchObject({ leased: 2, refreshed: 2, failed: 0 })
    expect(await campaignRow(sql, campaigns[0].id)).toMatchObject({
      status: 'in_progress',
    })
  })

  test('a hung read fails alone while the rest of the pass goes on', async () => {
    const { fixture } = await apiMember(sql)
    const campaigns = await Promise.all([
      submittedCampaign(sql, fixture, phoneNumbers(2), { name: 'One' }),
      submittedCampaign(sql, fixture, phoneNumbers(2), { name: 'Two' }),
    ])

    await simulator().failNext('batch_calls.get', 'hang', 1)
    const pass = await syncCustomer(fixture.customerId)
    expect(pass.body).toMatchObject({ leased: 2, refreshed: 1, failed: 1 })

    const hung = pass.body.campaigns.find((c) => c.outcome === 'read_failed')
    expect(campaigns.map((c) => c.id)).toContain(hung?.id)
    expect(await campaignRow(sql, hung?.id ?? '')).toMatchObject({
      status: 'pending',
      synced_at: null,
      lease_until: null,
      last_error: null,
    })

    const next = await syncCustomer(fixture.customerId)
    expect(next.body.campaigns).toContainEqual({
      id: hung?.id,
      outcome: 'refreshed',
    })
    expect(await campaignRow(sql, hung?.id ?? '')).not.toMatchObject({
      synced_at: null,
    })
  })

  test('a batch gone upstream is reported once and the campaign keeps its status', async () => {
    const { fixture } = await apiMember(sql)
    const campaign = await submittedCampaign(sql, fixture, phoneNumbers(2))
    await sql`
      update public.campaigns set upstream_batch_id = ${`gone_${randomUUID()}`}
      where id = ${campaign.id}
    `

    for (let pass = 0; pass < 2; pass++) {
      const answer = await syncCustomer(fixture.customerId)
      expect(answer.body.campaigns).toEqual([
        { id: campaign.id, outcome: 'batch_missing' },
      ])
    }
    expect(await campaignRow(sql, campaign.id)).toMatchObject({
      status: 'pending',
      synced_at: null,
      last_error: { code: 'upstream_batch_missing' },
    })
    expect((await eventsOf(sql, campaign.id)).map((e) => e.detail.code)).toEqual([
      'batch_not_found',
    ])
  })
})
