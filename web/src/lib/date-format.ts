const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string | undefined) {
  const key = timeZone ?? ''
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    })
    formatters.set(key, format)
  }
  return format
}

/** "Dec 5, 2026, 9:00 AM" in `timeZone` (the browser's own when left out). */
export function formatDateTime(iso: string, timeZone?: string) {
  return formatter(timeZone).format(new Date(iso))
}

/** "Dec 5, 2026, 2:00 PM UTC". */
export function formatUtc(iso: string) {
  return `${formatDateTime(iso, 'UTC')} UTC`
}
