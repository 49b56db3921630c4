import { ElevenLabs, ElevenLabsError } from '@elevenlabs/elevenlabs-js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  acmeBatch,
  localKey,
  noAgreementKey,
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

async function failureOf(promise: Promise<unknown>): Promise<ElevenLabsError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ElevenLabsError)
  return error as ElevenLabsError
}

// The client refuses to send a body without call_name, so this fetch removes
// it on the way out, as a hand-written caller might forget it.
const fetchWithoutCallName: typeof fetch = (input, init) => {
  const body = JSON.parse(String(init?.body))
  delete body.call_name
  return fetch(input, { ...init, body: JSON.stringify(body) })
}

describe('authentication and the batch-calling agreement', () => {
  it('answers an unknown API key with 401 invalid_api_key', async () => {
    const error = await failureOf(
      sim.client({ apiKey: 'not-a-key' }).conversationalAi.agents.list(),
    )

    expect(error.statusCode).toBe(401)
    expect(error.body).toEqual({
      detail: { status: 'invalid_api_key', message: expect.any(String) },
    })
  })

  it('answers a request without xi-api-key with 401', async () => {
    const response = await fetch(`${sim.simulator.url}/v1/convai/phone-numbers`)

    expect(response.status).toBe(401)
    expect((await response.json()).detail.status).toBe('invalid_api_key')
  })

  it('refuses a submit with 403 when the key has not accepted the agreement', async () => {
    const error = await failureOf(
      sim
        .client({ apiKey: noAgreementKey })
        .conversationalAi.batchCalls.create(acmeBatch(['+12025550123'])),
    )

    expect(error.statusCode).toBe(403)
    expect(error.body).toEqual({
      detail: {
        status: 'batch_calling_agreement_required',
        message: expect.stringContaining('terms'),
      },
    })
  })

  it('lets a key submit once the control API accepts its agreement', async () => {
    await sim.control.setAgreement(noAgreementKey, true)

    const batch = await sim
      .client({ apiKey: noAgreementKey })
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550123']))

    expect(batch.status).toBe('pending')
  })

  it('refuses a key whose agreement the control API turned off', async () => {
    await sim.control.setAgreement(localKey, false)

    const error = await failureOf(
      sim.client().conversationalAi.batchCalls.create(acmeBatch(['+12025550123'])),
    )

    expect(error.statusCode).toBe(403)
  })
})

describe('validation errors in the FastAPI list shape', () => {
  it('reports a missing call_name as a 422 located in the body', async () => {
    const client = sim.client({ fetch: fetchWithoutCallName })

    const error = await failureOf(
      client.conversationalAi.batchCalls.create(acmeBatch(['+12025550123'])),
    )

    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError)
    expect(error.body).toEqual({
      detail: [
        { type: 'missing', loc: ['body', 'call_name'], msg: 'Field required' },
      ],
    })
  })

  it('reports more than 10,000 recipients as too_long', async () => {
    const phones = Array.from({ length: 10_001 }, () => '+12025550123')

    const error = await failureOf(
      sim.client().conversationalAi.batchCalls.create(acmeBatch(phones)),
    )

    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError)
    const detail = (error.body as { detail: Record<string, unknown>[] }).detail
    expect(detail).toHaveLength(1)
    expect(detail[0]).toMatchObject({
      type: 'too_long',
      loc: ['body', 'recipients'],
    })
  })

  it('accepts exactly 10,000 recipients', async () => {
    const phones = Array.from({ length: 10_000 }, () => '+12025550123')

    const batch = await sim
      .client()
      .conversationalAi.batchCalls.create(acmeBatch(phones))

    expect(batch.totalCallsScheduled).toBe(10_000)
  })

  it('reports a concurrency limit below 1 with its location', async () => {
    const error = await failureOf(
      sim
        .client()
        .conversationalAi.batchCalls.create(
          acmeBatch(['+12025550123'], { targetConcurrencyLimit: 0 }),
        ),
    )

    expect(error.statusCode).toBe(422)
    expect(error.body).toMatchObject({
      detail: [
        { type: 'greater_than_equal', loc: ['body', 'target_concurrency_limit'] },
      ],
    })
  })

  it.each([0, 101])(
    'refuses an agents page_size of %i with 422',
    async (pageSize) => {
      const error = await failureOf(
        sim.client().conversationalAi.agents.list({ pageSize }),
      )

      expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError)
      expect(error.body).toMatchObject({ detail: [{ loc: ['query', 'page_size'] }] })
    },
  )

  it('reports a body that is not JSON as json_invalid', async () => {
    const response = await fetch(
      `${sim.simulator.url}/v1/convai/batch-calling/submit`,
      {
        method: 'POST',
        headers: { 'xi-api-key': localKey, 'content-type': 'application/json' },
        body: '{"call_name":',
      },
    )

    expect(response.status).toBe(422)
    expect((await response.json()).detail[0]).toMatchObject({
      type: 'json_invalid',
      loc: ['body', 0],
    })
  })
})

describe('unknown ids and business rules in the object form', () => {
  it.each([
    ['get', 'batch_not_found'],
    ['cancel', 'batch_not_found'],
    ['retry', 'batch_not_found'],
    ['delete', 'batch_not_found'],
  ] as const)('answers %s of an unknown batch with 404 %s', async (method, code) => {
    const error = await failureOf(
      sim.client().conversationalAi.batchCalls[method]('btcal_missing'),
    )

    expect(error.statusCode).toBe(404)
    expect((error.body as { detail: { status: string } }).detail.status).toBe(code)
  })

  it('answers an unknown agent and phone number with 404', async () => {
    const client = sim.client()
    const agentError = await failureOf(
      client.conversationalAi.agents.get('agent_nope'),
    )
    const numberError = await failureOf(
      client.conversationalAi.phoneNumbers.get('phnum_nope'),
    )

    expect(agentError.statusCode).toBe(404)
    expect(agentError.body).toMatchObject({ detail: { status: 'agent_not_found' } })
    expect(numberError.body).toMatchObject({
      detail: { status: 'phone_number_not_found' },
    })
  })

  it('refuses a submit naming an unknown agent or number', async () => {
    const client = sim.client()
    const agentError = await failureOf(
      client.conversationalAi.batchCalls.create(
        acmeBatch(['+12025550123'], { agentId: 'agent_nope' }),
      ),
    )
    const numberError = await failureOf(
      client.conversationalAi.batchCalls.create(
        acmeBatch(['+12025550123'], { agentPhoneNumberId: 'phnum_nope' }),
      ),
    )

    expect(agentError.body).toMatchObject({ detail: { status: 'agent_not_found' } })
    expect(numberError.body).toMatchObject({
      detail: { status: 'phone_number_not_found' },
    })
  })

  it('refuses an empty recipient list and a voice batch without a caller number', async () => {
    const client = sim.client()
    const empty = await failureOf(
      client.conversationalAi.batchCalls.create(acmeBatch([])),
    )
    const noNumber = await failureOf(
      client.conversationalAi.batchCalls.create(
        acmeBatch(['+12025550123'], { agentPhoneNumberId: undefined }),
      ),
    )

    expect(empty.statusCode).toBe(400)
    expect(empty.body).toMatchObject({ detail: { status: 'empty_recipients' } })
    expect(noNumber.body).toMatchObject({
      detail: { status: 'phone_number_required' },
    })
  })

  it('answers an unknown path with the FastAPI 404', async () => {
    const response = await fetch(`${sim.simulator.url}/v1/convai/nothing-here`)

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ detail: 'Not Found' })
  })
})

describe('query validation', () => {
  it('names every allowed provider when the filter is unknown', async () => {
    const response = await fetch(
      `${sim.simulator.url}/v1/convai/phone-numbers?provider=vonage`,
      { headers: { 'xi-api-key': localKey } },
    )

    expect(response.status).toBe(422)
    expect((await response.json()).detail[0]).toMatchObject({
      type: 'enum',
      loc: ['query', 'provider'],
      msg: "Input should be 'twilio', 'sip_trunk' or 'exotel'",
    })
  })
})
