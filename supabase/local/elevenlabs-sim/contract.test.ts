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

describe('batch calls through the official client', () => {
  it('submits a batch and echoes it as a pending BatchCallResponse', async () => {
    const batch = await sim.client().conversationalAi.batchCalls.create(
      acmeBatch(['+12025550123', '+12025550124'], {
        scheduledTimeUnix: 2_000_000_000,
        timezone: 'Europe/Paris',
        targetConcurrencyLimit: 3,
        telephonyCallConfig: { ringingTimeoutSecs: 30 },
      }),
    )

    expect(batch).toMatchObject({
      name: 'Reminders',
      agentId: 'agent_acme_reminders',
      agentName: 'Appointment reminders',
      phoneNumberId: 'phnum_acme_main',
      phoneProvider: 'twilio',
      status: 'pending',
      scheduledTimeUnix: 2_000_000_000,
      timezone: 'Europe/Paris',
      totalCallsScheduled: 2,
      totalCallsDispatched: 0,
      totalCallsFinished: 0,
      retryCount: 0,
      targetConcurrencyLimit: 3,
      telephonyCallConfig: { ringingTimeoutSecs: 30 },
    })
    expect(batch.id).toMatch(/^btcal_/)
  })

  it('starts a batch without a schedule at the moment it was created', async () => {
    const batch = await sim
      .client()
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550123']))

    expect(batch.scheduledTimeUnix).toBe(batch.createdAtUnix)
  })

  it('gets a batch with every recipient, keeping our ids and variables', async () => {
    const client = sim.client()
    const created = await client.conversationalAi.batchCalls.create(
      acmeBatch([], {
        recipients: [
          {
            id: 'ours-1',
            phoneNumber: '+12025550123',
            conversationInitiationClientData: {
              dynamicVariables: { first_name: 'Ada', visit: '007' },
            },
          },
        ],
      }),
    )

    const detail = await client.conversationalAi.batchCalls.get(created.id)

    expect(detail.id).toBe(created.id)
    expect(detail.recipients).toHaveLength(1)
    expect(detail.recipients[0]).toMatchObject({
      id: 'ours-1',
      phoneNumber: '+12025550123',
      status: 'pending',
      conversationId: undefined,
      conversationInitiationClientData: {
        dynamicVariables: { first_name: 'Ada', visit: '007' },
      },
    })
  })

  it('lists the workspace newest first and pages with last_doc', async () => {
    const client = sim.client()
    const names = ['first', 'second', 'third']
    for (const callName of names) {
      await client.conversationalAi.batchCalls.create(
        acmeBatch(['+12025550123'], { callName }),
      )
    }

    const firstPage = await client.conversationalAi.batchCalls.list({ limit: 2 })
    expect(firstPage.batchCalls.map((batch) => batch.name)).toEqual([
      'third',
      'second',
    ])
    expect(firstPage.hasMore).toBe(true)
    expect(firstPage.nextDoc).toEqual(expect.any(String))

    const secondPage = await client.conversationalAi.batchCalls.list({
      limit: 2,
      lastDoc: firstPage.nextDoc,
    })
    expect(secondPage.batchCalls.map((batch) => batch.name)).toEqual(['first'])
    expect(secondPage.hasMore).toBe(false)
    expect(secondPage.nextDoc).toBeUndefined()
  })

  it('filters the workspace list by agent', async () => {
    const client = sim.client()
    await client.conversationalAi.batchCalls.create(acmeBatch(['+12025550123']))
    await client.conversationalAi.batchCalls.create(
      acmeBatch(['+12025550123'], {
        callName: 'Renewals',
        agentId: 'agent_globex_renewals',
        agentPhoneNumberId: 'phnum_globex_main',
      }),
    )

    const list = await client.conversationalAi.batchCalls.list({
      agentId: 'agent_globex_renewals',
    })

    expect(list.batchCalls.map((batch) => batch.name)).toEqual(['Renewals'])
  })

  it('cancels a batch and returns it cancelled', async () => {
    const client = sim.client()
    const created = await client.conversationalAi.batchCalls.create(
      acmeBatch(['+12025550123']),
    )

    const cancelled = await client.conversationalAi.batchCalls.cancel(created.id)

    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.totalCallsFinished).toBe(1)
  })

  it('retries a finished batch and returns it with retry_count raised', async () => {
    const client = sim.client()
    const created = await client.conversationalAi.batchCalls.create(
      acmeBatch(['+12025550113']),
    )
    await sim.control.runSteps(4)

    const retried = await client.conversationalAi.batchCalls.retry(created.id)

    expect(retried.retryCount).toBe(1)
    expect(retried.status).toBe('pending')
  })

  it('deletes a batch, after which getting it is a 404', async () => {
    const client = sim.client()
    const created = await client.conversationalAi.batchCalls.create(
      acmeBatch(['+12025550123']),
    )

    await client.conversationalAi.batchCalls.delete(created.id)

    const error = await client.conversationalAi.batchCalls
      .get(created.id)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ElevenLabsError)
    expect((error as ElevenLabsError).statusCode).toBe(404)
    const list = await client.conversationalAi.batchCalls.list()
    expect(list.batchCalls).toEqual([])
  })
})

describe('agents and phone numbers through the official client', () => {
  it('lists the seeded agents newest first', async () => {
    const page = await sim.client().conversationalAi.agents.list()

    expect(page.agents.map((agent) => [agent.agentId, agent.name])).toEqual([
      ['agent_globex_renewals', 'Policy renewals'],
      ['agent_acme_survey', 'Customer survey'],
      ['agent_acme_reminders', 'Appointment reminders'],
    ])
    expect(page.hasMore).toBe(false)
  })

  it('pages agents with cursor and filters them by name', async () => {
    const client = sim.client()
    const first = await client.conversationalAi.agents.list({ pageSize: 2 })
    const second = await client.conversationalAi.agents.list({
      pageSize: 2,
      cursor: first.nextCursor,
    })
    const searched = await client.conversationalAi.agents.list({ search: 'SURVEY' })

    expect(first.agents).toHaveLength(2)
    expect(first.hasMore).toBe(true)
    expect(second.agents.map((agent) => agent.agentId)).toEqual([
      'agent_acme_reminders',
    ])
    expect(second.hasMore).toBe(false)
    expect(searched.agents.map((agent) => agent.agentId)).toEqual([
      'agent_acme_survey',
    ])
  })

  it('gets an agent with the numbers assigned to it', async () => {
    const agent = await sim
      .client()
      .conversationalAi.agents.get('agent_acme_reminders')

    expect(agent.name).toBe('Appointment reminders')
    expect(agent.phoneNumbers?.map((number) => number.phoneNumberId)).toEqual([
      'phnum_acme_main',
    ])
  })

  it('lists the seeded numbers as a bare array with their assigned agents', async () => {
    const numbers = await sim.client().conversationalAi.phoneNumbers.list()

    expect(
      numbers.map((number) => [
        number.phoneNumberId,
        number.phoneNumber,
        number.label,
        number.provider,
        number.assignedAgent?.agentId ?? null,
      ]),
    ).toEqual([
      [
        'phnum_acme_main',
        '+12025550100',
        'Acme main line',
        'twilio',
        'agent_acme_reminders',
      ],
      [
        'phnum_acme_survey',
        '+12025550199',
        'Survey line',
        'twilio',
        'agent_acme_survey',
      ],
      ['phnum_acme_spare', '+442079460000', 'London spare', 'twilio', null],
      [
        'phnum_globex_main',
        '+12025550111',
        'Globex renewals',
        'twilio',
        'agent_globex_renewals',
      ],
    ])
  })

  it('filters numbers by assigned agent and gets one by id', async () => {
    const client = sim.client()
    const assigned = await client.conversationalAi.phoneNumbers.list({
      agentId: 'agent_acme_survey',
    })
    const one = await client.conversationalAi.phoneNumbers.get('phnum_acme_spare')

    expect(assigned.map((number) => number.phoneNumberId)).toEqual([
      'phnum_acme_survey',
    ])
    expect(one).toMatchObject({
      phoneNumber: '+442079460000',
      label: 'London spare',
    })
  })
})
