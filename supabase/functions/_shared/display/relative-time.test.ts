import { describe, expect, it } from 'vitest'
import { relativeTime } from './relative-time.ts'

const now = Date.UTC(2026, 5, 1, 12)
const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

describe('relativeTime', () => {
  it.each([
    [now - 3 * hour, '3 hours ago'],
    [now + 3 * hour, 'in 3 hours'],
    [now - 10_000, 'just now'],
    [now + 30_000, 'just now'],
    [now - 5 * minute, '5 minutes ago'],
    [now - 59.6 * minute, '1 hour ago'],
    [now - 1 * day, '1 day ago'],
    [now + 2 * day, 'in 2 days'],
    [now - 45 * day, '1 month ago'],
    [now - 400 * day, '1 year ago'],
  ])('shows %i as %j', (at, expected) => {
    expect(relativeTime(at, now)).toBe(expected)
  })

  it('accepts ISO strings and Dates', () => {
    expect(relativeTime('2026-06-01T09:00:00Z', new Date(now))).toBe('3 hours ago')
  })

  it('gives an empty string for an unreadable time', () => {
    expect(relativeTime('yesterday', now)).toBe('')
  })
})
