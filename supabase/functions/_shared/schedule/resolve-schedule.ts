import type { ScheduleError, WallTimeInstant } from './wall-time-to-utc.ts'
import { wallTimeToUtc } from './wall-time-to-utc.ts'

export interface ScheduleInput {
  local: string
  time_zone: string
}

/**
 * The full schedule check a submit needs: the wall time exists in the zone
 * and its instant is not before `now`. Both the SPA and the function call it.
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
  return result
}
