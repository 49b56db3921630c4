import { parseWallTime, wallTimeAsUtcMs } from './wall-time.ts'
import { canonicalTimeZone, zoneFormatter, zoneOffsetMs } from './zone-offset.ts'

export type ScheduleErrorCode =
  | 'invalid_local_time'
  | 'unknown_time_zone'
  | 'schedule_nonexistent_time'
  | 'schedule_in_past'
  | 'schedule_too_far'

export type ScheduleError = { ok: false; code: ScheduleErrorCode; message: string }

export type WallTimeInstant = {
  ok: true
  /** The instant in whole seconds since the Unix epoch (UTC). */
  utcSeconds: number
  /** True when the wall time happened twice (DST overlap); the earlier is taken. */
  ambiguous: boolean
  /** The zone as the engine spells it, e.g. `UTC` for `utc`. */
  timeZone: string
}

const DAY_MS = 86_400_000

/**
 * Converts a wall time `YYYY-MM-DDTHH:mm` in an IANA zone to a UTC instant.
 * Never looks at the machine's own zone. A time skipped by a DST change is an
 * error; a time that happens twice takes the earlier instant and is flagged.
 */
export function wallTimeToUtc(
  local: string,
  timeZone: string,
): WallTimeInstant | ScheduleError {
  const formatter = zoneFormatter(timeZone)
  if (formatter === null) {
    return {
      ok: false,
      code: 'unknown_time_zone',
      message: `${timeZone} is not a time zone we know.`,
    }
  }

  const wall = parseWallTime(local)
  if (wall === null) {
    return {
      ok: false,
      code: 'invalid_local_time',
      message: 'The start time must be a real date and time, YYYY-MM-DDTHH:mm.',
    }
  }

  // Real zones change offset at most once within a day either side, so the
  // offsets a day before and a day after are the only candidates.
  const wallMs = wallTimeAsUtcMs(wall)
  const before = zoneOffsetMs(formatter, wallMs - DAY_MS)
  const after = zoneOffsetMs(formatter, wallMs + DAY_MS)
  const matches: number[] = []
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wallMs - offset
    if (zoneOffsetMs(formatter, instant) === offset) matches.push(instant)
  }

  if (matches.length === 0) {
    return {
      ok: false,
      code: 'schedule_nonexistent_time',
      message:
        `${local} does not exist in ${timeZone}: the clocks skip it when ` +
        'daylight saving time starts. Pick a time outside the skipped hour.',
    }
  }

  const earliest = Math.min(...matches)
  return {
    ok: true,
    utcSeconds: Math.floor(earliest / 1000),
    ambiguous: matches.length > 1 && matches[0] !== matches[1],
    timeZone: canonicalTimeZone(timeZone) ?? timeZone,
  }
}
