import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from './decode-windows-1252.ts'

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F range to the Windows-1252 characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x94, 0x99, 0x8a]))).toBe(
      '€“”™Š',
    )
  })

  it('maps Latin-1 bytes to the same code point', () => {
    expect(decodeWindows1252(Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0xff]))).toBe(
      'Renéÿ',
    )
  })

  it('never produces a replacement character, whatever the bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const text = decodeWindows1252(all)
    expect(text).toHaveLength(256)
    expect(text).not.toContain('\uFFFD')
  })

  it('decodes texts larger than one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0xe9)
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(20_000))
  })
})
