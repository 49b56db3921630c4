import { parsePhoneNumberFromString } from 'libphonenumber-js'
import Papa from 'papaparse'
import { readRecipientFile } from '../supabase/functions/_shared/recipients/read-recipient-file.ts'
import { type BenchRow, median, sampleInTurns } from './machine.ts'

const NO_LIMITS = {
  maxBytes: Number.POSITIVE_INFINITY,
  maxRecipients: Number.POSITIVE_INFINITY,
}

/** A CSV of `rows` recipients × 6 columns; 5 % of the numbers are bad. */
export function generateRecipientCsv(rows: number): Uint8Array {
  const lines = [
    'phone_number,first_name,last_name,account_id,appointment,balance_due',
  ]
  for (let i = 0; i < rows; i++) {
    const bad = i % 20 === 7
    const digits = String(2_000_000 + i).padStart(7, '0')
    const phone = bad
      ? `555-${digits.slice(0, 3)}`
      : i % 3 === 0
        ? `+1 (212) ${digits.slice(0, 3)}-${digits.slice(3)}`
        : `+1212${digits}`
    lines.push(
      `${phone},Name${i},"Family, ${i}",ACC${String(i).padStart(6, '0')},2026-12-${(i % 28) + 1} 10:30,"${i % 100},50"`,
    )
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)
}

function bareBaseline(bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes)
  const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false })
  let valid = 0
  for (let i = 1; i < parsed.data.length; i++) {
    const phone = parsePhoneNumberFromString(parsed.data[i][0] ?? '')
    if (phone?.isValid()) valid++
  }
  return valid
}

function papaOnly(bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes)
  return Papa.parse<string[]>(text, { header: false, dynamicTyping: false }).data
    .length
}

export async function benchReadRecipientFile(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  let perRowAt1k = 0
  for (const size of [1_000, 10_000, 100_000]) {
    const bytes = generateRecipientCsv(size)
    const runs = size >= 100_000 ? 5 : 15
    const [ours, bare, papa] = (
      await sampleInTurns(
        [
          () => readRecipientFile(bytes, { limits: NO_LIMITS }),
          () => bareBaseline(bytes),
          () => papaOnly(bytes),
        ],
        runs,
      )
    ).map(median)
    const ratio = ours / bare
    if (size === 1_000) perRowAt1k = ours / size
    const growth = ours / size / perRowAt1k
    rows.push({
      path: 'reading a recipient file',
      case: `${size.toLocaleString('en-US')} rows × 6 (${(bytes.byteLength / 1e6).toFixed(1)} MB)`,
      figure: `${ours.toFixed(1)} ms (${growth.toFixed(2)}× the per-row time at 1,000)`,
      baseline: `papaparse + libphonenumber ${bare.toFixed(1)} ms; papaparse alone ${papa.toFixed(1)} ms`,
      ratio: ratio.toFixed(2),
      budget: size === 10_000 ? '≤ 1.3' : 'linear',
      verdict: size === 10_000 ? (ratio <= 1.3 ? 'within' : 'over') : 'info',
    })
  }
  return rows
}
