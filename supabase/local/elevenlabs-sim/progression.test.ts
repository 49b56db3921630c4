import type { ElevenLabs } from '@elevenlabs/elevenlabs-js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  acmeBatch,
  startTestSimulator,
  type TestSimulator,
} from './simulator-test-kit.ts'

let sim: TestSimulator | undefined

afterEach(async () => {
  await sim?.cleanup()
  sim = undefined
  vi.useRealTimers()
})

const inFlight = ['dispatched', 'initiated', 'in_progress']
const terminal = ['completed', 'failed', 'cancelled', 'voicemail']

async function submit(
  running: TestSimulator,
  phones: string[],
  overrides: Parameters<typeof acmeBatch>[1] = {},
) {
  return running
    .client()
    .conversationalAi.batchCalls.create(acmeBatch(phones, overrides))
}

async function stepAndGet(running: TestSimulator, batchId: string) {
  await running.control.runSteps(1)
  return running.client().conversationalAi.batchCalls.get(batchId)
}

async function runToEnd(running: TestSimulator, batchId: string) {
  const snapshots: ElevenLabs.BatchCallDetailedResponse[] = []
  for (let step = 0; step < 100; step += 1) {
    const batch = await stepAndGet(running, batchId)
    snapshots.push(batch)
    if (batch.status === 'completed') return snapshots
  }
  throw new Error('batch did not complete within 100 steps')
}

function countIn(batch: ElevenLabs.BatchCallDetailedResponse, statuses: string[]) {
  return batch.recipients.filter((recipient) => statuses.includes(recipient.status))
    .length
}

describe('batch progression', () => {
  it('stays pending until its scheduled time, then starts dialling', async () => {
    sim = await startTestSimulator()
    const { now_unix } = await sim.control.readState()
    const batch = await submit(sim, ['+12025550123'], {
      scheduledTimeUnix: now_unix + 3600,
    })

    await sim.control.runSteps(3)
    await sim.control.advanceClock(3500)
    const early = await stepAndGet(sim, batch.id)
    expect(early.status).toBe('pending')
    expect(early.totalCallsDispatched).toBe(0)
    expect(early.recipients[0]?.status).toBe('pending')

    await sim.control.advanceClock(100)
    const started = await stepAndGet(sim, batch.id)
    expect(started.status).toBe('in_progress')
    expect(started.recipients[0]?.status).toBe('dispatched')
  })

  it('never has more calls in flight than target_concurrency_limit', async () => {
    sim = await startTestSimulator()
    const phones = Array.from({ length: 7 }, (_, index) => `+1202555012${index}`)
    const batch = await submit(sim, phones, { targetConcurrencyLimit: 3 })

    const snapshots = await runToEnd(sim, batch.id)

    const inFlightPerStep = snapshots.map((snapshot) => countIn(snapshot, inFlight))
    expect(Math.max(...inFlightPerStep)).toBe(3)
    expect(inFlightPerStep[0]).toBe(3)
  })

  it('uses the configured default concurrency when the batch sets none', async () => {
    sim = await startTestSimulator({ defaultConcurrency: 4 })
    const phones = Array.from({ length: 9 }, (_, index) => `+1202555012${index}`)
    const batch = await submit(sim, phones)

    const snapshots = await runToEnd(sim, batch.id)

    const inFlightPerStep = snapshots.map((snapshot) => countIn(snapshot, inFlight))
    expect(Math.max(...inFlightPerStep)).toBe(4)
  })

  it('dials two at a time by default', async () => {
    sim = await startTestSimulator()
    const batch = await submit(sim, ['+12025550120', '+12025550121', '+12025550122'])

    const first = await stepAndGet(sim, batch.id)

    expect(countIn(first, inFlight)).toBe(2)
  })

  it('moves a recipient through every status in order, conversation once initiated', async () => {
    sim = await startTestSimulator()
    const batch = await submit(sim, ['+12025550123'])

    const snapshots = await runToEnd(sim, batch.id)

    const seen = snapshots.map((snapshot) => snapshot.recipients[0])
    expect(seen.map((recipient) => recipient?.status)).toEqual([
      'dispatched',
      'initiated',
      'in_progress',
      'completed',
    ])
    expect(seen[0]?.conversationId).toBeUndefined()
    expect(seen[1]?.conversationId).toMatch(/^conv_/)
    expect(seen[3]?.conversationId).toBe(seen[1]?.conversationId)
  })

  it('keeps the counters equal to what the recipients show at every step', async () => {
    sim = await startTestSimulator()
    const phones = [
      '+12025550120',
      '+12025550113',
      '+12025550114',
      '555',
      '+12025550121',
    ]
    const batch = await submit(sim, phones)

    const snapshots = await runToEnd(sim, batch.id)

    for (const snapshot of snapshots) {
      expect(snapshot.totalCallsScheduled).toBe(5)
      expect(snapshot.totalCallsDispatched).toBe(5 - countIn(snapshot, ['pending']))
      expect(snapshot.totalCallsFinished).toBe(countIn(snapshot, terminal))
    }
    expect(snapshots.at(-1)?.totalCallsFinished).toBe(5)
  })

  it('ends every recipient by the rule of its number and completes the batch', async () => {
    sim = await startTestSimulator()
    const phones = [
      '+12025550120',
      '+12025550113',
      '+12025550114',
      '2025550123',
      'n/a',
    ]
    const batch = await submit(sim, phones)

    const final = (await runToEnd(sim, batch.id)).at(-1)

    expect(final?.status).toBe('completed')
    expect(final?.recipients.map((recipient) => recipient.status)).toEqual([
      'completed',
      'failed',
      'voicemail',
      'failed',
      'failed',
    ])
  })

  it('fails a number that is not E.164 when dialled, without a conversation', async () => {
    sim = await startTestSimulator()
    const batch = await submit(sim, ['+1 202 555 0123'])

    const accepted = await sim.client().conversationalAi.batchCalls.get(batch.id)
    const dialled = await stepAndGet(sim, batch.id)
    const ended = await stepAndGet(sim, batch.id)

    expect(accepted.recipients[0]?.status).toBe('pending')
    expect(dialled.recipients[0]?.status).toBe('dispatched')
    expect(ended.recipients[0]).toMatchObject({
      status: 'failed',
      conversationId: undefined,
    })
  })

  it('steps on its own every stepMs of real time', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    sim = await startTestSimulator({ stepMs: 1000 })
    const batch = await submit(sim, ['+12025550123'])

    vi.advanceTimersByTime(999)
    const before = await sim.client().conversationalAi.batchCalls.get(batch.id)
    vi.advanceTimersByTime(1)
    const after = await sim.client().conversationalAi.batchCalls.get(batch.id)

    expect(before.status).toBe('pending')
    expect(after.status).toBe('in_progress')
  })
})
