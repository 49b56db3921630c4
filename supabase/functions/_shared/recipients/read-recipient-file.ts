import type { CountryCode } from 'libphonenumber-js'
import Papa from 'papaparse'
import {
  MAX_RECIPIENT_FILE_BYTES,
  MAX_RECIPIENTS,
  MAX_VARIABLE_VALUE_LENGTH,
} from '../wire/limits.ts'
import { hasNulCharacter } from '../wire/nul-character.ts'
import { decodeRecipientBytes } from './decode-recipient-bytes.ts'
import { detectLayout, unifyLineEndings } from './detect-layout.ts'
import { mapHeaders } from './header-names.ts'
import {
  DAMAGED_TEXT_REASON,
  hasReplacementCharacter,
  NUL_CHARACTER_REASON,
  PreviewRowsBuilder,
  variableTooLongReason,
} from './preview-rows-builder.ts'
import type {
  PreviewNotice,
  RecipientReadFailure,
  RecipientReadResult,
} from './recipient-preview.ts'
import {
  readSeparatorLine,
  separatorLineHint,
  separatorLineMessage,
  unsupportedSeparatorMessage,
} from './separator-line.ts'
import { tooManyRecipients } from './too-many-recipients.ts'

export interface ReadRecipientOptions {
  /** Country for numbers written without `+`; without it they are errors. */
  defaultCountry?: CountryCode
  /**
   * The product's limits (5 MB, 10,000 callable rows) unless given; the
   * benchmark lifts them to measure how reading grows past them.
   */
  limits?: { maxBytes: number; maxRecipients: number }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length !== 0 && cell.trim() !== '') return false
  return true
}

function failure(
  code: RecipientReadFailure['error']['code'],
  message: string,
): RecipientReadFailure {
  return { ok: false, error: { code, message, headers: [] } }
}

const UNCLOSED_QUOTE_REASON =
  'A quote (") in this row is never closed, so the following lines were read ' +
  'into this row. Close the quote or remove it.'

/**
 * Reads a recipient file (CSV or TSV, as bytes) into a preview: which rows
 * will be called, normalised, repeated or refused and why. Files over 5 MB
 * and more than 10,000 callable rows are refused. Pure and DOM-free, so it can
 * run in a Web Worker; the result is plain data (see `RecipientReadResult`).
 */
export function readRecipientFile(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadRecipientOptions = {},
): RecipientReadResult {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const limits = options.limits ?? {
    maxBytes: MAX_RECIPIENT_FILE_BYTES,
    maxRecipients: MAX_RECIPIENTS,
  }
  if (data.byteLength > limits.maxBytes) {
    const megabytes = (data.byteLength / 1024 / 1024).toFixed(1)
    return failure(
      'file_too_large',
      `The file is ${megabytes} MB; files up to 5 MB can be read. Split it into ` +
        'smaller files.',
    )
  }

  const decoded = decodeRecipientBytes(data)
  const notices: PreviewNotice[] = decoded.notice ? [decoded.notice] : []
  const separator = readSeparatorLine(decoded.text)
  if (separator !== null && separator.delimiter === null) {
    return failure(
      'unsupported_separator',
      unsupportedSeparatorMessage(separator.separator),
    )
  }
  const layout = detectLayout(decoded.text)
  const delimiter = separator?.delimiter ?? layout.delimiter
  if (separator !== null) {
    notices.push({
      code: 'separator_line',
      message: separatorLineMessage(delimiter),
    })
  }
  const { text, newline } = unifyLineEndings(
    decoded.text,
    layout.lineEnding ?? 'lf',
    delimiter,
  )

  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  })
  const records = parsed.data
  // The break that ends the last line is not a blank row of its own.
  const last = records[records.length - 1]
  if (last?.length === 1 && last[0] === '') records.pop()

  // The sep= line is record 0, so later rows keep the numbers of their lines.
  let headerIndex = separator === null ? 0 : 1
  while (headerIndex < records.length && isBlank(records[headerIndex])) headerIndex++
  if (headerIndex === records.length) {
    return failure('empty_file', 'The file is empty: it has no header and no rows.')
  }

  const headers = records[headerIndex]
  const mapping = mapHeaders(headers, (column) => {
    for (let i = headerIndex + 1; i < records.length; i++) {
      const cell = records[i][column]
      if (cell !== undefined && cell.trim() !== '') return true
    }
    return false
  })
  if (!mapping.ok) {
    if (separator !== null && mapping.error.code === 'no_phone_column') {
      mapping.error.message += ` ${separatorLineHint(delimiter)}`
    }
    return mapping
  }
  for (const column of mapping.columns) {
    if (column.role !== 'ignored') continue
    notices.push({
      code: 'blank_header_ignored',
      message: `Column ${column.index + 1} has no header and no values; it is ignored.`,
    })
  }

  const unclosed = new Set<number>()
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined) unclosed.add(error.row)
  }

  const width = headers.length
  const phoneIndex = mapping.phoneIndex
  const variableColumns = mapping.columns.filter((c) => c.role === 'variable')
  const variableIndexes = variableColumns.map((c) => c.index)
  const variableNames = variableColumns.map((c) => c.name as string)
  const mayBeDamaged = text.includes('\uFFFD')
  const builder = new PreviewRowsBuilder(options.defaultCountry)

  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]
    if (isBlank(cells)) {
      builder.addBlank()
      continue
    }

    const row = i + 1
    // fromEntries defines own properties, so no name can reach a prototype.
    const variables: Record<string, string> = Object.fromEntries(
      variableNames.map((name, v) => [name, cells[variableIndexes[v]] ?? '']),
    )
    const original = cells[phoneIndex] ?? ''
    const tooLong = variableTooLongReason(variables, MAX_VARIABLE_VALUE_LENGTH)

    if (unclosed.has(i)) {
      builder.addError(row, original, UNCLOSED_QUOTE_REASON, variables)
    } else if (cells.length !== width && !extraCellsAreEmpty(cells, width)) {
      const reason =
        `This row has ${cells.length} values but the header has ${width} ` +
        'columns. Check for a missing value or an unquoted ' +
        `${delimiter === '\t' ? 'tab' : delimiter} inside a value.`
      builder.addError(row, original, reason, variables)
    } else if (mayBeDamaged && hasReplacementCharacter(cells)) {
      builder.addError(row, original, DAMAGED_TEXT_REASON, variables)
    } else if (cells.some(hasNulCharacter)) {
      builder.addError(row, original, NUL_CHARACTER_REASON, variables)
    } else if (tooLong) {
      builder.addError(row, original, tooLong, variables)
    } else {
      builder.addRecipient(row, original, variables)
    }
  }

  if (builder.counts.callable > limits.maxRecipients) {
    return tooManyRecipients(builder.counts.callable)
  }

  return {
    ok: true,
    source: 'file',
    encoding: decoded.encoding,
    delimiter,
    lineEnding: layout.lineEnding,
    notices,
    columns: mapping.columns,
    phoneColumn: { index: phoneIndex, header: headers[phoneIndex] },
    variableNames,
    rows: builder.rows,
    recipients: builder.recipients,
    counts: builder.counts,
  }
}

// Trailing delimiters (`a,b,,`) add empty cells that change nothing.
function extraCellsAreEmpty(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') return false
  return true
}
