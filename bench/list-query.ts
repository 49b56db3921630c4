// Times the campaign list query on a large database: `npx tsx bench/list-query.ts`.
// Not part of the test suite. Uses the function's own query code, run as
// `authenticated` with real claims so row-level security applies.
import { chmod, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import {
  type CampaignFilter,
  listCampaigns,
} from '../supabase/functions/batch-calls/db/campaign-queries.ts'
import { inUserTransaction } from '../supabase/functions/batch-calls/db/user-transaction.ts'
import { readNamePattern } from '../supabase/functions/batch-calls/query-params.ts'
import { freePort } from '../supabase/local/free-port.ts'
import { bootstrap, pushMigrations } from '../supabase/local/migrate.ts'
import { startPostgres } from '../supabase/local/postgres.ts'
import { repoRoot } from '../supabase/local/stack.ts'
import { BIG_CUSTOMER, BIG_USER, generateCampaigns } from './list-query-data.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const claims = { sub: BIG_USER, role: 'authenticated', aud: 'authenticated' }

const scenarios: Array<{
  label: string
  q?: string
  status?: string
  page?: number
}> = [
  { label: 'name + status', q: 'promo', status: 'completed' },
  { label: 'agent name + status', q: 'survey', status: 'failed' },
  { label: 'rare name + status', q: 'winter promo 5', status: 'completed' },
  { label: 'status only', status: 'cancelled' },
  { label: 'no filter, page 1' },
  { label: 'no filter, page 500', page: 500 },
]

function filterFor(scenario: (typeof scenarios)[number]): CampaignFilter {
  const pattern = readNamePattern(new URLSearchParams({ q: scenario.q ?? '' }))
  return {
    userId: BIG_USER,
    customerId: BIG_CUSTOMER,
    status: scenario.status,
    namePattern: typeof pattern === 'string' ? pattern : undefined,
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-bench-'))
  // The server runs as the `postgres` OS user, which must reach its folder.
  await chmod(dataDir, 0o755)
  const server = await startPostgres({
    dataDir: join(dataDir, 'db'),
    port: await freePort(),
    ephemeral: true,
  })
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} })
  try {
    await bootstrap(server.adminUrl)
    const dbUrl = server.adminUrl.replace(/\/\/[^@]+@/, '//postgres:postgres@')
    await pushMigrations(repoRoot, dbUrl)
    let started = performance.now()
    await generateCampaigns(admin)
    const [{ count }] = await admin`select count(*)::int from public.campaigns`
    console.log(`generated ${count} campaigns in ${seconds(started)} s`)

    const sql = postgres(dbUrl, { max: 1, prepare: false, onnotice: () => {} })
    console.log('\nscenario                 total  p50 ms  p95 ms')
    for (const scenario of scenarios) {
      const filter = filterFor(scenario)
      const page = { limit: 12, offset: ((scenario.page ?? 1) - 1) * 12 }
      const timings: number[] = []
      let total = 0
      for (let run = 0; run < RUNS; run++) {
        started = performance.now()
        const result = await inUserTransaction(sql, claims, (tx) =>
          listCampaigns(tx, filter, page),
        )
        timings.push(performance.now() - started)
        total = result.total
      }
      timings.sort((a, b) => a - b)
      console.log(
        `${scenario.label.padEnd(22)} ${String(total).padStart(7)} ${fixed(
          percentile(timings, 50),
        )} ${fixed(percentile(timings, 95))}`,
      )
    }
    await sql.end()
    for (const index of [0, 3]) await explain(server.adminUrl, scenarios[index])
  } finally {
    await admin.end()
    await server.stop()
  }
}

/** The plans of the list's two statements, via auto_explain, as the member. */
async function explain(adminUrl: string, scenario: (typeof scenarios)[number]) {
  const plans: string[] = []
  const sql = postgres(adminUrl, {
    max: 1,
    prepare: false,
    onnotice: (notice) => plans.push(String(notice.message)),
  })
  await sql`load 'auto_explain'`
  await sql`
    select
      set_config('auto_explain.log_min_duration', '0', false),
      set_config('auto_explain.log_analyze', 'on', false),
      set_config('auto_explain.log_buffers', 'on', false),
      set_config('auto_explain.log_nested_statements', 'on', false),
      set_config('client_min_messages', 'log', false)
  `
  // Sequentially, so the two plans arrive in order.
  await inUserTransaction(sql, claims, async (tx) => {
    await listCampaigns(tx, filterFor(scenario), { limit: 12, offset: 0 })
  })
  await sql.end()
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) for "${scenario.label}":`)
  for (const plan of plans.filter((text) => text.includes('Query Text'))) {
    console.log(`\n${plan}`)
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)
const fixed = (ms: number) => ms.toFixed(2).padStart(7)

await main()
