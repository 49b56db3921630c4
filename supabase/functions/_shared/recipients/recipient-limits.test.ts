import { describe, expect, it } from 'vitest'
import { readRecipientFile } from './read-recipient-file.ts'
import { readTypedNumbers } from './read-typed-numbers.ts'

function numbersFile(count: number, extraRows = ''): Uint8Array {
  const lines = ['phone_number,n']
  for (let i = 0; i < count; i++) lines.push(`+1202${String(5550000 + i)},${i}`)
  return new TextEncoder().encode(`${lines.join('\n')}\n${extraRows}`)
}

describe('recipient limits', () => {
  it('accepts exactly 10,000 callable rows', () => {
    expect(readRecipientFile(numbersFile(10_000))).toMatchObject({
      ok: true,
      counts: { callable: 10_000 },
    })
  })

  it('refuses 10,001 callable rows', () => {
    const result = readRecipientFile(numbersFile(10_001))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too_many_recipients' },
    })
    expect(result.ok || result.error.message).toContain('10,001')
  })

  it('counts only callable rows: errors, duplicates and blanks do not count', () => {
    const extra = 'not a number,x\n+12025550000,dup\n,\n\n'
    expect(readRecipientFile(numbersFile(10_000, extra))).toMatchObject({
      ok: true,
      counts: { callable: 10_000, errors: 1, duplicates: 1, blank: 2 },
    })
  })

  it('refuses a file over 5 MB before reading it', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1)
    const result = readRecipientFile(bytes)
    expect(result).toMatchObject({ ok: false, error: { code: 'file_too_large' } })
    expect(result.ok || result.error.message).toContain('5.0 MB')
  })

  it('reads a file of exactly 5 MB', () => {
    const header = new TextEncoder().encode('phone_number\n+12025550143\n')
    const bytes = new Uint8Array(5 * 1024 * 1024).fill(0x20)
    bytes.set(header)
    expect(readRecipientFile(bytes)).toMatchObject({
      ok: true,
      counts: { callable: 1 },
    })
  })

  it('refuses more than 10,000 typed numbers too', () => {
    const lines = Array.from({ length: 10_001 }, (_, i) => `+1202${5550000 + i}`)
    expect(readTypedNumbers(lines.join('\n'))).toMatchObject({
      ok: false,
      error: { code: 'too_many_recipients' },
    })
  })
})
