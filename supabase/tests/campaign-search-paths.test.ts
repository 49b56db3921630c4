import type { Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ApiMember, apiMember } from './helpers/api-member.ts'
import { adminSql, giveAgent } from './helpers/db.ts'

// The name search answers a big customer in up to three ways (the newest
// campaigns alone, the newest plus a count, one pass over the index); each
// must agree with a plain ILIKE over the customer's campaigns.
let sql: Sql
let member: ApiMember

beforeAll(async () => {
  sql = adminSql()
  member = await apiMember(sql, 'Renewal line')
  const other = await giveAgent(sql, member.fixture.customerId, 'Billing desk')
  const old = await giveAgent(sql, member.fixture.customerId, 'Legacy desk')
  // 1,200 campaigns, newest first by n: common words throughout, one rare
  // word only among the oldest (whose agent's name has it too), and agent
  // names that match campaigns matching by their own name as well.
  await sql`
    insert into public.campaigns (
      customer_id, name, agent_id, phone_number_id, status, created_by_email,
      created_at
    )
    select ${member.fixture.customerId},
      (array['Promo', 'Reminder', 'Renewal'])[1 + n % 3] || ' ' || n ||
        case when n > 1150 then ' Legacy' else '' end,
      case when n > 1150 then ${old.agentId}
        when n % 2 = 0 then ${member.fixture.agentId} else ${other.agentId} end,
      case when n > 1150 then ${old.numberId}
        when n % 2 = 0 then ${member.fixture.numberId} else ${other.numberId} end,
      (array['completed', 'failed', 'cancelled', 'completed'])[1 + n % 4],
      'x@example.test',
      now() - n * interval '1 minute'
    from generate_series(1, 1200) as n
  `
})
afterAll(() => sql.end())

async function expected(q: string, status: string | null, page: number) {
  const rows = await sql<{ name: string }[]>`
    select c.name from public.campaigns c
    join public.agents a on a.id = c.agent_id
    where c.customer_id = ${member.fixture.customerId}
      and (${status}::text is null or c.status = ${status})
      and (c.name ilike ${`%${q}%`} or a.name ilike ${`%${q}%`})
    order by c.created_at desc, c.id desc
  `
  const names = rows.map((row) => row.name)
  return { total: names.length, page: names.slice((page - 1) * 12, page * 12) }
}

async function listed(q: string, status: string | null, page: number) {
  const params = new URLSearchParams({ q, page: String(page) })
  if (status) params.set('status', status)
  const response = await member.get(`?${params}`)
  expect(response.status).toBe(200)
  const body = await response.json()
  return {
    total: body.total,
    page: body.items.map((item: { name: string }) => item.name),
  }
}

describe('the name search of a customer with many campaigns', () => {
  test.each([
    ['promo', null, 1],
    ['promo', 'completed', 3],
    ['PROMO', 'failed', 40],
    ['legacy', null, 1],
    ['legacy', 'cancelled', 2],
    ['renewal', null, 1],
    ['renewal', 'completed', 9],
    ['desk', 'failed', 2],
    ['renewal 11', null, 1],
    ['nothing like it', null, 1],
    ['promo', null, 500],
  ] as const)(
    'q=%s status=%s page=%i agrees with ILIKE over every campaign',
    async (q, status, page) => {
      const truth = await expected(q, status, page)
      expect(await listed(q, status, page)).toEqual(truth)
    },
  )

  test('the data above reaches each way of answering', async () => {
    const newest = async (q: string, status: string | null) => {
      const [row] = await sql<{ scope: number; matches: number }[]>`
        select count(*)::int as scope,
          count(*) filter (where name ilike ${`%${q}%`})::int as matches
        from (
          select name from public.campaigns
          where customer_id = ${member.fixture.customerId}
            and (${status}::text is null or status = ${status})
          order by created_at desc, id desc limit 500
        ) n
      `
      return row
    }
    // More than 500 in scope, the page among the newest: a count follows.
    expect(await newest('promo', null)).toEqual({ scope: 500, matches: 166 })
    // Matches only among the oldest: one pass over the index.
    expect(await newest('legacy', null)).toEqual({ scope: 500, matches: 0 })
    expect((await expected('legacy', null, 1)).total).toBe(50)
    // Fewer than 500 in scope: the newest campaigns are all of them.
    expect((await newest('legacy', 'cancelled')).scope).toBe(300)
  })
})
