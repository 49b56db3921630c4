// `npx tsx bench/list-query.ts`: the listing suite of `npm run bench` at a
// million campaigns only, then the full plans (EXPLAIN ANALYZE, BUFFERS) of
// every statement two scenarios run, those inside functions too.
import {
  BUDGET_SCALE,
  measureListing,
  planLogger,
  scenarios,
} from './list-query.bench.ts'
import { withBenchDatabase } from './list-query-data.ts'

const EXPLAINED = ['name + status', 'status only']

await withBenchDatabase(async (db) => {
  const rows = await measureListing(db, BUDGET_SCALE)
  console.table(rows)

  const logger = await planLogger(db.adminUrl, 'text')
  try {
    for (const scenario of scenarios.filter((s) => EXPLAINED.includes(s.label))) {
      const { plans } = await logger.plansOf(scenario)
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) for "${scenario.label}":`)
      for (const plan of plans) console.log(`\n${plan}`)
    }
  } finally {
    await logger.end()
  }
})
