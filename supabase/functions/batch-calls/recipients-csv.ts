import type { RecipientRow } from './db/recipient-queries.ts'

const FIXED_COLUMNS = ['phone_number', 'status', 'conversation_id', 'updated_at']

// Spreadsheets run a cell starting with these as a formula (a leading tab or
// carriage return is skipped first); an apostrophe makes them show text.
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV cell, quoted when it holds a comma, quote or line break. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A cell whose text came from a person: guarded so it cannot run as a formula. */
export function csvTextCell(text: string): string {
  return csvCell(FORMULA_START.test(text) ? `'${text}` : text)
}

function variableCell(variables: RecipientRow['variables'], name: string) {
  if (!Object.hasOwn(variables, name)) return ''
  const value = variables[name]
  // Numbers and booleans are ours to print; `-5` is a number, not a formula.
  return typeof value === 'string' ? csvTextCell(value) : csvCell(String(value))
}

/**
 * All recipients as CSV: the fixed columns, then one per variable name in
 * alphabetical order (jsonb keeps no order of its own).
 */
export function recipientsCsv(rows: RecipientRow[]): string {
  const variableNames = new Set<string>()
  for (const row of rows) {
    for (const name of Object.keys(row.variables)) variableNames.add(name)
  }
  const names = [...variableNames].sort()
  const header = [...FIXED_COLUMNS, ...names]
  const lines = [header.map(csvTextCell).join(',')]
  for (const row of rows) {
    const cells = [
      csvCell(row.phone_number),
      csvCell(row.status),
      csvCell(row.conversation_id ?? ''),
      csvCell(row.updated_at.toISOString()),
      ...names.map((name) => variableCell(row.variables, name)),
    ]
    lines.push(cells.join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
