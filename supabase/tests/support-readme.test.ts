import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newMember } from './helpers/clients.ts'
import {
  adminSql,
  customerIdOf,
  functionSql,
  giveAgent,
  insertCampaign,
} from './helpers/db.ts'

let admin: Sql
let dashboard: Sql

beforeAll(() => {
  admin = adminSql()
  // The dashboard's SQL editor runs as `postgres`, which is not a superuser.
  dashboard = functionSql(1)
})
afterAll(async () => {
  await admin.end()
  await dashboard.end()
})

class RollBack extends Error {}

/** The README's SQL blocks, except those marked `sql hosted` (cron, Vault). */
async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  return [...readme.matchAll(/^```sql\n([\s\S]*?)^```/gm)].map((match) => match[1])
}

describe('the support README', () => {
  test('every SQL example runs against the real schema and does what it says', async () => {
    const { user, email } = await newMember('support')
    const customerId = await customerIdOf(admin, user.id)
    const fixture = await giveAgent(admin, customerId)
    const campaignId = await insertCampaign(admin, fixture, { status: 'failed' })
    const agentId = `agent_${randomUUID().slice(0, 8)}`
    const numberId = `phnum_${randomUUID().slice(0, 8)}`
    const values: Record<string, string> = {
      '<member email>': email,
      '<customer id>': customerId,
      '<campaign id>': campaignId,
      '<agent id>': agentId,
      '<phone number id>': numberId,
    }

    const examples = await readmeExamples()
    expect(examples.length).toBeGreaterThanOrEqual(15)

    const results: unknown[][] = []
    await expect(
      dashboard.begin(async (tx) => {
        for (const example of examples) {
          const text = example.replace(/<[a-z ]+>/g, (token) => {
            if (!(token in values)) throw new Error(`unknown placeholder ${token}`)
            return values[token]
          })
          results.push(await tx.unsafe(text))
        }

        const [customer] = await tx`
          select plan_id, campaign_limit_override from public.customers
          where id = ${customerId}
        `
        expect(customer).toEqual({
          plan_id: 'growth',
          campaign_limit_override: null,
        })
        const [number] = await tx`
          select agent_id from public.phone_numbers where id = ${numberId}
        `
        expect(number.agent_id).toBe(agentId)
        const [campaign] = await tx`
          select counts_toward_quota from public.campaigns where id = ${campaignId}
        `
        expect(campaign.counts_toward_quota).toBe(false)
        throw new RollBack()
      }),
    ).rejects.toBeInstanceOf(RollBack)

    expect(results[0]).toEqual([
      { customer_id: customerId, name: email, plan_id: 'starter' },
    ])
    const [campaign] = await admin`
      select counts_toward_quota from public.campaigns where id = ${campaignId}
    `
    expect(campaign.counts_toward_quota).toBe(true)
  })

  test('the support views are out of reach of API roles', async () => {
    for (const role of ['anon', 'authenticated']) {
      await expect(
        admin.begin(async (tx) => {
          await tx.unsafe(`set local role ${role}`)
          await tx`select * from support.stale_campaigns`
        }),
      ).rejects.toMatchObject({ code: '42501' })
    }
  })

  test('stale campaigns lists unfinished ones not synced for over 5 minutes', async () => {
    const { user } = await newMember('stale')
    const fixture = await giveAgent(admin, await customerIdOf(admin, user.id))
    const old = new Date(Date.now() - 10 * 60_000)
    const stale = await insertCampaign(admin, fixture, {
      status: 'in_progress',
      createdAt: old,
    })
    const recent = await insertCampaign(admin, fixture, { status: 'in_progress' })
    const finished = await insertCampaign(admin, fixture, { createdAt: old })
    const rows = await admin<{ campaign_id: string }[]>`
      select campaign_id from support.stale_campaigns
      where customer_id = ${fixture.customerId}
    `
    expect(rows.map((row) => row.campaign_id)).toEqual([stale])
    expect([recent, finished]).not.toContain(rows[0].campaign_id)
  })
})
