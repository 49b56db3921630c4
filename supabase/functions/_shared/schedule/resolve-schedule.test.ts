import { describe, expect, it } from 'vitest'
import { resolveSchedule } from './resolve-schedule.ts'

const now = new Date('2026-06-01T12:00:00Z')

describe('resolveSchedule', () => {
  it('gives the UTC seconds of a future wall time in the chosen zone', () => {
    expect(
      resolveSchedule({ local: '2026-06-02T09:00', time_zone: 'Asia/Tokyo' }, now),
    ).toEqual({
      ok: true,
      utcSeconds: Date.UTC(2026, 5, 2, 0) / 1000,
      ambiguous: false,
      timeZone: 'Asia/Tokyo',
    })
  })

  it('refuses a time that has already passed in that zone', () => {
    const result = resolveSchedule(
      { local: '2026-06-01T12:30', time_zone: 'Europe/London' },
      now,
    )
    expect(result).toMatchObject({ ok: false, code: 'schedule_in_past' })
  })

  it('accepts the very instant of now and refuses one minute earlier', () => {
    const at = { local: '2026-06-01T12:00', time_zone: 'UTC' }
    expect(resolveSchedule(at, now)).toMatchObject({ ok: true })
    const before = { local: '2026-06-01T11:59', time_zone: 'UTC' }
    expect(resolveSchedule(before, now.getTime())).toMatchObject({
      ok: false,
      code: 'schedule_in_past',
    })
  })

  it('accepts 365 days ahead and refuses a minute more as schedule_too_far', () => {
    const lastDay = { local: '2027-06-01T12:00', time_zone: 'UTC' }
    expect(resolveSchedule(lastDay, now)).toMatchObject({ ok: true })
    const past = { local: '2027-06-01T12:01', time_zone: 'UTC' }
    expect(resolveSchedule(past, now)).toMatchObject({
      ok: false,
      code: 'schedule_too_far',
      message: expect.stringContaining('365 days'),
    })
  })

  it('refuses the end of year 9999 as schedule_too_far', () => {
    const far = { local: '9999-12-31T23:59', time_zone: 'America/New_York' }
    expect(resolveSchedule(far, now)).toMatchObject({
      ok: false,
      code: 'schedule_too_far',
    })
  })

  it('reports a DST gap before checking whether the time is past', () => {
    const gap = { local: '2027-03-14T02:30', time_zone: 'America/New_York' }
    expect(resolveSchedule(gap, now)).toMatchObject({
      ok: false,
      code: 'schedule_nonexistent_time',
    })
  })

  it('flags an ambiguous time and keeps the earlier instant', () => {
    const overlap = { local: '2026-11-01T01:30', time_zone: 'America/New_York' }
    expect(resolveSchedule(overlap, now)).toMatchObject({
      ok: true,
      ambiguous: true,
      utcSeconds: Date.UTC(2026, 10, 1, 5, 30) / 1000,
    })
  })

  it('refuses an unknown zone', () => {
    const schedule = { local: '2026-07-01T09:00', time_zone: 'Europe/Atlantis' }
    expect(resolveSchedule(schedule, now)).toMatchObject({
      code: 'unknown_time_zone',
    })
  })
})
