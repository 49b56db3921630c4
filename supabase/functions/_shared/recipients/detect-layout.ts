import type { Delimiter, LineEnding } from './recipient-preview.ts'

export interface TextLayout {
  delimiter: Delimiter
  lineEnding: LineEnding | null
}

const QUOTE = 34
const CR = 13
const LF = 10
const COMMA = 44
const SEMICOLON = 59
const TAB = 9

/**
 * Reads the delimiter from the header line (the first line with content),
 * counting `,`, `;` and tab outside quotes, and the line ending from the first
 * line break outside quotes. Ties go to comma, then semicolon.
 */
export function detectLayout(text: string): TextLayout {
  let comma = 0
  let semicolon = 0
  let tab = 0
  let inQuotes = false
  let atFieldStart = true
  let seenContent = false

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)

    if (inQuotes) {
      if (code !== QUOTE) continue
      if (text.charCodeAt(i + 1) === QUOTE) i++
      else inQuotes = false
      continue
    }

    if (code === CR || code === LF) {
      if (seenContent) {
        const lineEnding: LineEnding =
          code === LF ? 'lf' : text.charCodeAt(i + 1) === LF ? 'crlf' : 'cr'
        return { delimiter: pickDelimiter(comma, semicolon, tab), lineEnding }
      }
      atFieldStart = true
      continue
    }

    if (code === QUOTE && atFieldStart) {
      inQuotes = true
      seenContent = true
      continue
    }

    atFieldStart = code === COMMA || code === SEMICOLON || code === TAB
    if (code === COMMA) comma++
    else if (code === SEMICOLON) semicolon++
    else if (code === TAB) tab++
    if (code > 32) seenContent = true
  }

  return { delimiter: pickDelimiter(comma, semicolon, tab), lineEnding: null }
}

function pickDelimiter(comma: number, semicolon: number, tab: number): Delimiter {
  if (comma >= semicolon && comma >= tab) return ','
  return semicolon >= tab ? ';' : '\t'
}

const STRAY_BREAK: Record<LineEnding, RegExp> = {
  crlf: /\r(?!\n)|(?<!\r)\n/,
  lf: /\r/,
  cr: /\n/,
}

/**
 * When other line breaks than `lineEnding` appear anywhere (inside quotes is
 * fine, outside is not), rewrites the breaks outside quotes to LF and keeps
 * quoted text byte for byte. Returns the text to parse and its line ending.
 */
export function unifyLineEndings(
  text: string,
  lineEnding: LineEnding,
  delimiter: Delimiter,
): { text: string; newline: '\r\n' | '\n' | '\r' } {
  const newline = lineEnding === 'crlf' ? '\r\n' : lineEnding === 'lf' ? '\n' : '\r'
  if (!STRAY_BREAK[lineEnding].test(text)) return { text, newline }

  const delimiterCode = delimiter.charCodeAt(0)
  const parts: string[] = []
  let from = 0
  let inQuotes = false
  let atFieldStart = true

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inQuotes) {
      if (code !== QUOTE) continue
      if (text.charCodeAt(i + 1) === QUOTE) i++
      else inQuotes = false
      continue
    }
    if (code === CR) {
      parts.push(text.slice(from, i), '\n')
      if (text.charCodeAt(i + 1) === LF) i++
      from = i + 1
      atFieldStart = true
      continue
    }
    if (code === LF) {
      parts.push(text.slice(from, i), '\n')
      from = i + 1
      atFieldStart = true
      continue
    }
    if (code === QUOTE && atFieldStart) inQuotes = true
    atFieldStart = code === delimiterCode
  }
  parts.push(text.slice(from))
  return { text: parts.join(''), newline: '\n' }
}
