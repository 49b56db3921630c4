import { describe, expect, it } from 'vitest'
import { listTimeZones } from './time-zones.ts'
import { utcToWallTime } from './utc-to-wall-time.ts'

describe('utcToWallTime', () => {
  it('shows an instant as the wall time and offset in the zone', () => {
    const instant = Date.UTC(2026, 0, 15, 17, 45) / 1000
    expect(utcToWallTime(instant, 'America/New_York')).toEqual({
      local: '2026-01-15T12:45',
      offsetMinutes: -300,
    })
    expect(utcToWallTime(instant, 'Asia/Tokyo')).toEqual({
      local: '2026-01-16T02:45',
      offsetMinutes: 540,
    })
  })

  it('shows both sides of the London autumn change as 01:30 with different offsets', () => {
    const first = Date.UTC(2026, 9, 25, 0, 30) / 1000
    expect(utcToWallTime(first, 'Europe/London')).toEqual({
      local: '2026-10-25T01:30',
      offsetMinutes: 60,
    })
    expect(utcToWallTime(first + 3600, 'Europe/London')).toEqual({
      local: '2026-10-25T01:30',
      offsetMinutes: 0,
    })
  })

  it('gives null for an unknown zone', () => {
    expect(utcToWallTime(0, 'Nowhere/Else')).toBeNull()
  })
})

describe('listTimeZones', () => {
  it('lists the IANA zones sorted, with UTC and the DST zones we test', () => {
    const zones = listTimeZones()
    expect(zones).toEqual([...zones].sort())
    for (const zone of [
      'UTC',
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
    ]) {
      expect(zones).toContain(zone)
    }
    expect(new Set(zones).size).toBe(zones.length)
  })
})
