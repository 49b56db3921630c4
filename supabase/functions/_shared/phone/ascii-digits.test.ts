import { describe, expect, it } from 'vitest'
import { toAsciiDigits } from './ascii-digits.ts'

// Every numbering system Intl knows whose digits are Unicode decimal digits.
const decimalSystems = Intl.supportedValuesOf('numberingSystem').filter((system) => {
  const digits = new Intl.NumberFormat('en', { numberingSystem: system }).format(7)
  return system !== 'latn' && /^\p{Nd}$/u.test(digits)
})

function digitsIn(system: string): string {
  const format = new Intl.NumberFormat('en', {
    numberingSystem: system,
    useGrouping: false,
  })
  return format.format(1234567890)
}

describe('toAsciiDigits', () => {
  it('writes full-width digits, plus and punctuation as ASCII', () => {
    expect(toAsciiDigits('＋１（２０２）５５５－０１０１．／')).toBe(
      '+1(202)555-0101./',
    )
  })

  it('reads the digits of other scripts by their value', () => {
    expect(toAsciiDigits('+١٢٠٢٥٥٥٠١٠٣')).toBe('+12025550103')
    expect(toAsciiDigits('+१२०२५५५०१०४')).toBe('+12025550104')
  })

  it.each(decimalSystems)(
    'reads every digit of the %s numbering system',
    (system) => {
      expect(toAsciiDigits(digitsIn(system))).toBe('1234567890')
    },
  )

  it('finds more than a handful of numbering systems to check', () => {
    expect(decimalSystems.length).toBeGreaterThan(20)
  })

  it('gives null for ASCII text, so ordinary numbers cost one test', () => {
    expect(toAsciiDigits('+1 (202) 555-0101')).toBeNull()
  })

  it('leaves superscripts, circled digits, ℡ and spaces as they are', () => {
    expect(toAsciiDigits('℡ ²① +1\u00a0202\u3000')).toBeNull()
    expect(toAsciiDigits('℡ ２')).toBe('℡ 2')
  })
})
