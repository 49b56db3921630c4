/** A local wall time as a person picks it: `YYYY-MM-DDTHH:mm`, no zone. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** Parses `YYYY-MM-DDTHH:mm` (years 1970–9999), or null if it is not a real time. */
export function parseWallTime(local: string): WallTime | null {
  const match = WALL_TIME.exec(local)
  if (!match) return null

  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const hour = Number(match[4])
  const minute = Number(match[5])
  if (year < 1970 || month < 1 || month > 12 || hour > 23 || minute > 59) return null

  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return null

  return { year, month, day, hour, minute }
}

/** The wall time read as if it were UTC, in milliseconds since the epoch. */
export function wallTimeAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** Formats milliseconds-read-as-UTC back to `YYYY-MM-DDTHH:mm`. */
export function formatWallTimeMs(wallAsUtcMs: number): string {
  const date = new Date(wallAsUtcMs)
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-` +
    `${pad(date.getUTCDate(), 2)}T${pad(date.getUTCHours(), 2)}:` +
    pad(date.getUTCMinutes(), 2)
  )
}
