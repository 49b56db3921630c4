import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readRecipientFile } from './read-recipient-file.ts'
import type { RecipientPreview } from './recipient-preview.ts'

const fixtures = new URL('../../../../fixtures/recipient-files/', import.meta.url)

function readFixture(name: string): RecipientPreview {
  const bytes = readFileSync(fileURLToPath(new URL(name, fixtures)))
  const result = readRecipientFile(bytes)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result
}

function numbers(preview: RecipientPreview) {
  return preview.recipients.map((r) => r.phone_number)
}

describe('readRecipientFile on the real-world fixtures', () => {
  it('reads C01: a UTF-8 BOM before the header and CRLF', () => {
    const preview = readFixture('C01-bom.csv')
    expect(preview).toMatchObject({ encoding: 'utf-8-bom', lineEnding: 'crlf' })
    expect(preview.columns[0]).toEqual({
      index: 0,
      header: 'phone_number',
      name: 'phone_number',
      role: 'phone_number',
    })
    expect(preview.variableNames).toEqual(['first_name', 'appointment'])
    expect(preview.recipients).toEqual([
      {
        phone_number: '+12025550143',
        variables: { first_name: 'Alex', appointment: 'Tuesday 10am' },
      },
      {
        phone_number: '+442079460123',
        variables: { first_name: 'Sam', appointment: 'Wednesday 2pm' },
      },
    ])
  })

  it('reads C02: two semicolon columns with a final newline and reports ;', () => {
    const preview = readFixture('C02-semicolon-2col.csv')
    expect(preview.delimiter).toBe(';')
    expect(preview.recipients).toEqual([
      { phone_number: '+12025550144', variables: { first_name: 'Alex' } },
    ])
    expect(preview.counts).toMatchObject({ callable: 1, blank: 0, errors: 0 })
  })

  it('reads C02: decimal commas stay the text they were', () => {
    const preview = readFixture('C02-semicolon-decimal-comma.csv')
    expect(preview.delimiter).toBe(';')
    expect(preview.recipients.map((r) => r.variables?.balance_due)).toEqual([
      '12,50',
      '1.234,00',
      '7,5',
    ])
  })

  it('reads C05: old-Mac CR-only line endings', () => {
    const preview = readFixture('C05-cr-only.csv')
    expect(preview.lineEnding).toBe('cr')
    expect(numbers(preview)).toEqual(['+12025550148', '+442079460127'])
    expect(preview.recipients[1].variables).toEqual({ first_name: 'Sam' })
  })

  it('reads C06: quoted line breaks, commas and doubled quotes exactly', () => {
    const preview = readFixture('C06-quoted-multiline.csv')
    expect(preview.counts.callable).toBe(2)
    expect(preview.recipients[0].variables?.notes).toBe(
      'Prefers mornings,\nask for "Al"\nthanks',
    )
    expect(preview.recipients[1].variables?.notes).toBe('Flat 2, 10 Example Road')
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3])
  })

  it('reads C07: trailing separator-only and blank rows are dropped, not errors', () => {
    const preview = readFixture('C07-trailing-empty.csv')
    expect(preview.counts).toEqual({
      rows: 2,
      callable: 2,
      normalised: 0,
      duplicates: 0,
      errors: 0,
      blank: 5,
    })
    expect(preview.rows).toHaveLength(2)
  })

  it('reads C08: " Phone Number " is the phone column and headers become names', () => {
    const preview = readFixture('C08-header-variants.csv')
    expect(preview.phoneColumn).toEqual({ index: 0, header: ' Phone Number ' })
    expect(preview.columns.map((c) => [c.header, c.name, c.role])).toEqual([
      [' Phone Number ', 'phone_number', 'phone_number'],
      ['First Name', 'first_name', 'variable'],
      ['Appointment Time', 'appointment_time', 'variable'],
    ])
    expect(preview.recipients[0]).toEqual({
      phone_number: '+12025550164',
      variables: { first_name: 'Alex', appointment_time: '10:00' },
    })
    expect(preview.counts.callable).toBe(2)
  })

  it('reads C11: formatted numbers normalise and the extension row is an error', () => {
    const preview = readFixture('C11-formatted-numbers.csv')
    expect(numbers(preview)).toEqual([
      '+12025550156',
      '+12025550157',
      '+442079460131',
      '+442079460132',
      '+12025550158',
      '+12025550160',
      '+12025550166',
    ])
    expect(preview.rows.filter((r) => r.status === 'normalised')).toHaveLength(7)
    const errors = preview.rows.filter((r) => r.status === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        row: 7,
        original: '+1 202 555 0159 ext. 12',
        phoneNumber: null,
        reason: expect.stringMatching(/extension/),
      }),
    ])
    expect(preview.rows[0]).toMatchObject({ original: '+1 (202) 555-0156' })
  })

  it('reads C12: without a default country every number asks for + and the country code', () => {
    const preview = readFixture('C12-no-plus.csv')
    expect(preview.counts).toMatchObject({ callable: 0, errors: 5 })
    expect(preview.recipients).toEqual([])
    for (const row of preview.rows) {
      expect(row.status).toBe('error')
      expect(row.reason).toMatch(/country code|00 with \+/)
    }
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6])
  })

  it('reads C12 with a default country, marking the numbers as completed', () => {
    const bytes = readFileSync(fileURLToPath(new URL('C12-no-plus.csv', fixtures)))
    const result = readRecipientFile(bytes, { defaultCountry: 'GB' })
    if (!result.ok) throw new Error(result.error.message)
    const kim = result.rows.find((r) => r.variables.first_name === 'Kim')
    expect(kim).toMatchObject({
      status: 'normalised',
      phoneNumber: '+442079460134',
      defaultCountryApplied: true,
      reason: 'Country code added for GB.',
    })
    const pat = result.rows.find((r) => r.variables.first_name === 'Pat')
    expect(pat).toMatchObject({ phoneNumber: '+442079460135' })
  })

  it('reads C13: a sep=; line after the BOM sets the delimiter and still counts as row 1', () => {
    const preview = readFixture('C13-sep-line.csv')
    expect(preview).toMatchObject({
      encoding: 'utf-8-bom',
      delimiter: ';',
      lineEnding: 'crlf',
    })
    expect(preview.notices.map((n) => n.code)).toEqual(['separator_line'])
    expect(preview.recipients).toEqual([
      {
        phone_number: '+12025550170',
        variables: { first_name: 'Alex', balance_due: '12,50' },
      },
      {
        phone_number: '+442079460170',
        variables: { first_name: 'Sam; Jr.', balance_due: '1.234,00' },
      },
    ])
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [3, 'ok'],
      [4, 'normalised'],
      [5, 'error'],
    ])
  })

  it('reads C14: tel: links as numbers; the extension and the link without + are errors', () => {
    const preview = readFixture('C14-tel-links.csv')
    expect(numbers(preview)).toEqual([
      '+12025550172',
      '+12025550173',
      '+12025550174',
      '+442079460174',
    ])
    expect(new Set(preview.rows.slice(0, 4).map((r) => r.reason))).toEqual(
      new Set(['Removed the tel: that phone links start with.']),
    )
    expect(preview.rows.slice(4).map((r) => [r.row, r.status, r.reason])).toEqual([
      [6, 'error', expect.stringContaining('extension (12)')],
      [7, 'error', expect.stringContaining('no country code')],
    ])
  })

  it('reads C15: full-width and Arabic-Indic digits as 0–9, other cells untouched', () => {
    const preview = readFixture('C15-full-width-digits.csv')
    expect(numbers(preview)).toEqual([
      '+12025550177',
      '+12025550178',
      '+442079460178',
    ])
    expect(preview.counts).toMatchObject({ normalised: 3, errors: 1 })
    expect(preview.rows[0].reason).toMatch(/full-width or non-Latin digits/)
    expect(preview.rows[3]).toMatchObject({
      row: 5,
      status: 'error',
      original: '１２０２５５５０１７９',
      reason: expect.stringContaining('no country code'),
    })
    expect(preview.recipients.map((r) => r.variables)).toEqual([
      { first_name: '山田', note: '＋１２０２５５５０１７７' },
      { first_name: '佐藤', note: '（２０２）' },
      { first_name: 'Amal', note: '٤٤' },
    ])
  })
})
