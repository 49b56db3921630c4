import { ElevenLabsError } from '@elevenlabs/elevenlabs-js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  acmeBatch,
  startTestSimulator,
  type TestSimulator,
} from './simulator-test-kit.ts'

let sim: TestSimulator

beforeEach(async () => {
  sim = await startTestSimulator()
})

afterEach(async () => {
  await sim.cleanup()
})

const terminal = ['completed', 'failed', 'cancelled', 'voicemail']

function batchCalls() {
  return sim.client().conversationalAi.batchCalls
}

async function submit(
  phones: string[],
  overrides: Parameters<typeof acmeBatch>[1] = {},
) {
  return batchCalls().create(acmeBatch(phones, overrides))
}

async function runUntilCompleted(batchId: string) {
  for (let step = 0; step < 50; step += 1) {
    await sim.control.runSteps(1)
    const batch = await batchCalls().get(batchId)
    if (batch.status === 'completed') return batch
  }
  throw new Error('batch did not complete within 50 steps')
}

describe('cancel', () => {
  it('cancels a pending batch and every one of its recipients', async () => {
    const { now_unix } = await sim.control.readState()
    const created = await submit(['+12025550120', '+12025550121'], {
      scheduledTimeUnix: now_unix + 600,
    })

    const cancelled = await batchCalls().cancel(created.id)
    await sim.control.advanceClock(600)
    await sim.control.runSteps(5)
    const later = await batchCalls().get(created.id)

    expect(cancelled).toMatchObject({
      status: 'cancelled',
      totalCallsDispatched: 0,
      totalCallsFinished: 2,
    })
    expect(later.status).toBe('cancelled')
    expect(later.recipients.map((recipient) => recipient.status)).toEqual([
      'cancelled',
      'cancelled',
    ])
  })

  it('cancels an in-progress batch but keeps recipients that already ended', async () => {
    const phones = ['+12025550113', '+12025550120', '+12025550121', '+12025550122']
    const created = await submit(phones)
    await sim.control.runSteps(4)
    const before = await batchCalls().get(created.id)

    await batchCalls().cancel(created.id)
    await sim.control.runSteps(5)
    const after = await batchCalls().get(created.id)

    const endedBefore = before.recipients.filter((r) => terminal.includes(r.status))
    expect(before.status).toBe('in_progress')
    expect(endedBefore.length).toBeGreaterThan(0)
    expect(endedBefore.length).toBeLessThan(phones.length)
    after.recipients.forEach((recipient, index) => {
      const earlier = before.recipients[index]?.status ?? ''
      const expected = terminal.includes(earlier) ? earlier : 'cancelled'
      expect(recipient.status).toBe(expected)
    })
    expect(after.status).toBe('cancelled')
    expect(after.totalCallsDispatched).toBe(before.totalCallsDispatched)
    expect(after.totalCallsFinished).toBe(phones.length)
  })

  it('refuses a second cancel with 400 batch_not_cancellable', async () => {
    const created = await submit(['+12025550120'])
    await batchCalls().cancel(created.id)

    const error = await batchCalls()
      .cancel(created.id)
      .catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ElevenLabsError)
    expect((error as ElevenLabsError).statusCode).toBe(400)
    expect((error as ElevenLabsError).body).toMatchObject({
      detail: { status: 'batch_not_cancellable' },
    })
  })

  it('refuses to cancel a completed batch', async () => {
    const created = await submit(['+12025550120'])
    await runUntilCompleted(created.id)

    const error = await batchCalls()
      .cancel(created.id)
      .catch((caught: unknown) => caught)

    expect((error as ElevenLabsError).statusCode).toBe(400)
  })
})

describe('retry', () => {
  it('re-queues exactly the failed and voicemail recipients and counts the retry', async () => {
    const phones = ['+12025550120', '+12025550113', '+12025550114', 'not-a-number']
    const created = await submit(phones)
    await runUntilCompleted(created.id)

    const retried = await batchCalls().retry(created.id)
    const detail = await batchCalls().get(created.id)

    expect(retried).toMatchObject({
      status: 'pending',
      retryCount: 1,
      totalCallsDispatched: 1,
      totalCallsFinished: 1,
    })
    expect(detail.recipients.map((recipient) => recipient.status)).toEqual([
      'completed',
      'pending',
      'pending',
      'pending',
    ])
    expect(detail.recipients.slice(1).map((r) => r.conversationId)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('dials retried recipients again until the batch completes once more', async () => {
    const created = await submit(['+12025550120', '+12025550114'])
    const firstRun = await runUntilCompleted(created.id)
    await batchCalls().retry(created.id)

    await sim.control.runSteps(1)
    const restarted = await batchCalls().get(created.id)
    const secondRun = await runUntilCompleted(created.id)

    expect(restarted.status).toBe('in_progress')
    expect(secondRun.retryCount).toBe(1)
    expect(secondRun.recipients[1]?.status).toBe('voicemail')
    expect(secondRun.recipients[1]?.conversationId).not.toBe(
      firstRun.recipients[1]?.conversationId,
    )
    expect(secondRun.recipients[0]?.conversationId).toBe(
      firstRun.recipients[0]?.conversationId,
    )
  })

  it('raises retry_count on every retry that re-queues someone', async () => {
    const created = await submit(['+12025550113'])
    await runUntilCompleted(created.id)
    await batchCalls().retry(created.id)
    await runUntilCompleted(created.id)

    const second = await batchCalls().retry(created.id)

    expect(second.retryCount).toBe(2)
  })

  it('returns a batch with nothing to retry unchanged', async () => {
    const created = await submit(['+12025550120'])
    const completed = await runUntilCompleted(created.id)

    const retried = await batchCalls().retry(created.id)

    expect(retried.retryCount).toBe(0)
    expect(retried.status).toBe('completed')
    expect(retried.lastUpdatedAtUnix).toBe(completed.lastUpdatedAtUnix)
  })

  it('does not re-queue recipients that were cancelled', async () => {
    const created = await submit(['+12025550113', '+12025550120', '+12025550121'], {
      targetConcurrencyLimit: 1,
    })
    await sim.control.runSteps(3)
    await batchCalls().cancel(created.id)

    await batchCalls().retry(created.id)
    const detail = await batchCalls().get(created.id)

    expect(detail.recipients.map((recipient) => recipient.status)).toEqual([
      'pending',
      'cancelled',
      'cancelled',
    ])
  })
})
