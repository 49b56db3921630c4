import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DST_CASES } from './dst-cases.fixture.ts'

const script = fileURLToPath(
  new URL('./print-dst-cases.fixture.ts', import.meta.url),
)
const tsx = fileURLToPath(
  new URL('../../../../node_modules/.bin/tsx', import.meta.url),
)

function runUnder(machineZone: string) {
  const stdout = execFileSync(tsx, [script], {
    env: { ...process.env, TZ: machineZone },
    encoding: 'utf8',
  })
  return JSON.parse(stdout)
}

describe('schedule conversion on machines in other zones', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Chatham'])(
    'gives the same results when the machine runs in %s',
    (machineZone) => {
      const output = runUnder(machineZone)

      expect(output.machineZone).toBe(machineZone)
      expect(output.cases).toEqual(
        DST_CASES.map((c) =>
          c.ambiguous
            ? { expected: c.expected, ambiguous: true }
            : { expected: c.expected },
        ),
      )
      expect(output.resolved).toEqual({
        ok: true,
        utcSeconds: Date.UTC(2026, 5, 1, 8) / 1000,
        ambiguous: false,
        timeZone: 'Europe/London',
      })
      expect(output.shown).toEqual({
        local: '2026-10-23T22:40',
        offsetMinutes: -240,
      })
    },
    20_000,
  )
})
