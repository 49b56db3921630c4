import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres, { type Sql } from 'postgres'
import { freePort } from '../supabase/local/free-port.ts'
import { bootstrap, pushMigrations } from '../supabase/local/migrate.ts'
import { startPostgres } from '../supabase/local/postgres.ts'
import { repoRoot } from '../supabase/local/stack.ts'

export const BIG_CUSTOMER = 'b1000000-0000-4000-8000-000000000000'
export const BIG_USER = 'b2000000-0000-4000-8000-000000000000'

/** Enough small customers for the largest scale, a million campaigns. */
const SMALL_CUSTOMERS = 10_000
const PER_SMALL_CUSTOMER = 100
// Small customer k is `<prefix><k, 12 digits>`, so campaigns name their
// owner without a join.
const SMALL_PREFIX = 'b3000000-0000-4000-8000-'

/** The big customer's campaigns at `scale`: 200,000 at a million. */
export const bigCustomerCampaigns = (scale: number) => scale / 5

export type BenchDatabase = {
  /** Superuser, for loading data and reading plans. */
  admin: Sql
  adminUrl: string
  /** The functions' own login, which is not a superuser. */
  sql: Sql
}

/**
 * A throwaway PostgreSQL with the migrations and the bench customers, their
 * agents, numbers and one member of the big customer; no bench campaigns yet.
 */
export async function withBenchDatabase<T>(
  work: (db: BenchDatabase) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-bench-'))
  // The server runs as the `postgres` OS user, which must reach its folder.
  await chmod(dataDir, 0o755)
  const server = await startPostgres({
    dataDir: join(dataDir, 'db'),
    port: await freePort(),
    ephemeral: true,
  })
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} })
  const dbUrl = server.adminUrl.replace(/\/\/[^@]+@/, '//postgres:postgres@')
  const sql = postgres(dbUrl, { max: 1, prepare: false, onnotice: () => {} })
  try {
    await bootstrap(server.adminUrl)
    await pushMigrations(repoRoot, dbUrl)
    await createBenchCustomers(admin)
    return await work({ admin, adminUrl: server.adminUrl, sql })
  } finally {
    await sql.end()
    await admin.end()
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function createBenchCustomers(sql: Sql) {
  await sql.begin(async (tx) => {
    // Foreign keys hold by construction, and the sign-up trigger must not
    // make a customer of its own for the member. Bench database only.
    await tx`set local session_replication_role = replica`
    await tx`
      insert into public.customers (id, name, plan_id)
      select
        case when k = 0 then ${BIG_CUSTOMER}::uuid
          else (${SMALL_PREFIX} || lpad(k::text, 12, '0'))::uuid end,
        'Bench customer ' || k, 'growth'
      from generate_series(0, ${SMALL_CUSTOMERS}) as k
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
  })
}

/**
 * Replaces every campaign with `scale` of them over scale / 100 small
 * customers, plus one customer with scale / 5, written with generate_series.
 * The campaign indexes are dropped for the load and rebuilt from their own
 * definitions, which is much faster than updating them row by row.
 */
export async function generateCampaigns(sql: Sql, scale: number) {
  const indexes = await sql<{ name: string; definition: string }[]>`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = 'public' and tablename = 'campaigns'
      and indexname not like '%pkey' and indexname not like '%key'
  `
  await sql`truncate public.campaigns cascade`
  for (const index of indexes) await sql.unsafe(`drop index public.${index.name}`)

  await sql.begin(async (tx) => {
    // Skipping the foreign-key and count triggers saves minutes; the counts
    // are rebuilt below.
    await tx`set local session_replication_role = replica`
    await tx`
      with slots as (
        select (${SMALL_PREFIX} || lpad(k::text, 12, '0'))::uuid as customer_id, s.n
        from generate_series(1, ${scale / PER_SMALL_CUSTOMER}) as k,
          generate_series(1, ${PER_SMALL_CUSTOMER}) as s(n)
        union all
        select ${BIG_CUSTOMER}::uuid, n
        from generate_series(1, ${bigCustomerCampaigns(scale)}) as n
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
  await sql`select private.recount_campaign_counts()`
  await sql`vacuum analyze`
  // Written out now, so the checkpointer is not writing the load while the
  // first scenarios are timed.
  await sql`checkpoint`
}
