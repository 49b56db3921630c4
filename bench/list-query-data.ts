import type { Sql } from 'postgres'

export const BIG_CUSTOMER = 'b1000000-0000-4000-8000-000000000000'
export const BIG_USER = 'b2000000-0000-4000-8000-000000000000'

const SMALL_CUSTOMERS = 10_000
const PER_SMALL_CUSTOMER = 100
const BIG_CAMPAIGNS = 200_000

/**
 * 1,000,000 campaigns over 10,000 customers plus one customer with 200,000,
 * written with generate_series. The campaign indexes are dropped for the load
 * and rebuilt from their own definitions, which is much faster than updating
 * them row by row.
 */
export async function generateCampaigns(sql: Sql) {
  const indexes = await sql<{ name: string; definition: string }[]>`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = 'public' and tablename = 'campaigns'
      and indexname not like '%pkey' and indexname not like '%key'
  `
  for (const index of indexes) await sql.unsafe(`drop index public.${index.name}`)

  await sql.begin(async (tx) => {
    // Foreign keys hold by construction here; skipping their triggers saves
    // minutes. Bench database only.
    await tx`set local session_replication_role = replica`
    await tx`
      insert into public.customers (id, name, plan_id)
      select
        case when n = 0 then ${BIG_CUSTOMER}::uuid else gen_random_uuid() end,
        'Bench customer ' || n, 'growth'
      from generate_series(0, ${SMALL_CUSTOMERS}) as n
    `
    await tx`
      insert into auth.users (id, email, raw_app_meta_data)
      values (${BIG_USER}, 'big@bench.test', '{}')
    `
    await tx`
      insert into public.customer_members (customer_id, user_id)
      values (${BIG_CUSTOMER}, ${BIG_USER})
    `
    await tx`
      insert into public.agents (id, customer_id, name)
      select 'agent_' || c.id || '_' || k, c.id,
        (array['Appointment reminders', 'Customer survey', 'Renewal desk'])[k]
      from public.customers c, generate_series(1, 3) as k
      where c.name like 'Bench customer %'
    `
    await tx`
      insert into public.phone_numbers (id, customer_id, phone_number, agent_id)
      select 'phnum_' || a.id, a.customer_id, '+12025550100', a.id
      from public.agents a
      where a.customer_id in (
        select id from public.customers where name like 'Bench customer %'
      )
    `
    await tx`
      with owners as (
        select id, row_number() over (order by id) as k from public.customers
        where name like 'Bench customer %' and id <> ${BIG_CUSTOMER}
      ),
      slots as (
        select o.id as customer_id, s.n
        from owners o, generate_series(1, ${PER_SMALL_CUSTOMER}) as s(n)
        union all
        select ${BIG_CUSTOMER}::uuid, n from generate_series(1, ${BIG_CAMPAIGNS}) as n
      )
      insert into public.campaigns (
        customer_id, name, agent_id, phone_number_id, status,
        total_calls_scheduled, created_by_email, created_at
      )
      select
        s.customer_id,
        (array['Spring', 'Summer', 'Autumn', 'Winter', 'Q1', 'Q2', 'Weekly'])
          [1 + (s.n % 7)] || ' ' ||
        (array['promo', 'reminders', 'survey', 'renewals', 'follow-up', 'billing',
          'welcome', 'win-back', 'appointments', 'feedback', 'outreach'])
          [1 + (s.n / 7) % 11] || ' ' || (s.n % 997),
        'agent_' || s.customer_id || '_' || (1 + s.n % 3),
        'phnum_agent_' || s.customer_id || '_' || (1 + s.n % 3),
        (array['completed', 'completed', 'completed', 'failed', 'cancelled',
          'in_progress', 'pending'])[1 + (s.n * 13) % 7],
        10, 'bench@bench.test',
        now() - s.n * interval '37 seconds'
      from slots s
    `
  })

  for (const index of indexes) await sql.unsafe(index.definition)
  await sql`vacuum analyze public.campaigns`
  await sql`analyze`
}
