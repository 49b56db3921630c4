import { describe, expect, test } from 'vitest'
import type { RecipientRow } from './db/recipient-queries.ts'
import { recipientsCsv } from './recipients-csv.ts'

const updatedAt = new Date('2026-12-04T10:00:00Z')

function row(
  phone_number: string,
  variables: RecipientRow['variables'],
): RecipientRow {
  return {
    id: phone_number,
    phone_number,
    status: 'pending',
    variables,
    conversation_id: null,
    updated_at: updatedAt,
  }
}

function lines(rows: RecipientRow[]): string[] {
  return recipientsCsv(rows).trimEnd().split('\r\n')
}

describe('recipientsCsv', () => {
  test('leaves a row without a variable named constructor empty there', () => {
    const csv = lines([
      row('+12025550101', { constructor: 'x' }),
      row('+12025550102', {}),
    ])
    expect(csv[0]).toBe('phone_number,status,conversation_id,updated_at,constructor')
    expect(csv[2]).toBe('+12025550102,pending,,2026-12-04T10:00:00.000Z,')
  })

  test('does not guard the phone number, which is E.164 by construction', () => {
    const csv = lines([row('+12025550200', {})])
    expect(csv[1].startsWith('+12025550200,pending,')).toBe(true)
  })

  test('prints number and boolean variables as they are', () => {
    const csv = lines([row('+12025550101', { a: -5, b: true, c: 1.5 })])
    expect(csv[1].endsWith(',-5,true,1.5')).toBe(true)
  })

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['plain', 'plain'],
  ])('guards the text variable %j as %j', (value, expected) => {
    const csv = lines([row('+12025550101', { v: value })])
    expect(csv[1].split(',').at(-1)).toBe(expected)
  })
})
