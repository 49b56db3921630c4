import type { RecipientRow } from './db/recipient-queries.ts'

const FIXED_COLUMNS = ['phone_number', 'status', 'conversation_id', 'updated_at']

// Spreadsheets run a cell starting with these as a formula; a leading
// apostrophe makes them show it as text instead.
const FORMULA_START = /^[=+\-@]/

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
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
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) {
    const cells = [
      row.phone_number,
      row.status,
      row.conversation_id ?? '',
      row.updated_at.toISOString(),
      ...names.map((name) =>
        name in row.variables ? String(row.variables[name]) : '',
      ),
    ]
    lines.push(cells.map(csvCell).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
