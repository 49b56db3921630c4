import { ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js'
import { afterEach, describe, expect, it } from 'vitest'
import {
  acmeBatch,
  localKey,
  startTestSimulator,
  type TestSimulator,
} from './simulator-test-kit.ts'

let sim: TestSimulator | undefined

afterEach(async () => {
  await sim?.cleanup()
  sim = undefined
})

async function failureOf(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
}

describe('injected faults', () => {
  it('answers the next call of a route with 500, then serves it normally', async () => {
    sim = await startTestSimulator()
    await sim.control.failNext('agents.list', 'error_500')
    const agents = sim.client().conversationalAi.agents

    const error = await failureOf(agents.list())
    const numbers = await sim.client().conversationalAi.phoneNumbers.list()
    const recovered = await agents.list()

    expect(error).toBeInstanceOf(ElevenLabsError)
    expect((error as ElevenLabsError).statusCode).toBe(500)
    expect(numbers).toHaveLength(4)
    expect(recovered.agents).toHaveLength(3)
  })

  it('fails as many calls as asked, on any route with the wildcard', async () => {
    sim = await startTestSimulator()
    await sim.control.failNext('*', 'error_500', 2)
    const client = sim.client().conversationalAi

    const first = await failureOf(client.phoneNumbers.list())
    const second = await failureOf(client.agents.get('agent_acme_survey'))
    const third = await client.agents.get('agent_acme_survey')

    expect((first as ElevenLabsError).statusCode).toBe(500)
    expect((second as ElevenLabsError).statusCode).toBe(500)
    expect(third.name).toBe('Customer survey')
  })

  it('answers 429 in upstream body shape with the concurrency headers', async () => {
    sim = await startTestSimulator()
    await sim.control.failNext('batch_calls.list', 'rate_limit_429')

    const error = (await failureOf(
      sim.client().conversationalAi.batchCalls.list(),
    )) as ElevenLabsError

    expect(error.statusCode).toBe(429)
    expect(error.body).toEqual({
      detail: {
        status: 'too_many_concurrent_requests',
        message: expect.any(String),
      },
    })
    expect(error.rawResponse?.headers.get('maximum-concurrent-requests')).toBe('4')
  })

  it('lets the client succeed on its retry after one 429', async () => {
    sim = await startTestSimulator()
    await sim.control.failNext('batch_calls.submit', 'rate_limit_429')

    const batch = await sim
      .client({ maxRetries: 1 })
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550120']))

    const state = await sim.control.readState()
    expect(batch.status).toBe('pending')
    expect(state.faults).toEqual([])
    expect(state.batches).toHaveLength(1)
  })

  it('holds a call past the client timeout so the client gives up with "timeout"', async () => {
    sim = await startTestSimulator()
    const created = await sim
      .client()
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550120']))
    await sim.control.failNext('batch_calls.get', 'hang')

    const error = await failureOf(
      sim
        .client({ timeoutInSeconds: 0.2 })
        .conversationalAi.batchCalls.get(created.id),
    )

    // NOTE: client 2.56.0 aborts with the string reason "timeout"; Node's fetch
    // rejects with that string, which the client does not recognise as a
    // timeout, so it raises a plain ElevenLabsError, never ElevenLabsTimeoutError.
    expect(error).toBeInstanceOf(ElevenLabsError)
    expect(error).not.toBeInstanceOf(ElevenLabsTimeoutError)
    expect((error as ElevenLabsError).statusCode).toBeUndefined()
    expect((error as ElevenLabsError).message).toContain('timeout')
    await expect
      .poll(async () => (await sim?.control.readState())?.held_requests)
      .toBe(0)
  })

  it('closes a held call after maxHoldMs when the client never gives up', async () => {
    sim = await startTestSimulator({ maxHoldMs: 20 })
    await sim.control.failNext('phone_numbers.list', 'hang')

    const error = await failureOf(
      fetch(`${sim.simulator.url}/v1/convai/phone-numbers`, {
        headers: { 'xi-api-key': localKey },
      }),
    )

    expect(error).toBeInstanceOf(TypeError)
  })

  it('stops promptly while a call is held', async () => {
    sim = await startTestSimulator()
    await sim.control.failNext('agents.list', 'hang')
    const held = failureOf(
      fetch(`${sim.simulator.url}/v1/convai/agents`, {
        headers: { 'xi-api-key': localKey },
      }),
    )
    await expect
      .poll(async () => (await sim?.control.readState())?.held_requests)
      .toBe(1)

    await sim.simulator.stop()

    expect(await held).toBeInstanceOf(TypeError)
  })

  it('refuses a fault for a route it does not know', async () => {
    sim = await startTestSimulator()

    const response = await fetch(`${sim.simulator.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ route: 'batch_calls.explode', kind: 'error_500' }),
    })

    expect(response.status).toBe(400)
    expect((await response.json()).error.code).toBe('invalid_control_request')
  })
})

describe('dropped recipient ids', () => {
  it('shows simulator ids instead of ours, so callers must match by phone', async () => {
    sim = await startTestSimulator()
    await sim.control.dropRecipientIds(true)
    const batchCalls = sim.client().conversationalAi.batchCalls

    const created = await batchCalls.create(
      acmeBatch(['+12025550120', '+12025550121']),
    )
    const detail = await batchCalls.get(created.id)

    expect(detail.recipients.map((recipient) => recipient.id)).toEqual([
      expect.stringMatching(/^rcpt_/),
      expect.stringMatching(/^rcpt_/),
    ])
    expect(detail.recipients.map((recipient) => recipient.phoneNumber)).toEqual([
      '+12025550120',
      '+12025550121',
    ])
  })

  it('drops ids of batches submitted earlier too, keeping each id stable', async () => {
    sim = await startTestSimulator()
    const batchCalls = sim.client().conversationalAi.batchCalls
    const created = await batchCalls.create(acmeBatch(['+12025550120']))
    const ours = await batchCalls.get(created.id)

    await sim.control.dropRecipientIds(true)
    const firstRead = await batchCalls.get(created.id)
    const secondRead = await batchCalls.get(created.id)
    await sim.control.dropRecipientIds(false)
    const restored = await batchCalls.get(created.id)

    expect(ours.recipients[0]?.id).toBe('recipient-0')
    expect(firstRead.recipients[0]?.id).toMatch(/^rcpt_/)
    expect(secondRead.recipients[0]?.id).toBe(firstRead.recipients[0]?.id)
    expect(restored.recipients[0]?.id).toBe('recipient-0')
  })
})
