/**
 * A number written as a tel: link (RFC 3966), as web pages and some CRM
 * exports give them: `tel:+1-202-555-0156`, `TEL:+12025550156;ext=12`.
 */
export type TelUri =
  | { kind: 'number'; text: string; note: string }
  | { kind: 'extension'; ext: string }
  | { kind: 'parameter'; message: string }

const TEL_SCHEME = /^tel:/i
const LOWER_T = 116
const UPPER_T = 84
const GLOBAL_PREFIX = /^\+\d[\d\-.()]*$/

/** Returns null when the text is not a tel: link. */
export function readTelUri(text: string): TelUri | null {
  const first = text.charCodeAt(0)
  if (first !== LOWER_T && first !== UPPER_T) return null
  if (!TEL_SCHEME.test(text)) return null

  const [number, ...parameters] = text.slice(4).split(';')
  let context: string | null = null

  for (const parameter of parameters) {
    const equals = parameter.indexOf('=')
    const name = (equals === -1 ? parameter : parameter.slice(0, equals))
      .trim()
      .toLowerCase()
    const value = equals === -1 ? '' : parameter.slice(equals + 1).trim()

    if (name === '') continue
    if (name === 'ext') {
      if (value !== '') return { kind: 'extension', ext: value }
      continue
    }
    if (name === 'phone-context') {
      context = value
      continue
    }
    return {
      kind: 'parameter',
      message:
        `The tel: link has ";${parameter.trim()}" after the number, which ` +
        'cannot be dialled. Keep only the number.',
    }
  }

  const local = number.trim()
  // A local number takes its country code from a phone-context like +1; a
  // domain name as context says nothing about the country.
  if (context !== null && !local.startsWith('+') && GLOBAL_PREFIX.test(context)) {
    return {
      kind: 'number',
      text: context + local,
      note:
        'Removed the tel: that phone links start with and put its ' +
        `phone-context ${context} in front.`,
    }
  }
  return {
    kind: 'number',
    text: local,
    note: 'Removed the tel: that phone links start with.',
  }
}
