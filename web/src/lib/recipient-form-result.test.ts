import { describe, expect, test } from 'vitest'
import { readRecipientFile } from '../../../supabase/functions/_shared/recipients/read-recipient-file.ts'
import { recipientsOf, toFormResult } from './recipient-form-result.ts'

const csv = (text: string) => readRecipientFile(new TextEncoder().encode(text))

describe('toFormResult', () => {
  const lines = ['phone_number,first_name']
  for (let i = 0; i < 8; i++) lines.push(`+1202555010${i},Name${i}`)
  lines.push('+1 202 555 0101,Again', 'not-a-number,Bad', '+1 (202) 555-0199,Spaced')
  const full = csv(`${lines.join('\n')}\n`)

  test('keeps every callable recipient, variables included, for the submit', () => {
    const result = toFormResult(full)
    if (!result.ok || !full.ok) throw new Error('expected a preview')
    expect(recipientsOf(result)).toEqual(full.recipients)
    expect(result.firstRecipients).toEqual(full.recipients.slice(0, 5))
    expect(result.counts).toEqual(full.counts)
  })

  test('sorts the rows needing a look and drops their variables', () => {
    const result = toFormResult(full)
    if (!result.ok) throw new Error('expected a preview')
    expect(result.duplicates.map((row) => row.row)).toEqual([10])
    expect(result.problems.map((row) => row.original)).toEqual(['not-a-number'])
    expect(result.normalised.map((row) => row.phoneNumber)).toEqual(['+12025550199'])
    for (const row of [...result.problems, ...result.duplicates]) {
      expect(row.variables).toEqual({})
    }
    expect(result).not.toHaveProperty('rows')
    expect(result).not.toHaveProperty('recipients')
  })

  test('passes a failure through unchanged', () => {
    const failure = csv('Name;Mobile\nAlex;+12025550101\n')
    expect(toFormResult(failure)).toBe(failure)
  })
})
