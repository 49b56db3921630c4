import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalisePhoneNumber } from './normalise-phone-number.ts'

function e164Of(text: string, defaultCountry?: 'US' | 'GB') {
  const result = normalisePhoneNumber(text, { defaultCountry })
  return result.ok ? result.e164 : `error:${result.code}`
}

describe('normalisePhoneNumber', () => {
  it('keeps a number that is already E.164 and reports it unchanged', () => {
    expect(normalisePhoneNumber('+12025550156')).toEqual({
      ok: true,
      e164: '+12025550156',
      changed: false,
      defaultCountryApplied: false,
    })
  })

  it.each([
    ['+1 (202) 555-0156', '+12025550156'],
    ['+1-202-555-0157', '+12025550157'],
    ['+44 20 7946 0131', '+442079460131'],
    ['+44 (0)20 7946 0132', '+442079460132'],
    ['+1.202.555.0158', '+12025550158'],
    ['+1\u00a0202\u00a0555\u00a00160', '+12025550160'],
    ['+12025550166 ', '+12025550166'],
    ['\t +1 202/555 0161\u202f', '+12025550161'],
  ])('removes the formatting from %j', (text, expected) => {
    const result = normalisePhoneNumber(text)
    expect(result).toMatchObject({ ok: true, e164: expected, changed: true })
  })

  it('refuses a number with an extension even though the library calls it valid', () => {
    const result = normalisePhoneNumber('+1 202 555 0159 ext. 12')
    expect(result).toMatchObject({ ok: false, code: 'extension' })
    expect(result.ok || result.message).toContain('12')
  })

  it.each(['12025550161', '442079460133', '02079460134', '2025550162'])(
    'asks for + and the country code when %j has none and no default country is chosen',
    (text) => {
      const result = normalisePhoneNumber(text)
      expect(result).toMatchObject({ ok: false, code: 'missing_country_code' })
      expect(result.ok || result.message).toMatch(/\+ and the country code/)
    },
  )

  it('tells the person to replace a leading 00 with +', () => {
    const result = normalisePhoneNumber('00442079460135')
    expect(result).toMatchObject({ ok: false, code: 'missing_country_code' })
    expect(result.ok || result.message).toContain('00 with +')
  })

  it('applies the default country to a number without + and marks it so', () => {
    expect(normalisePhoneNumber('020 7946 0134', { defaultCountry: 'GB' })).toEqual({
      ok: true,
      e164: '+442079460134',
      changed: true,
      defaultCountryApplied: true,
    })
    expect(e164Of('(202) 555-0162', 'US')).toBe('+12025550162')
  })

  it('ignores the default country when the number has its own country code', () => {
    expect(
      normalisePhoneNumber('+12025550156', { defaultCountry: 'GB' }),
    ).toMatchObject({ ok: true, e164: '+12025550156', defaultCountryApplied: false })
  })

  it.each([
    ['1.20256E+10', 'scientific_notation'],
    ['4.42079E+11', 'scientific_notation'],
    ['1,20256e10', 'scientific_notation'],
    ['12025550161.0', 'decimal_number'],
    ['+12025550161.00', 'decimal_number'],
  ])(
    'explains spreadsheet damage in %j instead of dialling another number',
    (text, code) => {
      const result = normalisePhoneNumber(text, { defaultCountry: 'US' })
      expect(result).toMatchObject({ ok: false, code })
      expect(result.ok || result.message).toContain(text)
    },
  )

  it('takes off the apostrophe a spreadsheet adds to keep text and says so', () => {
    const result = normalisePhoneNumber("'+12025550156")
    expect(result).toMatchObject({ ok: true, e164: '+12025550156', changed: true })
    expect(result.ok && result.note).toContain("'")
  })

  it('takes off a ="…" formula wrapping and says so', () => {
    const result = normalisePhoneNumber('="+44 20 7946 0131"')
    expect(result).toMatchObject({ ok: true, e164: '+442079460131' })
    expect(result.ok && result.note).toContain('="…"')
  })

  it('still asks for a country code inside a wrapper', () => {
    expect(e164Of("'2025550162")).toBe('error:missing_country_code')
  })

  it.each([
    ['tel:+12025550156', '+12025550156'],
    ['TEL:+12025550156', '+12025550156'],
    ['tel:+1-202-555-0156', '+12025550156'],
    ['tel:202-555-0156;phone-context=+1', '+12025550156'],
  ])('reads the tel: link %j as the number it holds and says so', (text, e164) => {
    const result = normalisePhoneNumber(text)
    expect(result).toMatchObject({ ok: true, e164, changed: true })
    expect(result.ok && result.note).toContain('tel:')
  })

  it('refuses a tel: link with an extension as it refuses any extension', () => {
    expect(normalisePhoneNumber('tel:+1-202-555-0159;ext=12')).toEqual(
      normalisePhoneNumber('+1 202 555 0159 ext. 12'),
    )
  })

  it('asks for the country code of a tel: link without one, as for a bare number', () => {
    const result = normalisePhoneNumber('tel:2025550162')
    expect(result).toMatchObject({ ok: false, code: 'missing_country_code' })
    expect(e164Of('tel:2025550162', 'US')).toBe('+12025550162')
  })

  it.each([
    ['tel:', 'empty'],
    ['tel:+12025550156;isub=12', 'invalid_characters'],
    ['tel:+1 202 CALL NOW', 'invalid_characters'],
  ])('refuses the tel: link %j with the reason %s', (text, code) => {
    expect(normalisePhoneNumber(text)).toMatchObject({ ok: false, code })
  })

  it.each([
    ['＋１２０２５５５０１５６', '+12025550156'],
    ['＋１（２０２）５５５－０１５６', '+12025550156'],
    ['\u3000＋１ ２０２ ５５５ ０１５６\u3000', '+12025550156'],
    ['+١٢٠٢٥٥٥٠١٥٦', '+12025550156'],
    ['+१२०२५५५०१५६', '+12025550156'],
  ])('writes the digits of %j as 0–9 and says so', (text, e164) => {
    const result = normalisePhoneNumber(text)
    expect(result).toMatchObject({ ok: true, e164, changed: true })
    expect(result.ok && result.note).toMatch(/full-width or non-Latin digits/)
  })

  it('still asks for + and the country code when full-width digits have none', () => {
    const result = normalisePhoneNumber('２０２５５５０１６２')
    expect(result).toMatchObject({ ok: false, code: 'missing_country_code' })
    expect(e164Of('２０２５５５０１６２', 'US')).toBe('+12025550162')
  })

  it('does not read superscript or circled digits as digits', () => {
    expect(normalisePhoneNumber('+1 202 555 015²')).toMatchObject({ ok: false })
    expect(normalisePhoneNumber('+1 202 555 015⑥')).toMatchObject({ ok: false })
  })

  it('adds no note for non-ASCII spaces alone', () => {
    const result = normalisePhoneNumber('+1\u00a0202\u00a0555\u00a00160')
    expect(result.ok && result.note).toBeUndefined()
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['+1 202 CALL NOW', 'invalid_characters'],
    ['call +12025550156', 'missing_country_code'],
    ['+1 202 555 0156 #', 'invalid_characters'],
    ['+12345', 'invalid_number'],
    ['+1202555016', 'invalid_number'],
    ['+999 1234 5678', 'unknown_country_code'],
    ['+1', 'too_short'],
  ])('refuses %j with the reason %s', (text, code) => {
    expect(normalisePhoneNumber(text)).toMatchObject({ ok: false, code })
  })

  it('gives back the same E.164 number for every valid E.164 input', () => {
    const us = fc.integer({ min: 100, max: 199 }).map((n) => `+12025550${n}`)
    const gb = fc
      .integer({ min: 0, max: 999 })
      .map((n) => `+44207946${String(n).padStart(4, '0')}`)
    fc.assert(
      fc.property(fc.oneof(us, gb), (e164) => {
        const result = normalisePhoneNumber(e164)
        return result.ok && result.e164 === e164 && !result.changed
      }),
    )
  })

  it('normalises its own output to itself for any text it accepts', () => {
    const phoneish = fc.stringMatching(/^\+?[0-9 ().-]{0,18}$/)
    fc.assert(
      fc.property(phoneish, (text) => {
        const first = normalisePhoneNumber(text, { defaultCountry: 'US' })
        if (!first.ok) return true
        const again = normalisePhoneNumber(first.e164)
        return again.ok && again.e164 === first.e164 && !again.changed
      }),
      { numRuns: 2000 },
    )
  })

  it('gives the same E.164 number however the digits are grouped and separated', () => {
    const separators = fc.constantFrom(' ', '-', '.', '\u00a0', '')
    fc.assert(
      fc.property(fc.array(separators, { minLength: 10, maxLength: 10 }), (seps) => {
        const digits = '2025550156'
        let text = '+1'
        for (let i = 0; i < digits.length; i++) text += seps[i] + digits[i]
        return e164Of(text) === '+12025550156'
      }),
    )
  })
})
