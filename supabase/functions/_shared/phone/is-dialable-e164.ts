import { parsePhoneNumberFromString } from 'libphonenumber-js'

const STRICT_E164 = /^\+[1-9]\d{1,14}$/

/**
 * The server-side check: the text is already exactly E.164 (no formatting),
 * a valid number for its country, and has no extension.
 */
export function isDialableE164(text: string): boolean {
  if (!STRICT_E164.test(text)) return false

  const parsed = parsePhoneNumberFromString(text)
  if (parsed === undefined || parsed.ext !== undefined) return false

  return parsed.number === text && parsed.isValid()
}
