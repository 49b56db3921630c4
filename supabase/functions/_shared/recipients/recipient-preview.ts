import type { RecipientInput } from '../wire/create-campaign-body.ts'

/**
 * What reading a recipient file (or typed numbers) produces. Plain data only
 * (objects, arrays, strings, numbers, booleans, null), so it can cross from a
 * Web Worker with postMessage.
 */
export type RecipientReadResult = RecipientPreview | RecipientReadFailure

export type RecipientFileEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'

export type Delimiter = ',' | ';' | '\t'

export type LineEnding = 'crlf' | 'lf' | 'cr'

export type RowStatus = 'ok' | 'normalised' | 'duplicate' | 'error'

export interface PreviewRow {
  /**
   * As a spreadsheet numbers it (a multi-line cell counts once, a `sep=` line
   * is row 1); for typed numbers, the line.
   */
  row: number
  status: RowStatus
  /** The phone cell exactly as written. */
  original: string
  /** E.164, for `ok`, `normalised` and `duplicate` rows; otherwise null. */
  phoneNumber: string | null
  /** For a person: what was changed, which row it repeats, or what is wrong. */
  reason: string | null
  duplicateOfRow: number | null
  defaultCountryApplied: boolean
  /** Variable name → the cell's text, unchanged. */
  variables: Record<string, string>
}

export interface ColumnMapping {
  /** Zero-based position in the file. */
  index: number
  /** The header exactly as written. */
  header: string
  /** `phone_number` for the phone column, the variable name sent, or null if ignored. */
  name: string | null
  role: 'phone_number' | 'variable' | 'ignored'
}

export interface PreviewNotice {
  code:
    | 'encoding_fallback'
    | 'utf16_without_bom'
    | 'separator_line'
    | 'blank_header_ignored'
  message: string
}

export interface PreviewCounts {
  /** Rows read, blanks not included. */
  rows: number
  /** Rows that will be called: `ok` plus `normalised`. */
  callable: number
  normalised: number
  duplicates: number
  errors: number
  /** Blank, whitespace-only and separator-only rows dropped. */
  blank: number
}

export interface RecipientPreview {
  ok: true
  source: 'file' | 'typed'
  encoding: RecipientFileEncoding | null
  delimiter: Delimiter | null
  lineEnding: LineEnding | null
  notices: PreviewNotice[]
  columns: ColumnMapping[]
  phoneColumn: { index: number; header: string } | null
  variableNames: string[]
  rows: PreviewRow[]
  /** The callable rows, in file order, ready for the create body. */
  recipients: RecipientInput[]
  counts: PreviewCounts
}

export type RecipientReadErrorCode =
  | 'file_too_large'
  | 'empty_file'
  | 'unsupported_separator'
  | 'no_phone_column'
  | 'several_phone_columns'
  | 'invalid_header'
  | 'too_many_recipients'

export interface RecipientReadFailure {
  ok: false
  error: {
    code: RecipientReadErrorCode
    message: string
    /** The header at fault, or all headers found when none is the phone column. */
    headers: string[]
  }
}
