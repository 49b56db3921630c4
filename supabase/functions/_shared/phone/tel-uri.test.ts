import { describe, expect, it } from 'vitest'
import { readTelUri } from './tel-uri.ts'

describe('readTelUri', () => {
  it.each([
    ['tel:+12025550101', '+12025550101'],
    ['TEL:+12025550101', '+12025550101'],
    ['Tel: +1 202 555 0101', '+1 202 555 0101'],
    ['tel:+1-202-555-0101;', '+1-202-555-0101'],
  ])('takes the number out of %j', (text, number) => {
    expect(readTelUri(text)).toMatchObject({ kind: 'number', text: number })
  })

  it('gives null for text that is not a tel: link', () => {
    expect(readTelUri('+12025550101')).toBeNull()
    expect(readTelUri('telephone +12025550101')).toBeNull()
  })

  it('reports an ;ext= parameter as the extension it is', () => {
    expect(readTelUri('tel:+1-202-555-0101;EXT=12')).toEqual({
      kind: 'extension',
      ext: '12',
    })
  })

  it('puts a phone-context country code in front of a local number and says so', () => {
    const tel = readTelUri('tel:202-555-0101;phone-context=+1')
    expect(tel).toMatchObject({ kind: 'number', text: '+1202-555-0101' })
    expect(tel?.kind === 'number' && tel.note).toContain('+1')
  })

  it('keeps a local number local when its phone-context is a domain', () => {
    expect(readTelUri('tel:2025550101;phone-context=example.com')).toMatchObject({
      kind: 'number',
      text: '2025550101',
    })
  })

  it('refuses other parameters, naming them', () => {
    const tel = readTelUri('tel:+12025550101;isub=1234')
    expect(tel).toMatchObject({ kind: 'parameter' })
    expect(tel?.kind === 'parameter' && tel.message).toContain(';isub=1234')
  })
})
