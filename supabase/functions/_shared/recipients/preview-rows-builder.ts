import type { CountryCode } from 'libphonenumber-js'
import { normalisePhoneNumber } from '../phone/normalise-phone-number.ts'
import type { RecipientInput } from '../wire/create-campaign-body.ts'
import type { PreviewCounts, PreviewRow } from './recipient-preview.ts'

const REPLACEMENT_CHARACTER = '\uFFFD'

/**
 * Collects preview rows one at a time: normalises the number, spots repeats
 * of an earlier row, and keeps the counts. Shared by file and typed input.
 */
export class PreviewRowsBuilder {
  readonly rows: PreviewRow[] = []
  readonly recipients: RecipientInput[] = []
  readonly counts: PreviewCounts = {
    rows: 0,
    callable: 0,
    normalised: 0,
    duplicates: 0,
    errors: 0,
    blank: 0,
  }
  private readonly firstRowOf = new Map<string, number>()
  private readonly phoneOptions: { defaultCountry?: CountryCode }

  constructor(defaultCountry: CountryCode | undefined) {
    this.phoneOptions = defaultCountry === undefined ? {} : { defaultCountry }
  }

  addBlank(): void {
    this.counts.blank++
  }

  addError(
    row: number,
    original: string,
    reason: string,
    variables: Record<string, string>,
  ): void {
    this.counts.rows++
    this.counts.errors++
    this.rows.push({
      row,
      status: 'error',
      original,
      phoneNumber: null,
      reason,
      duplicateOfRow: null,
      defaultCountryApplied: false,
      variables,
    })
  }

  addRecipient(
    row: number,
    original: string,
    variables: Record<string, string>,
  ): void {
    const result = normalisePhoneNumber(original, this.phoneOptions)
    if (!result.ok) {
      this.addError(row, original, result.message, variables)
      return
    }

    this.counts.rows++
    const phoneNumber = result.e164
    const firstRow = this.firstRowOf.get(phoneNumber)
    if (firstRow !== undefined) {
      this.counts.duplicates++
      this.rows.push({
        row,
        status: 'duplicate',
        original,
        phoneNumber,
        reason: `Same number as row ${firstRow}; it is called once.`,
        duplicateOfRow: firstRow,
        defaultCountryApplied: result.defaultCountryApplied,
        variables,
      })
      return
    }
    this.firstRowOf.set(phoneNumber, row)

    let reason: string | null = null
    if (result.changed) {
      this.counts.normalised++
      const country = result.defaultCountryApplied
        ? `Country code added for ${this.phoneOptions.defaultCountry}.`
        : null
      reason = [result.note, country].filter(Boolean).join(' ')
      if (reason === '') reason = 'Spaces and punctuation removed.'
    }
    this.counts.callable++
    this.rows.push({
      row,
      status: result.changed ? 'normalised' : 'ok',
      original,
      phoneNumber,
      reason,
      duplicateOfRow: null,
      defaultCountryApplied: result.defaultCountryApplied,
      variables,
    })
    this.recipients.push({ phone_number: phoneNumber, variables })
  }
}

/** True when any cell holds U+FFFD, the mark of text damaged before it reached us. */
export function hasReplacementCharacter(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.includes(REPLACEMENT_CHARACTER)) return true
  return false
}

/** The reason for a row whose variable is longer than the API takes. */
export function variableTooLongReason(
  variables: Record<string, string>,
  maxLength: number,
): string | null {
  for (const [name, value] of Object.entries(variables)) {
    if ([...value].length <= maxLength) continue
    return (
      `The value of ${name} is longer than ${maxLength.toLocaleString('en-US')} ` +
      'characters. Shorten it.'
    )
  }
  return null
}

export const NUL_CHARACTER_REASON =
  'This row contains an invisible NUL character (U+0000), which cannot be ' +
  'stored. Remove it from the file (a text editor shows it) and upload again.'

export const DAMAGED_TEXT_REASON =
  'This row contains the character �, which means the file was damaged ' +
  'when it was saved. Save it again as "CSV UTF-8" and upload it again.'
