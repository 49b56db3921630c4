const NON_ASCII = /[\u0080-\uffff]/
const DECIMAL_DIGIT = /^\p{Nd}$/u

// Full-width punctuation that a phone number may hold; full-width digits are
// decimal digits and handled with every other script's.
const FULL_WIDTH: Record<string, string> = {
  '\uff0b': '+',
  '\uff08': '(',
  '\uff09': ')',
  '\uff0d': '-',
  '\uff0e': '.',
  '\uff0f': '/',
}

function isDecimalDigit(codePoint: number): boolean {
  return DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))
}

// Unicode assigns decimal digits only in runs of ten, 0 to 9, so a digit's
// value is its distance from the start of its run, modulo ten.
function digitValue(codePoint: number): number {
  let start = codePoint
  while (isDecimalDigit(start - 1)) start--
  return (codePoint - start) % 10
}

/**
 * The text with full-width `+ ( ) - . /` and the decimal digits of any script
 * (full-width `１`, Arabic-Indic `١`, Devanagari `१`, …) written as ASCII, or
 * null when there is nothing to change. Everything else is left as it is:
 * unlike NFKC, this does not turn `²`, `①` or `℡` into digits or letters.
 */
export function toAsciiDigits(text: string): string | null {
  if (!NON_ASCII.test(text)) return null

  let result = ''
  let changed = false
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number
    const punctuation = FULL_WIDTH[character]
    if (punctuation !== undefined) {
      result += punctuation
      changed = true
    } else if (codePoint > 127 && isDecimalDigit(codePoint)) {
      result += String(digitValue(codePoint))
      changed = true
    } else {
      result += character
    }
  }
  return changed ? result : null
}
