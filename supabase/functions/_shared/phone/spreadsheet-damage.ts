/**
 * What a spreadsheet did to a phone cell before it reached us: either damage
 * that lost digits or the `+` (an error to explain), or a harmless wrapper that
 * only needs taking off (`'+1…` and `="+1…"`).
 */
export type SpreadsheetDamage =
  | { kind: 'wrapper'; text: string; note: string }
  | { kind: 'damage'; code: SpreadsheetDamageCode; message: string }

export type SpreadsheetDamageCode = 'scientific_notation' | 'decimal_number'

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i
const DECIMAL_ZERO = /^\+?\d+[.,]0+$/
const FORMULA = /^="(.*)"$/

/** Returns null when the text shows no sign of spreadsheet handling. */
export function findSpreadsheetDamage(text: string): SpreadsheetDamage | null {
  const first = text.charCodeAt(0)

  if (first === 39 /* ' */) {
    return {
      kind: 'wrapper',
      text: text.slice(1).trim(),
      note: "Removed the leading ' that spreadsheets add to keep a number as text.",
    }
  }

  if (first === 61 /* = */) {
    const match = FORMULA.exec(text)
    if (match) {
      return {
        kind: 'wrapper',
        text: match[1].trim(),
        note: 'Removed the ="…" wrapping that some spreadsheet exports add.',
      }
    }
    return null
  }

  if (SCIENTIFIC.test(text)) {
    return {
      kind: 'damage',
      code: 'scientific_notation',
      message:
        `${text} is in scientific notation: the spreadsheet rounded the number ` +
        'and its last digits are lost. Format the column as text, type the ' +
        'number again with + and the country code, and upload the file again.',
    }
  }

  if (DECIMAL_ZERO.test(text)) {
    return {
      kind: 'damage',
      code: 'decimal_number',
      message:
        `${text} was saved by a spreadsheet as a decimal number, which drops ` +
        'the + and any leading zeros. Format the column as text, type the ' +
        'number with + and the country code, and upload the file again.',
    }
  }

  return null
}
