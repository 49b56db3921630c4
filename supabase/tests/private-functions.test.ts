import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newMember } from './helpers/clients.ts'
import {
  acceptCurrentTerms,
  actAs,
  adminSql,
  type CustomerFixture,
  customerIdOf,
  functionSql,
  giveAgent,
} from './helpers/db.ts'

let admin: Sql
let fn: Sql

beforeAll(() => {
  admin = adminSql()
  fn = functionSql(20)
})

afterAll(async () => {
  await admin.end()
  await fn.end()
})

async function member() {
  const { user, email } = await newMember('fn')
  const fixture = await giveAgent(admin, await customerIdOf(admin, user.id))
  return { userId: user.id, email, fixture }
}

function createCampaign(
  sql: Sql,
  userId: string,
  fixture: CustomerFixture,
  recipients: object[] = [{ phone_number: '+12025550101' }],
) {
  return sql<{ id: string }[]>`
    select private.create_campaign(
      ${userId}, 'Spring', ${fixture.agentId}, ${fixture.numberId},
      null, null, ${sql.json(recipients as never)}
    ) as id
  `.then(([row]) => row.id)
}

const privateCalls = [
  `select private.customer_id_of(gen_random_uuid())`,
  `select private.accept_terms(gen_random_uuid(), 1)`,
  `select private.create_campaign(gen_random_uuid(), 'x', 'a', 'n', null, null, '[]')`,
  `select private.mark_campaign_submitted(gen_random_uuid(), gen_random_uuid(), 'b')`,
  `select private.mark_campaign_failed(gen_random_uuid(), gen_random_uuid(), '{}')`,
  `select private.refund_quota(gen_random_uuid(), gen_random_uuid())`,
  `select * from private.search_campaigns(gen_random_uuid(), gen_random_uuid(), null, '%', 12, 0)`,
  `select private.recount_campaign_counts()`,
]

describe('private functions', () => {
  test.each(privateCalls)('anon and authenticated cannot run %s', async (call) => {
    const { userId } = await member()
    for (const [role, id] of [
      ['anon', null],
      ['authenticated', userId],
    ] as const) {
      await expect(
        actAs(admin, role, id, (tx) => tx.unsafe(call)),
        role,
      ).rejects.toMatchObject({ code: '42501' })
    }
  })

  test('sign-up gives a new user their own customer on the default plan', async () => {
    const { userId, fixture } = await member()
    const [customer] = await admin`
      select c.plan_id, (select count(*)::int from public.customer_members m
        where m.customer_id = c.id) as members
      from public.customers c where c.id = ${fixture.customerId}
    `
    expect(customer).toEqual({ plan_id: 'starter', members: 1 })
    expect(await customerIdOf(admin, userId)).toBe(fixture.customerId)
  })

  test('a user created with app_metadata.customer_id joins that customer', async () => {
    const { fixture } = await member()
    const [user] = await admin`
      insert into auth.users (id, email, raw_app_meta_data, raw_user_meta_data)
      values (gen_random_uuid(), ${`invited-${Date.now()}@example.test`},
        ${admin.json({ customer_id: fixture.customerId })}, '{}')
      returning id
    `
    expect(await customerIdOf(admin, user.id)).toBe(fixture.customerId)
  })

  test('accepting the current terms records the first acceptance only', async () => {
    const { userId, email, fixture } = await member()
    await fn`select private.accept_terms(${userId}, 1)`
    const [first] = await admin`
      select accepted_by_email, accepted_at from public.terms_acceptances
      where customer_id = ${fixture.customerId}
    `
    expect(first.accepted_by_email).toBe(email)
    await fn`select private.accept_terms(${userId}, 1)`
    const again = await admin`
      select accepted_at from public.terms_acceptances
      where customer_id = ${fixture.customerId}
    `
    expect(again).toEqual([{ accepted_at: first.accepted_at }])
  })

  test('accepting a version that is not current fails with terms_outdated', async () => {
    const { userId } = await member()
    await expect(
      fn`select private.accept_terms(${userId}, 99)`,
    ).rejects.toMatchObject({
      message: 'terms_outdated',
    })
  })

  test('a user without a customer cannot accept terms', async () => {
    const { userId } = await member()
    await admin`delete from public.customer_members where user_id = ${userId}`
    await expect(
      fn`select private.accept_terms(${userId}, 1)`,
    ).rejects.toMatchObject({
      message: 'no_customer',
    })
  })

  test('creating a campaign stores it, its recipients in order and an event', async () => {
    const { userId, email, fixture } = await member()
    await acceptCurrentTerms(admin, fixture.customerId)
    const id = await createCampaign(fn, userId, fixture, [
      { phone_number: '+12025550102', variables: { first_name: 'Ada', n: 7 } },
      { phone_number: '+12025550101' },
    ])
    const [campaign] = await admin`
      select status, total_calls_scheduled, created_by_email, status_counts
      from public.campaigns where id = ${id}
    `
    expect(campaign).toEqual({
      status: 'pending',
      total_calls_scheduled: 2,
      created_by_email: email,
      status_counts: { pending: 2 },
    })
    const recipients = await admin`
      select phone_number, variables from public.campaign_recipients
      where campaign_id = ${id} order by position
    `
    expect(recipients).toEqual([
      { phone_number: '+12025550102', variables: { first_name: 'Ada', n: 7 } },
      { phone_number: '+12025550101', variables: {} },
    ])
    const events = await admin`
      select kind, actor_email from public.campaign_events where campaign_id = ${id}
    `
    expect(events).toEqual([{ kind: 'created', actor_email: email }])
  })

  test('creating a campaign without accepted terms is refused', async () => {
    const { userId, fixture } = await member()
    await expect(createCampaign(fn, userId, fixture)).rejects.toMatchObject({
      message: 'batch_calling_agreement_required',
    })
  })

  test('another customer agent is not found and an unassigned number is refused', async () => {
    const mine = await member()
    const theirs = await member()
    await acceptCurrentTerms(admin, mine.fixture.customerId)
    await expect(
      createCampaign(fn, mine.userId, {
        ...mine.fixture,
        agentId: theirs.fixture.agentId,
      }),
    ).rejects.toMatchObject({ message: 'not_found' })
    await expect(
      createCampaign(fn, mine.userId, {
        ...mine.fixture,
        numberId: mine.fixture.spareNumberId,
      }),
    ).rejects.toMatchObject({ message: 'number_not_assigned' })
  })

  test('twenty parallel submits with three campaigns of quota left store exactly three', async () => {
    const { userId, fixture } = await member()
    await acceptCurrentTerms(admin, fixture.customerId)
    await admin`
      update public.customers set campaign_limit_override = 5
      where id = ${fixture.customerId}
    `
    await createCampaign(fn, userId, fixture)
    await createCampaign(fn, userId, fixture)

    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => createCampaign(fn, userId, fixture)),
    )
    const stored = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    const refused = outcomes.filter(
      (outcome) =>
        outcome.status === 'rejected' && outcome.reason.message === 'quota_exceeded',
    )
    expect(stored).toHaveLength(3)
    expect(refused).toHaveLength(17)
    const [row] = await admin`
      select count(*)::int as n from public.campaigns
      where customer_id = ${fixture.customerId}
    `
    expect(row.n).toBe(5)
  })

  test('a refund frees quota once and is recorded', async () => {
    const { userId, fixture } = await member()
    await acceptCurrentTerms(admin, fixture.customerId)
    await admin`
      update public.customers set campaign_limit_override = 1
      where id = ${fixture.customerId}
    `
    const id = await createCampaign(fn, userId, fixture)
    await expect(createCampaign(fn, userId, fixture)).rejects.toMatchObject({
      message: 'quota_exceeded',
    })
    const [first] = await fn`select private.refund_quota(${id}, null) as refunded`
    const [second] = await fn`select private.refund_quota(${id}, null) as refunded`
    expect([first.refunded, second.refunded]).toEqual([true, false])
    await expect(createCampaign(fn, userId, fixture)).resolves.toMatch(
      /^[0-9a-f-]{36}$/,
    )
  })

  test('the name search finds only the caller customer campaigns', async () => {
    const mine = await member()
    const theirs = await member()
    await acceptCurrentTerms(admin, theirs.fixture.customerId)
    await createCampaign(fn, theirs.userId, theirs.fixture)
    const search = (userId: string, customerId: string) =>
      fn`
        select s.total, cardinality(s.ids) as listed
        from private.search_campaigns(
          ${userId}, ${customerId}, null, '%spring%', 12, 0
        ) s
      `.then(([row]) => row)

    expect(await search(theirs.userId, theirs.fixture.customerId)).toEqual({
      total: 1,
      listed: 1,
    })
    expect(await search(mine.userId, theirs.fixture.customerId)).toEqual({
      total: 0,
      listed: 0,
    })
    expect(await search(mine.userId, mine.fixture.customerId)).toEqual({
      total: 0,
      listed: 0,
    })
  })

  test('another customer member cannot refund, submit or fail a campaign', async () => {
    const owner = await member()
    const other = await member()
    await acceptCurrentTerms(admin, owner.fixture.customerId)
    const id = await createCampaign(fn, owner.userId, owner.fixture)
    const [refund] =
      await fn`select private.refund_quota(${id}, ${other.userId}) as r`
    expect(refund.r).toBe(false)
    await expect(
      fn`select private.mark_campaign_submitted(${other.userId}, ${id}, 'b1')`,
    ).rejects.toMatchObject({ message: 'not_found' })
    await expect(
      fn`select private.mark_campaign_failed(${other.userId}, ${id}, '{}')`,
    ).rejects.toMatchObject({ message: 'not_found' })
  })

  test('marking a campaign submitted then failed records both events', async () => {
    const { userId, fixture } = await member()
    await acceptCurrentTerms(admin, fixture.customerId)
    const id = await createCampaign(fn, userId, fixture)
    await fn`select private.mark_campaign_submitted(${userId}, ${id}, ${`btcal_${id}`})`
    const error = { code: 'provider_error', message: 'Refused' }
    await fn`select private.mark_campaign_failed(null, ${id}, ${fn.json(error)})`
    const [campaign] = await admin`
      select status, upstream_batch_id, last_error from public.campaigns
      where id = ${id}
    `
    expect(campaign).toEqual({
      status: 'failed',
      upstream_batch_id: `btcal_${id}`,
      last_error: error,
    })
    const events = await admin`
      select kind from public.campaign_events where campaign_id = ${id} order by id
    `
    expect(events.map((event) => event.kind)).toEqual([
      'created',
      'submitted',
      'submit_failed',
    ])
  })
})
