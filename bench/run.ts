import { readFile, writeFile } from 'node:fs/promises'
import { benchAppLoading } from './app-loading.bench.ts'
import { benchListing } from './list-query.bench.ts'
import { type BenchRow, describeMachine } from './machine.ts'
import { benchReadRecipientFile } from './read-recipient-file.bench.ts'
import { benchSubmit } from './submit.bench.ts'
import { benchSync } from './sync.bench.ts'

/**
 * `npm run bench`: each hot path beside a baseline measured in the same run,
 * printed and written to bench/results.md. Benchmarks never fail the build.
 */
const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['reading a recipient file', benchReadRecipientFile],
  ['submitting', benchSubmit],
  ['sync pass', benchSync],
  ['loading the app', benchAppLoading],
  ['listing', benchListing],
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
const resultsFile = new URL('./results.md', import.meta.url)
const measured = new Date().toISOString()
const fresh = rows.map(
  (r) =>
    `| ${r.path} | ${r.case} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.budget} | ${r.verdict} | ${measured} |`,
)
// A partial run (`npm run bench -- <name>`) replaces only its own rows: by
// path and case, since one suite may report on another's path.
const rowKey = (line: string) => line.split(' | ').slice(0, 2).join(' | ')
const ranRows = new Set(fresh.map(rowKey))
const kept = only
  ? (await readFile(resultsFile, 'utf8').catch(() => ''))
      .split('\n')
      .filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| hot path'))
      .filter((line) => !ranRows.has(rowKey(line)))
  : []
const lines = [
  '# Benchmark results',
  '',
  `Machine: ${describeMachine()}. Each figure has a baseline measured in the`,
  'same run; the ratio is what to compare across runs on this shared machine.',
  '',
  `| ${header.join(' | ')} | measured |`,
  `| ${header.map(() => '---').join(' | ')} | --- |`,
  ...kept,
  ...fresh,
  '',
]
await writeFile(resultsFile, lines.join('\n'))
console.table(rows)
