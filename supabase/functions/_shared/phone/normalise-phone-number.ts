import type { CountryCode } from 'libphonenumber-js'
import { ParseError, parsePhoneNumberWithError } from 'libphonenumber-js'
import { toAsciiDigits } from './ascii-digits.ts'
import type { SpreadsheetDamageCode } from './spreadsheet-damage.ts'
import { findSpreadsheetDamage } from './spreadsheet-damage.ts'
import { readTelUri } from './tel-uri.ts'

export type PhoneErrorCode =
  | SpreadsheetDamageCode
  | 'empty'
  | 'missing_country_code'
  | 'extension'
  | 'invalid_characters'
  | 'unknown_country_code'
  | 'too_short'
  | 'too_long'
  | 'invalid_number'

export type PhoneResult =
  | {
      ok: true
      /** The number in E.164, e.g. `+12025550156`. */
      e164: string
      /** True when `e164` differs from the text as given. */
      changed: boolean
      /** True when the number had no `+` and the default country was applied. */
      defaultCountryApplied: boolean
      /** Why the text was changed beyond removing formatting, if it was. */
      note?: string
    }
  | { ok: false; code: PhoneErrorCode; message: string }

export interface PhoneOptions {
  /** Country for numbers typed without `+`; without it such numbers are errors. */
  defaultCountry?: CountryCode
}

const STRICT_E164 = /^\+[1-9]\d{1,14}$/
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/

const ASCII_DIGITS_NOTE =
  'Changed full-width or non-Latin digits and symbols to plain 0–9 and +.'

const ADD_COUNTRY_CODE =
  'Add + and the country code in front, for example +1 for the US or +44 ' +
  'for the UK.'

function failure(code: PhoneErrorCode, message: string): PhoneResult {
  return { ok: false, code, message }
}

function joinNotes(earlier: string | undefined, note: string): string {
  return earlier === undefined ? note : `${earlier} ${note}`
}

function extensionFailure(ext: string): PhoneResult {
  return failure(
    'extension',
    `The number has an extension (${ext}), which cannot be dialled. ` +
      'Remove the extension.',
  )
}

function parseErrorResult(error: unknown): PhoneResult {
  const reason = error instanceof ParseError ? error.message : ''
  switch (reason) {
    case 'INVALID_COUNTRY':
      return failure('unknown_country_code', 'The country code is not one we know.')
    case 'TOO_SHORT':
      return failure('too_short', 'The number is too short to be a phone number.')
    case 'TOO_LONG':
      return failure('too_long', 'The number is too long to be a phone number.')
    default:
      return failure('invalid_characters', 'This is not a phone number.')
  }
}

/**
 * Turns a phone number as people type it into E.164, or explains why it cannot
 * be dialled. Formatting (spaces, dashes, dots, brackets, `(0)`), a `tel:`
 * in front and full-width or non-Latin digits are undone; extensions, missing
 * country codes and spreadsheet damage are errors.
 */
export function normalisePhoneNumber(
  text: string,
  options: PhoneOptions = {},
): PhoneResult {
  let candidate = text.trim()
  let note: string | undefined

  if (candidate === '') return failure('empty', 'The phone number is empty.')

  const ascii = toAsciiDigits(candidate)
  if (ascii !== null) {
    candidate = ascii
    note = ASCII_DIGITS_NOTE
  }

  const strict = STRICT_E164.test(candidate)
  if (!strict) {
    const damage = findSpreadsheetDamage(candidate)
    if (damage?.kind === 'damage') return failure(damage.code, damage.message)
    if (damage?.kind === 'wrapper') {
      candidate = damage.text
      note = joinNotes(note, damage.note)
    }

    const tel = readTelUri(candidate)
    if (tel?.kind === 'extension') return extensionFailure(tel.ext)
    if (tel?.kind === 'parameter') return failure('invalid_characters', tel.message)
    if (tel?.kind === 'number') {
      if (tel.text === '') return failure('empty', 'The tel: link has no number.')
      candidate = tel.text
      note = joinNotes(note, tel.note)
    }
  }

  const hasPlus = candidate.charCodeAt(0) === 43 /* + */
  if (!hasPlus && options.defaultCountry === undefined) {
    const hint = candidate.startsWith('00')
      ? 'Replace the leading 00 with +.'
      : ADD_COUNTRY_CODE
    return failure('missing_country_code', `The number has no country code. ${hint}`)
  }

  let parsed: ReturnType<typeof parsePhoneNumberWithError>
  try {
    parsed = hasPlus
      ? parsePhoneNumberWithError(candidate)
      : parsePhoneNumberWithError(candidate, {
          defaultCountry: options.defaultCountry,
        })
  } catch (error) {
    return parseErrorResult(error)
  }

  if (parsed.ext !== undefined) return extensionFailure(parsed.ext)

  if (!strict && !PHONE_CHARACTERS.test(candidate)) {
    return failure(
      'invalid_characters',
      'The number contains letters or symbols; use only digits, +, spaces, ' +
        'dashes, dots and brackets.',
    )
  }

  if (!parsed.isValid()) {
    return failure(
      'invalid_number',
      'This is not a valid phone number: check the digits and the country code.',
    )
  }

  const e164 = parsed.number
  const result: PhoneResult = {
    ok: true,
    e164,
    changed: e164 !== text,
    defaultCountryApplied: !hasPlus,
  }
  if (note !== undefined) result.note = note
  return result
}
