import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { campaignProgress } from './campaign-progress.ts'

describe('campaignProgress', () => {
  it.each([
    [0, 0, 0],
    [5, 0, 0],
    [0, 10, 0],
    [1, 3, 33],
    [2, 3, 66],
    [999, 1000, 99],
    [10, 10, 100],
    [12, 10, 100],
    [-1, 10, 0],
  ])(
    'gives %i dispatched of %i scheduled as %i',
    (dispatched, scheduled, expected) => {
      expect(campaignProgress(dispatched, scheduled)).toBe(expected)
    },
  )

  it('is always a whole number from 0 to 100 that never exceeds the true share', () => {
    fc.assert(
      fc.property(fc.nat(20_000), fc.nat(20_000), (dispatched, scheduled) => {
        const progress = campaignProgress(dispatched, scheduled)
        const inRange =
          Number.isInteger(progress) && progress >= 0 && progress <= 100
        return (
          inRange && (scheduled === 0 || progress <= (dispatched * 100) / scheduled)
        )
      }),
    )
  })
})
