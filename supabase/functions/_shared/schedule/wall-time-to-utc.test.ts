import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DST_CASES, describeCase } from './dst-cases.fixture.ts'
import { listTimeZones } from './time-zones.ts'
import { utcToWallTime } from './utc-to-wall-time.ts'
import { wallTimeToUtc } from './wall-time-to-utc.ts'

describe('wallTimeToUtc', () => {
  it.each(DST_CASES)('reads $local in $zone as $expected', (dstCase) => {
    const { expected, ambiguous } = describeCase(dstCase)
    expect(expected).toBe(dstCase.expected)
    expect(ambiguous ?? false).toBe(dstCase.ambiguous ?? false)
  })

  it('says which hour is skipped when the time falls in a DST gap', () => {
    const result = wallTimeToUtc('2026-03-08T02:30', 'America/New_York')
    expect(result).toMatchObject({ ok: false, code: 'schedule_nonexistent_time' })
    expect(result.ok || result.message).toContain('2026-03-08T02:30')
  })

  it.each(['Mars/Olympus_Mons', '', 'America/New_York ', '+05:00', '../etc'])(
    'refuses the unknown zone %j',
    (zone) => {
      expect(wallTimeToUtc('2026-07-01T12:00', zone)).toMatchObject({
        ok: false,
        code: 'unknown_time_zone',
      })
    },
  )

  it.each([
    '2026-02-29T10:00',
    '2026-04-31T10:00',
    '2026-13-01T10:00',
    '2026-07-01T24:00',
    '2026-07-01T12:60',
    '2026-07-01 12:00',
    '2026-07-01T12:00:00',
    '2026-07-01T12:00Z',
    '1969-12-31T23:59',
    '26-07-01T12:00',
  ])('refuses %j as not a real wall time', (local) => {
    expect(wallTimeToUtc(local, 'UTC')).toMatchObject({
      ok: false,
      code: 'invalid_local_time',
    })
  })

  it('accepts 29 February in a leap year', () => {
    expect(wallTimeToUtc('2028-02-29T10:00', 'UTC')).toMatchObject({
      ok: true,
      utcSeconds: Date.UTC(2028, 1, 29, 10) / 1000,
    })
  })

  it('reports the zone as the engine spells it', () => {
    expect(wallTimeToUtc('2026-07-01T12:00', 'utc')).toMatchObject({
      timeZone: 'UTC',
    })
  })

  it('handles zones with half-hour and 45-minute offsets', () => {
    expect(wallTimeToUtc('2026-07-01T12:00', 'Asia/Kathmandu')).toMatchObject({
      utcSeconds: Date.UTC(2026, 6, 1, 6, 15) / 1000,
    })
  })

  it('turns every wall time that exists back into itself through UTC', () => {
    const zones = fc.constantFrom(...listTimeZones())
    const minutes = fc.integer({
      min: 0,
      max: (Date.UTC(2035, 0, 1) - Date.UTC(2000, 0, 1)) / 60_000,
    })
    fc.assert(
      fc.property(zones, minutes, (zone, minute) => {
        const local = new Date(Date.UTC(2000, 0, 1) + minute * 60_000)
          .toISOString()
          .slice(0, 16)
        const instant = wallTimeToUtc(local, zone)
        if (!instant.ok) return instant.code === 'schedule_nonexistent_time'
        return utcToWallTime(instant.utcSeconds, zone)?.local === local
      }),
      { numRuns: 3000 },
    )
  })

  it('finds every whole-minute instant again from its wall time, or an earlier twin', () => {
    const zones = fc.constantFrom(...listTimeZones())
    const minutes = fc.integer({
      min: 0,
      max: (Date.UTC(2035, 0, 1) - Date.UTC(2000, 0, 1)) / 60_000,
    })
    fc.assert(
      fc.property(zones, minutes, (zone, minute) => {
        const utcSeconds = Date.UTC(2000, 0, 1) / 1000 + minute * 60
        const shown = utcToWallTime(utcSeconds, zone)
        const back = shown && wallTimeToUtc(shown.local, zone)
        if (!back?.ok) return false
        if (back.utcSeconds === utcSeconds) return true
        return back.ambiguous && back.utcSeconds < utcSeconds
      }),
      { numRuns: 3000 },
    )
  })
})
