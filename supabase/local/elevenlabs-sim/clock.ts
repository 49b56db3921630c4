import type { SimState } from './types.ts'

/** Simulator time in Unix seconds: real time plus the offset tests advance. */
export function simNowUnix(state: SimState): number {
  return Math.floor(Date.now() / 1000) + state.clock_offset_seconds
}
