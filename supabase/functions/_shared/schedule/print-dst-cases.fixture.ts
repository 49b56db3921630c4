// Run in a child process with a chosen TZ by schedule-under-machine-zones.test.ts.
import { DST_CASES, describeCase } from './dst-cases.fixture.ts'
import { resolveSchedule } from './resolve-schedule.ts'
import { utcToWallTime } from './utc-to-wall-time.ts'

const now = Date.UTC(2026, 0, 1)
const output = {
  machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  cases: DST_CASES.map(describeCase),
  resolved: resolveSchedule(
    { local: '2026-06-01T09:00', time_zone: 'Europe/London' },
    now,
  ),
  shown: utcToWallTime(Date.UTC(2026, 9, 24, 2, 40) / 1000, 'America/New_York'),
}
process.stdout.write(JSON.stringify(output))
