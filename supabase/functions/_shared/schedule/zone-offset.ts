const formatters = new Map<string, Intl.DateTimeFormat>()
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/

/**
 * A formatter that shows instants as wall time in `timeZone`, or null when the
 * zone is unknown. Cached: building one costs far more than using it.
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone)
  if (cached) return cached
  if (!ZONE_NAME.test(timeZone)) return null

  let formatter: Intl.DateTimeFormat
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch {
    return null
  }
  formatters.set(timeZone, formatter)
  return formatter
}

/** True when the JavaScript engine knows `timeZone` (e.g. `Europe/London`). */
export function isKnownTimeZone(timeZone: string): boolean {
  return zoneFormatter(timeZone) !== null
}

/** The engine's own spelling of a known zone (`utc` → `UTC`). */
export function canonicalTimeZone(timeZone: string): string | null {
  return zoneFormatter(timeZone)?.resolvedOptions().timeZone ?? null
}

/**
 * The wall clock in `formatter`'s zone at `epochMs`, read as if it were UTC, in
 * milliseconds. Subtracting `epochMs` gives the zone's offset at that instant.
 */
export function wallClockAsUtcMs(formatter: Intl.DateTimeFormat, epochMs: number) {
  let year = 0
  let month = 0
  let day = 0
  let hour = 0
  let minute = 0
  let second = 0
  for (const part of formatter.formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value)
        break
      case 'month':
        month = Number(part.value)
        break
      case 'day':
        day = Number(part.value)
        break
      case 'hour':
        hour = Number(part.value)
        break
      case 'minute':
        minute = Number(part.value)
        break
      case 'second':
        second = Number(part.value)
        break
    }
  }
  const flooredMs = epochMs - (((epochMs % 1000) + 1000) % 1000)
  return Date.UTC(year, month - 1, day, hour, minute, second) + (epochMs - flooredMs)
}

/** The zone's offset from UTC at `epochMs`, in milliseconds (New York winter: −5 h). */
export function zoneOffsetMs(formatter: Intl.DateTimeFormat, epochMs: number) {
  return wallClockAsUtcMs(formatter, epochMs) - epochMs
}
