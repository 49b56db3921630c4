import { wallTimeToUtc } from './wall-time-to-utc.ts'

/** DST changes of 2026 and 2027 with what each wall time must become. */
export interface DstCase {
  zone: string
  local: string
  /** Expected UTC as `YYYY-MM-DDTHH:mm:ssZ`, or the error code. */
  expected: string
  ambiguous?: boolean
}

export const DST_CASES: readonly DstCase[] = [
  // New York: spring forward 02:00 → 03:00, fall back 02:00 → 01:00.
  {
    zone: 'America/New_York',
    local: '2026-03-08T01:59',
    expected: '2026-03-08T06:59:00Z',
  },
  {
    zone: 'America/New_York',
    local: '2026-03-08T02:00',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'America/New_York',
    local: '2026-03-08T02:30',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'America/New_York',
    local: '2026-03-08T03:00',
    expected: '2026-03-08T07:00:00Z',
  },
  {
    zone: 'America/New_York',
    local: '2026-11-01T00:59',
    expected: '2026-11-01T04:59:00Z',
  },
  {
    zone: 'America/New_York',
    local: '2026-11-01T01:30',
    expected: '2026-11-01T05:30:00Z',
    ambiguous: true,
  },
  {
    zone: 'America/New_York',
    local: '2026-11-01T02:00',
    expected: '2026-11-01T07:00:00Z',
  },
  {
    zone: 'America/New_York',
    local: '2027-03-14T02:59',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'America/New_York',
    local: '2027-11-07T01:00',
    expected: '2027-11-07T05:00:00Z',
    ambiguous: true,
  },
  // London: 01:00 → 02:00 in March, 02:00 → 01:00 in October.
  {
    zone: 'Europe/London',
    local: '2026-03-29T00:59',
    expected: '2026-03-29T00:59:00Z',
  },
  {
    zone: 'Europe/London',
    local: '2026-03-29T01:30',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'Europe/London',
    local: '2026-03-29T02:00',
    expected: '2026-03-29T01:00:00Z',
  },
  {
    zone: 'Europe/London',
    local: '2026-10-25T01:30',
    expected: '2026-10-25T00:30:00Z',
    ambiguous: true,
  },
  {
    zone: 'Europe/London',
    local: '2026-10-25T02:00',
    expected: '2026-10-25T02:00:00Z',
  },
  {
    zone: 'Europe/London',
    local: '2027-03-28T01:00',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'Europe/London',
    local: '2027-10-31T01:59',
    expected: '2027-10-31T00:59:00Z',
    ambiguous: true,
  },
  // Sydney: 03:00 → 02:00 in April, 02:00 → 03:00 in October.
  {
    zone: 'Australia/Sydney',
    local: '2026-04-05T01:59',
    expected: '2026-04-04T14:59:00Z',
  },
  {
    zone: 'Australia/Sydney',
    local: '2026-04-05T02:30',
    expected: '2026-04-04T15:30:00Z',
    ambiguous: true,
  },
  {
    zone: 'Australia/Sydney',
    local: '2026-04-05T03:00',
    expected: '2026-04-04T17:00:00Z',
  },
  {
    zone: 'Australia/Sydney',
    local: '2026-10-04T02:30',
    expected: 'schedule_nonexistent_time',
  },
  {
    zone: 'Australia/Sydney',
    local: '2026-10-04T03:00',
    expected: '2026-10-03T16:00:00Z',
  },
  {
    zone: 'Australia/Sydney',
    local: '2027-04-04T02:00',
    expected: '2027-04-03T15:00:00Z',
    ambiguous: true,
  },
  {
    zone: 'Australia/Sydney',
    local: '2027-10-03T02:59',
    expected: 'schedule_nonexistent_time',
  },
  // Zones without DST and the machine-zone trap of a plain UTC wall time.
  { zone: 'UTC', local: '2026-07-01T12:00', expected: '2026-07-01T12:00:00Z' },
  {
    zone: 'Asia/Tokyo',
    local: '2026-07-01T12:00',
    expected: '2026-07-01T03:00:00Z',
  },
  {
    zone: 'Asia/Kolkata',
    local: '2026-07-01T12:00',
    expected: '2026-07-01T06:30:00Z',
  },
]

/** What `wallTimeToUtc` gives for a case, in the shape of `expected`. */
export function describeCase(dstCase: DstCase): {
  expected: string
  ambiguous?: boolean
} {
  const result = wallTimeToUtc(dstCase.local, dstCase.zone)
  if (!result.ok) return { expected: result.code }

  const expected = new Date(result.utcSeconds * 1000)
    .toISOString()
    .replace('.000', '')
  return result.ambiguous ? { expected, ambiguous: true } : { expected }
}
