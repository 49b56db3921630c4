import { formatWallTimeMs } from './wall-time.ts'
import { wallClockAsUtcMs, zoneFormatter } from './zone-offset.ts'

export interface ZonedWallTime {
  /** `YYYY-MM-DDTHH:mm` in the zone. */
  local: string
  /** The zone's offset from UTC at that instant, in minutes (New York winter: −300). */
  offsetMinutes: number
}

/** Shows a UTC instant (seconds) as wall time in `timeZone`; null for an unknown zone. */
export function utcToWallTime(
  utcSeconds: number,
  timeZone: string,
): ZonedWallTime | null {
  const formatter = zoneFormatter(timeZone)
  if (formatter === null) return null

  const epochMs = utcSeconds * 1000
  const wallMs = wallClockAsUtcMs(formatter, epochMs)
  return {
    local: formatWallTimeMs(wallMs),
    offsetMinutes: Math.round((wallMs - epochMs) / 60_000),
  }
}
