import { describe, expect, it } from 'vitest'
import { readTypedNumbers } from './read-typed-numbers.ts'

describe('readTypedNumbers', () => {
  it('reads one number per line into the file preview shape without variables', () => {
    const result = readTypedNumbers(
      '+12025550143\r\n\n+44 20 7946 0123\rnope\n+1 202-555-0143\n',
    )
    expect(result).toMatchObject({
      ok: true,
      source: 'typed',
      delimiter: null,
      phoneColumn: null,
      variableNames: [],
      counts: {
        rows: 4,
        callable: 2,
        normalised: 1,
        duplicates: 1,
        errors: 1,
        blank: 1,
      },
    })
    if (!result.ok) return
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [1, 'ok'],
      [3, 'normalised'],
      [4, 'error'],
      [5, 'duplicate'],
    ])
    expect(result.recipients).toEqual([
      { phone_number: '+12025550143', variables: {} },
      { phone_number: '+442079460123', variables: {} },
    ])
  })

  it('applies the default country to numbers typed without +', () => {
    const result = readTypedNumbers('(202) 555-0143', { defaultCountry: 'US' })
    expect(result.ok && result.rows[0]).toMatchObject({
      status: 'normalised',
      phoneNumber: '+12025550143',
      defaultCountryApplied: true,
    })
  })

  it('explains both the removed apostrophe and the added country code', () => {
    const result = readTypedNumbers("'2025550143", { defaultCountry: 'US' })
    expect(result.ok && result.rows[0].reason).toBe(
      "Removed the leading ' that spreadsheets add to keep a number as text. " +
        'Country code added for US.',
    )
  })

  it('reads typed tel: links and full-width digits by the same rules as a file', () => {
    const result = readTypedNumbers(
      'tel:+12025550143\n＋１２０２５５５０１４４\ntel:+1-202-555-0145;ext=7\ntel:2025550146\n',
    )
    expect(result.ok && result.rows.map((r) => [r.status, r.phoneNumber])).toEqual([
      ['normalised', '+12025550143'],
      ['normalised', '+12025550144'],
      ['error', null],
      ['error', null],
    ])
    expect(result.ok && result.rows.map((r) => r.reason)).toEqual([
      'Removed the tel: that phone links start with.',
      'Changed full-width or non-Latin digits and symbols to plain 0–9 and +.',
      expect.stringContaining('extension (7)'),
      expect.stringContaining('no country code'),
    ])
  })

  it('completes a typed tel: link without + from the default country', () => {
    const result = readTypedNumbers('tel:202-555-0146', { defaultCountry: 'US' })
    expect(result.ok && result.rows[0]).toMatchObject({
      status: 'normalised',
      phoneNumber: '+12025550146',
      reason:
        'Removed the tel: that phone links start with. Country code added for US.',
    })
  })

  it('gives an empty preview for empty text', () => {
    expect(readTypedNumbers('')).toMatchObject({
      ok: true,
      counts: { rows: 0, callable: 0 },
    })
  })
})
