import { describe, expect, test } from 'vitest'
import { summariseSchedule, typedTimeToLocal } from './schedule-summary.ts'

const now = Date.parse('2027-01-05T11:00:00Z')

describe('summariseSchedule', () => {
  test('says the campaign starts immediately when no time is given', () => {
    expect(summariseSchedule('  ', 'Europe/Paris', now)).toEqual({
      kind: 'immediate',
    })
  })

  test('shows a New York time in its zone, in UTC and from now', () => {
    const summary = summariseSchedule('2027-01-05 09:00', 'America/New_York', now)
    expect(summary).toMatchObject({
      kind: 'scheduled',
      local: '2027-01-05T09:00',
      utcSeconds: Date.parse('2027-01-05T14:00:00Z') / 1000,
      text:
        'Starts 2027-01-05 09:00 in America/New_York · 2027-01-05 14:00 UTC · ' +
        'in 3 hours',
    })
  })

  test('refuses a time the clocks skip when daylight saving starts', () => {
    const summary = summariseSchedule('2027-03-14 02:30', 'America/New_York', now)
    expect(summary).toMatchObject({ kind: 'invalid' })
    expect(summary.kind === 'invalid' && summary.message).toContain('does not exist')
  })

  test('flags a time that happens twice and takes the earlier one', () => {
    const summary = summariseSchedule('2027-11-07 01:30', 'America/New_York', now)
    expect(summary).toMatchObject({
      kind: 'scheduled',
      ambiguous: true,
      utcSeconds: Date.parse('2027-11-07T05:30:00Z') / 1000,
    })
  })

  test('refuses a time that has passed', () => {
    const summary = summariseSchedule('2027-01-05 05:59', 'America/New_York', now)
    expect(summary.kind === 'invalid' && summary.message).toContain('already passed')
  })

  test('asks for the written format when the text is something else', () => {
    const summary = summariseSchedule('next tuesday', 'UTC', now)
    expect(summary.kind === 'invalid' && summary.message).toContain(
      'YYYY-MM-DD HH:mm',
    )
  })
})

describe('typedTimeToLocal', () => {
  test.each([
    ['2027-01-05 09:00', '2027-01-05T09:00'],
    ['2027-01-05T9:05', '2027-01-05T09:05'],
    [' 2027-01-05 23:59 ', '2027-01-05T23:59'],
  ])('reads %j as %s', (typed, local) => {
    expect(typedTimeToLocal(typed)).toBe(local)
  })

  test('reads a date without a time as nothing', () => {
    expect(typedTimeToLocal('2027-01-05')).toBeNull()
  })
})
