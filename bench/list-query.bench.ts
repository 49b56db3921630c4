import postgres, { type Sql } from 'postgres'
import {
  type CampaignFilter,
  findCampaign,
  listCampaigns,
} from '../supabase/functions/batch-calls/db/campaign-queries.ts'
import { inUserTransaction } from '../supabase/functions/batch-calls/db/user-transaction.ts'
import { readNamePattern } from '../supabase/functions/batch-calls/query-params.ts'
import {
  type BenchDatabase,
  BIG_CUSTOMER,
  BIG_USER,
  bigCustomerCampaigns,
  generateCampaigns,
  withBenchDatabase,
} from './list-query-data.ts'
import { isPlan, type PlanScans, scansOfPlans } from './list-query-plans.ts'
import { type BenchRow, percentile, sampleInTurns } from './machine.ts'

const SCALES = [10_000, 100_000, 1_000_000]
/** The budget holds at a million campaigns; smaller scales are for the trend. */
export const BUDGET_SCALE = 1_000_000
const BUDGET_MS = 20
const RUNS = Number(process.env.BENCH_RUNS ?? 60)
const WARMUP = 5

const claims = { sub: BIG_USER, role: 'authenticated', aud: 'authenticated' }

export type Scenario = {
  label: string
  q?: string
  status?: string
  page?: number
  /**
   * The budget is for a name search within one status; searches
   * over every status are shown for what they cost, not judged.
   */
  budgeted?: boolean
}

export const scenarios: Scenario[] = [
  { label: 'name + status', q: 'promo', status: 'completed' },
  { label: 'name, any status', q: 'promo', budgeted: false },
  { label: 'agent name, any status', q: 'survey', budgeted: false },
  { label: 'agent name + status', q: 'survey', status: 'failed' },
  { label: 'rare name + status', q: 'winter promo 5', status: 'completed' },
  { label: 'status only', status: 'cancelled' },
  { label: 'no filter, page 1' },
  { label: 'no filter, page 500', page: 500 },
]

/** One request of the list, as the function makes it for the big member. */
function listAsMember(sql: Sql, scenario: Scenario) {
  const pattern = readNamePattern(new URLSearchParams({ q: scenario.q ?? '' }))
  const filter: CampaignFilter = {
    userId: BIG_USER,
    customerId: BIG_CUSTOMER,
    status: scenario.status,
    namePattern: typeof pattern === 'string' ? pattern : undefined,
  }
  const page = { limit: 12, offset: ((scenario.page ?? 1) - 1) * 12 }
  return inUserTransaction(sql, claims, (tx) => listCampaigns(tx, filter, page))
}

/**
 * A connection that logs the plan of every statement it runs, those inside
 * functions too. Text plans carry ANALYZE and BUFFERS, for a person to read;
 * JSON plans only the shape, for scansOfPlans. Superuser: auto_explain's
 * settings need it.
 */
export async function planLogger(adminUrl: string, format: 'text' | 'json') {
  const notices: string[] = []
  const sql = postgres(adminUrl, {
    max: 1,
    prepare: false,
    onnotice: (notice) => notices.push(String(notice.message)),
  })
  const analyze = format === 'text' ? 'on' : 'off'
  await sql`load 'auto_explain'`
  await sql`
    select
      set_config('auto_explain.log_min_duration', '0', false),
      set_config('auto_explain.log_format', ${format}, false),
      set_config('auto_explain.log_analyze', ${analyze}, false),
      set_config('auto_explain.log_buffers', ${analyze}, false),
      set_config('auto_explain.log_nested_statements', 'on', false),
      set_config('client_min_messages', 'log', false)
  `
  return {
    /** The plans of one request, in the order the statements ran. */
    async plansOf(scenario: Scenario) {
      notices.length = 0
      const result = await listAsMember(sql, scenario)
      return { total: result.total, plans: notices.filter(isPlan) }
    },
    end: () => sql.end(),
  }
}

/**
 * `npm run bench -- listing`: the campaign list at each scale, every scenario
 * timed in turns with a primary-key lookup by the same member.
 */
export function benchListing(): Promise<BenchRow[]> {
  return withBenchDatabase(async (db) => {
    const rows: BenchRow[] = []
    for (const scale of SCALES) rows.push(...(await measureListing(db, scale)))
    return rows
  })
}

/** Loads `scale` campaigns, then times and inspects every scenario. */
export async function measureListing(
  db: BenchDatabase,
  scale: number,
): Promise<BenchRow[]> {
  const started = performance.now()
  await generateCampaigns(db.admin, scale)
  const inAll = scale + bigCustomerCampaigns(scale)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`  ${count(inAll)} campaigns generated in ${seconds} s`)

  const lookUp = await primaryKeyLookup(db)
  const logger = await planLogger(db.adminUrl, 'json')
  const rows: BenchRow[] = []
  try {
    for (const scenario of scenarios) {
      const { total, plans } = await logger.plansOf(scenario)
      const scans = scansOfPlans(plans)
      const [base, list] = await sampleInTurns(
        [lookUp, () => listAsMember(db.sql, scenario)],
        RUNS,
        WARMUP,
      )
      printScenario(scenario, total, list, base, scans)
      rows.push(rowOf(scale, inAll, scenario, total, list, base, scans))
    }
  } finally {
    await logger.end()
  }
  return rows
}

/** The baseline: the member reads their newest campaign by its id. */
async function primaryKeyLookup(db: BenchDatabase) {
  const [{ id }] = await db.admin<{ id: string }[]>`
    select id from public.campaigns where customer_id = ${BIG_CUSTOMER}
    order by created_at desc limit 1
  `
  const lookUp = () =>
    inUserTransaction(db.sql, claims, (tx) => findCampaign(tx, id))
  if (!(await lookUp())) throw new Error('the member cannot see their campaign')
  return lookUp
}

function rowOf(
  scale: number,
  inAll: number,
  scenario: Scenario,
  total: number,
  list: number[],
  base: number[],
  scans: PlanScans,
): BenchRow {
  const p95 = percentile(list, 95)
  const planVerdict = scans.failing.length
    ? `not index scans only: ${scans.failing.join('; ')}`
    : 'index scans only'
  const atBudgetScale = scale === BUDGET_SCALE
  const timed = atBudgetScale && scenario.budgeted !== false
  const indexOnly = scans.failing.length === 0
  const verdict = !indexOnly
    ? 'over'
    : timed
      ? p95 <= BUDGET_MS
        ? 'within'
        : 'over'
      : 'info'
  return {
    path: 'listing',
    case:
      `${count(inAll)} campaigns, member's ${count(bigCustomerCampaigns(scale))}:` +
      ` ${scenario.label} (${count(total)} found)`,
    figure: `p50 ${ms(percentile(list, 50))}, p95 ${ms(p95)}; ${planVerdict}`,
    baseline:
      `primary-key lookup p50 ${ms(percentile(base, 50))}, ` +
      `p95 ${ms(percentile(base, 95))}`,
    ratio: (p95 / percentile(base, 95)).toFixed(1),
    budget: timed
      ? `p95 ≤ ${BUDGET_MS} ms, index scans only`
      : atBudgetScale
        ? 'index scans only (the time budget is for one status)'
        : `index scans only (time budget at ${count(BUDGET_SCALE + bigCustomerCampaigns(BUDGET_SCALE))})`,
    verdict,
  }
}

function printScenario(
  scenario: Scenario,
  total: number,
  list: number[],
  base: number[],
  scans: PlanScans,
) {
  console.log(
    `  ${scenario.label.padEnd(20)} ${count(total).padStart(8)} found  ` +
      `p50 ${ms(percentile(list, 50))}  p95 ${ms(percentile(list, 95))}  ` +
      `(lookup p95 ${ms(percentile(base, 95))})`,
  )
  for (const scan of scans.all) console.log(`      ${scan}`)
}

const count = (n: number) => n.toLocaleString('en-US')
const ms = (value: number) => `${value.toFixed(1)} ms`
