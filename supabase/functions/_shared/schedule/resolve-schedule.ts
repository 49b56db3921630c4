import type { ScheduleError, WallTimeInstant } from './wall-time-to-utc.ts'
import { wallTimeToUtc } from './wall-time-to-utc.ts'

/** How far ahead a campaign may be scheduled. */
export const MAX_SCHEDULE_DAYS_AHEAD = 365

const DAY_MS = 24 * 60 * 60 * 1000

export interface ScheduleInput {
  local: string
  time_zone: string
}

/**
 * The full schedule check a submit needs: the wall time exists in the zone
 * and its instant is neither before `now` nor more than a year after it. Both the SPA and the function call it.
 */
export function resolveSchedule(
  schedule: ScheduleInput,
  now: Date | number,
): WallTimeInstant | ScheduleError {
  const result = wallTimeToUtc(schedule.local, schedule.time_zone)
  if (!result.ok) return result

  const nowMs = typeof now === 'number' ? now : now.getTime()
  if (result.utcSeconds * 1000 < nowMs) {
    return {
      ok: false,
      code: 'schedule_in_past',
      message: `${schedule.local} in ${schedule.time_zone} has already passed.`,
    }
  }
  if (result.utcSeconds * 1000 > nowMs + MAX_SCHEDULE_DAYS_AHEAD * DAY_MS) {
    return {
      ok: false,
      code: 'schedule_too_far',
      message:
        `${schedule.local} is too far ahead: a campaign can start at most ` +
        `${MAX_SCHEDULE_DAYS_AHEAD} days from now.`,
    }
  }
  return result
}
