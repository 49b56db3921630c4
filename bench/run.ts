import { writeFile } from 'node:fs/promises'
import { benchAppLoading } from './app-loading.bench.ts'
import { type BenchRow, describeMachine } from './machine.ts'
import { benchReadRecipientFile } from './read-recipient-file.bench.ts'
import { benchSync } from './sync.bench.ts'

/**
 * `npm run bench`: each hot path beside a baseline measured in the same run,
 * printed and written to bench/results.md. Benchmarks never fail the build.
 */
const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['reading a recipient file', benchReadRecipientFile],
  ['sync pass', benchSync],
  ['loading the app', benchAppLoading],
]

const only = process.argv[2]
const rows: BenchRow[] = []
for (const [name, run] of suites) {
  if (only && !name.includes(only)) continue
  console.log(`… ${name}`)
  rows.push(...(await run()))
}

const header = [
  'hot path',
  'case',
  'figure',
  'baseline (same run)',
  'ratio',
  'budget',
  '',
]
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString()} on ${describeMachine()}.`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map(
    (r) =>
      `| ${r.path} | ${r.case} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.budget} | ${r.verdict} |`,
  ),
  '',
]
await writeFile(new URL('./results.md', import.meta.url), lines.join('\n'))
console.table(rows)
