const formatters = new Map<string, Intl.RelativeTimeFormat>()

function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })
    formatters.set(locale, formatter)
  }
  return formatter
}

function toMs(value: Date | string | number): number {
  if (typeof value === 'number') return value
  return typeof value === 'string' ? Date.parse(value) : value.getTime()
}

const MINUTE = 60
const HOUR = 3600
const DAY = 86_400

/**
 * "3 hours ago", "in 3 hours", "just now" for `at` seen from `now`. Units
 * step up when a value would round to the next one (59.6 minutes is 1 hour).
 */
export function relativeTime(
  at: Date | string | number,
  now: Date | number = Date.now(),
  locale = 'en',
): string {
  const seconds = (toMs(at) - toMs(now)) / 1000
  if (Number.isNaN(seconds)) return ''
  if (Math.abs(seconds) < 45) return 'just now'

  const format = formatterFor(locale)
  const minutes = Math.round(seconds / MINUTE)
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute')

  const hours = Math.round(seconds / HOUR)
  if (Math.abs(hours) < 24) return format.format(hours, 'hour')

  const days = Math.round(seconds / DAY)
  if (Math.abs(days) < 30) return format.format(days, 'day')

  const months = Math.round(seconds / (DAY * 30.44))
  if (Math.abs(months) < 12) return format.format(months, 'month')

  return format.format(Math.round(seconds / (DAY * 365.25)), 'year')
}
