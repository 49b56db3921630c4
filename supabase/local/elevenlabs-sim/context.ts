import { randomBytes } from 'node:crypto'
import { simNowUnix } from './clock.ts'
import { FaultPlan } from './faults.ts'
import { runProgressionStep } from './progression.ts'
import { initialAgreements, type Seed } from './seed.ts'
import type { RecipientStatus, SimState } from './types.ts'

export interface SimSettings {
  defaultConcurrency: number
  retryableStatuses: readonly RecipientStatus[]
}

/** Everything a request handler may read or change, shared by all routes. */
export interface SimContext {
  state: SimState
  readonly seed: Seed
  readonly settings: SimSettings
  readonly faults: FaultPlan
  dropRecipientIds: boolean
  now(): number
  newId(prefix: string): string
  markChanged(): void
  advanceClock(seconds: number): void
  runSteps(count: number): void
  reset(): void
}

export function seedState(seed: Seed): SimState {
  return {
    version: 1,
    clock_offset_seconds: 0,
    next_seq: 1,
    agreements: initialAgreements(seed),
    batches: [],
  }
}

export function createSimContext(
  seed: Seed,
  initial: SimState,
  settings: SimSettings,
  onChange: () => void,
): SimContext {
  const context: SimContext = {
    state: initial,
    seed,
    settings,
    faults: new FaultPlan(),
    dropRecipientIds: false,
    now: () => simNowUnix(context.state),
    newId: (prefix) => `${prefix}_${randomBytes(10).toString('hex')}`,
    markChanged: onChange,
    advanceClock(seconds) {
      context.state.clock_offset_seconds += seconds
      context.markChanged()
    },
    runSteps(count) {
      for (let step = 0; step < count; step += 1) {
        const changed = runProgressionStep(context.state, {
          now: context.now(),
          defaultConcurrency: settings.defaultConcurrency,
          newConversationId: () => context.newId('conv'),
        })
        if (changed) context.markChanged()
      }
    },
    reset() {
      context.state = seedState(seed)
      context.faults.clear()
      context.dropRecipientIds = false
      context.markChanged()
    },
  }
  return context
}
