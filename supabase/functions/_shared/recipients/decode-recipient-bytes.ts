import { decodeWindows1252 } from './decode-windows-1252.ts'
import type { PreviewNotice, RecipientFileEncoding } from './recipient-preview.ts'

export interface DecodedText {
  text: string
  encoding: RecipientFileEncoding
  notice: PreviewNotice | null
}

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const FALLBACK_NOTICE: PreviewNotice = {
  code: 'encoding_fallback',
  message:
    'The file is not UTF-8, so it was read as Windows-1252 (Western European). ' +
    'If names look wrong, save it as "CSV UTF-8" and upload it again.',
}

// Without a BOM, UTF-16 text of Latin letters has a zero in every other byte.
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) {
    return 'utf-16le'
  }
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) {
    return 'utf-16be'
  }
  return null
}

/**
 * Text from the file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * otherwise Windows-1252 with a notice. Never yields U+FFFD for bad bytes.
 */
export function decodeRecipientBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes

  if (b0 === 0xff && b1 === 0xfe) {
    const text = decode('utf-16le', bytes)
    if (text !== null) return { text, encoding: 'utf-16le', notice: null }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = decode('utf-16be', bytes)
    if (text !== null) return { text, encoding: 'utf-16be', notice: null }
  }

  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf
  const guess = bom ? null : guessUtf16(bytes)
  const utf16 = guess === null ? null : decode(guess, bytes)
  if (guess !== null && utf16 !== null) {
    const notice: PreviewNotice = {
      code: 'utf16_without_bom',
      message:
        `The file looks like ${guess.toUpperCase()} without a byte-order ` +
        'mark and was read as such.',
    }
    return { text: utf16, encoding: guess, notice }
  }

  const utf8 = decode('utf-8', bytes)
  if (utf8 !== null) {
    return { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8', notice: null }
  }

  const start = bom ? 3 : 0
  const text = decodeWindows1252(bytes.subarray(start))
  return { text, encoding: 'windows-1252', notice: FALLBACK_NOTICE }
}
