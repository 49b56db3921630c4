import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js'
import { afterEach, describe, expect, it } from 'vitest'
import { createSimulatorControl } from './control-client.ts'
import { type RunningSimulator, startElevenLabsSimulator } from './server.ts'
import {
  acmeBatch,
  localKey,
  noAgreementKey,
  startTestSimulator,
  type TestSimulator,
} from './simulator-test-kit.ts'

let sim: TestSimulator | undefined
let restarted: RunningSimulator | undefined

afterEach(async () => {
  await restarted?.stop()
  await sim?.cleanup()
  sim = undefined
  restarted = undefined
})

function clientFor(url: string) {
  return new ElevenLabsClient({ apiKey: localKey, baseUrl: url, maxRetries: 0 })
}

describe('state file', () => {
  it('keeps batches, their progress, the clock and agreements across a restart', async () => {
    sim = await startTestSimulator()
    const created = await sim
      .client()
      .conversationalAi.batchCalls.create(
        acmeBatch(['+12025550120', '+12025550113']),
      )
    await sim.control.runSteps(2)
    await sim.control.advanceClock(120)
    await sim.control.setAgreement(noAgreementKey, true)
    const before = await sim.client().conversationalAi.batchCalls.get(created.id)
    await sim.simulator.stop()

    restarted = await startElevenLabsSimulator({ port: 0, stateFile: sim.stateFile })
    const after = await clientFor(restarted.url).conversationalAi.batchCalls.get(
      created.id,
    )
    const state = await createSimulatorControl(restarted.url).readState()

    expect(after).toEqual(before)
    expect(after.recipients.map((recipient) => recipient.status)).toEqual([
      'initiated',
      'initiated',
    ])
    expect(state.clock_offset_seconds).toBe(120)
    expect(state.agreements[noAgreementKey]).toBe(true)
  })

  it('goes on numbering batches after a restart so paging stays newest first', async () => {
    sim = await startTestSimulator()
    await sim
      .client()
      .conversationalAi.batchCalls.create(
        acmeBatch(['+12025550120'], { callName: 'before restart' }),
      )
    await sim.simulator.stop()

    restarted = await startElevenLabsSimulator({ port: 0, stateFile: sim.stateFile })
    const client = clientFor(restarted.url).conversationalAi.batchCalls
    await client.create(acmeBatch(['+12025550120'], { callName: 'after restart' }))
    const list = await client.list()

    expect(list.batchCalls.map((batch) => batch.name)).toEqual([
      'after restart',
      'before restart',
    ])
  })

  it('answers before writing and writes once the debounce is flushed', async () => {
    sim = await startTestSimulator({ persistDebounceMs: 60_000 })
    await sim
      .client()
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550120']))

    const beforeFlush = await readdir(dirname(sim.stateFile))
    await sim.simulator.flush()
    const afterFlush = await readdir(dirname(sim.stateFile))
    const saved = JSON.parse(await readFile(sim.stateFile, 'utf8'))

    expect(beforeFlush).toEqual([])
    expect(afterFlush).toEqual(['state.json'])
    expect(saved.batches).toHaveLength(1)
  })
})

describe('reset and seed', () => {
  it('resets to the seed, forgetting batches, faults, toggles and the clock', async () => {
    sim = await startTestSimulator()
    await sim
      .client()
      .conversationalAi.batchCalls.create(acmeBatch(['+12025550120']))
    await sim.control.advanceClock(3600)
    await sim.control.setAgreement(localKey, false)
    await sim.control.failNext('agents.list', 'error_500')
    await sim.control.dropRecipientIds(true)

    const state = await sim.control.reset()
    const list = await sim.client().conversationalAi.batchCalls.list()
    const agents = await sim.client().conversationalAi.agents.list()

    expect(state).toMatchObject({
      clock_offset_seconds: 0,
      drop_recipient_ids: false,
      faults: [],
      batches: [],
      agreements: { [localKey]: true, [noAgreementKey]: false },
    })
    expect(list.batchCalls).toEqual([])
    expect(agents.agents).toHaveLength(3)
  })

  it('serves the agents and numbers of the seed file it is given', async () => {
    sim = await startTestSimulator()
    const seedFile = join(dirname(sim.stateFile), 'seed.json')
    await writeFile(
      seedFile,
      JSON.stringify({
        api_keys: [{ key: 'other_key', agreement_accepted: true }],
        agents: [
          { agent_id: 'agent_x', name: 'X', tags: [], created_at_unix_secs: 1 },
        ],
        phone_numbers: [],
      }),
    )

    restarted = await startElevenLabsSimulator({ port: 0, seedFile })
    const client = new ElevenLabsClient({
      apiKey: 'other_key',
      baseUrl: restarted.url,
    })
    const agents = await client.conversationalAi.agents.list()
    const numbers = await client.conversationalAi.phoneNumbers.list()

    expect(agents.agents.map((agent) => agent.agentId)).toEqual(['agent_x'])
    expect(numbers).toEqual([])
  })
})
