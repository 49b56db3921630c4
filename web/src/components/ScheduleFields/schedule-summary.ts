import { relativeTime } from '../../../../supabase/functions/_shared/display/relative-time.ts'
import { resolveSchedule } from '../../../../supabase/functions/_shared/schedule/resolve-schedule.ts'

export type ScheduleSummary =
  | { kind: 'immediate' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'scheduled'
      /** `YYYY-MM-DDTHH:mm`, as the create body takes it. */
      local: string
      utcSeconds: number
      /** "Starts 2027-01-05 09:00 in America/New_York", then UTC and "in 3 hours". */
      text: string
      ambiguous: boolean
    }

const TYPED_TIME = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})\s*$/

/** `YYYY-MM-DD HH:mm` as typed → `YYYY-MM-DDTHH:mm`, or null if it is not that shape. */
export function typedTimeToLocal(typed: string): string | null {
  const match = TYPED_TIME.exec(typed)
  if (!match) return null
  return `${match[1]}T${match[2].padStart(2, '0')}:${match[3]}`
}

const utcFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'UTC',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function formatUtc(utcSeconds: number): string {
  return utcFormat.format(utcSeconds * 1000).replace(',', '')
}

/** What the start line under the schedule fields says. */
export function summariseSchedule(
  typed: string,
  timeZone: string,
  now: number,
): ScheduleSummary {
  if (typed.trim() === '') return { kind: 'immediate' }

  const local = typedTimeToLocal(typed)
  if (!local) {
    return {
      kind: 'invalid',
      message: 'Write the start as YYYY-MM-DD HH:mm, for example 2027-01-05 09:00.',
    }
  }

  const result = resolveSchedule({ local, time_zone: timeZone }, now)
  if (!result.ok) return { kind: 'invalid', message: result.message }

  const text =
    `Starts ${local.replace('T', ' ')} in ${result.timeZone} · ` +
    `${formatUtc(result.utcSeconds)} UTC · ${relativeTime(result.utcSeconds * 1000, now)}`
  return {
    kind: 'scheduled',
    local,
    utcSeconds: result.utcSeconds,
    text,
    ambiguous: result.ambiguous,
  }
}
