import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ElevenLabs, ElevenLabsClient } from '@elevenlabs/elevenlabs-js'
import { createSimulatorControl } from './control-client.ts'
import { type SimulatorOptions, startElevenLabsSimulator } from './server.ts'

export const localKey = 'sim_local_key'
export const noAgreementKey = 'sim_no_agreement_key'

type ClientOptions = ConstructorParameters<typeof ElevenLabsClient>[0]

/** A fresh simulator on a free port with its own temporary state file. */
export async function startTestSimulator(options: SimulatorOptions = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'elevenlabs-sim-'))
  const stateFile = join(folder, 'state.json')
  const simulator = await startElevenLabsSimulator({
    port: 0,
    stateFile,
    ...options,
  })

  return {
    simulator,
    stateFile,
    control: createSimulatorControl(simulator.url),
    client: (overrides: ClientOptions = {}) =>
      new ElevenLabsClient({
        apiKey: localKey,
        baseUrl: simulator.url,
        maxRetries: 0,
        ...overrides,
      }),
    async cleanup() {
      await simulator.stop()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

export type TestSimulator = Awaited<ReturnType<typeof startTestSimulator>>

type SubmitBody =
  ElevenLabs.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost

/** A submit for Acme's reminder agent, one recipient per number, ids ours. */
export function acmeBatch(
  phoneNumbers: string[],
  overrides: Partial<SubmitBody> = {},
): SubmitBody {
  return {
    callName: 'Reminders',
    agentId: 'agent_acme_reminders',
    agentPhoneNumberId: 'phnum_acme_main',
    recipients: phoneNumbers.map((phoneNumber, index) => ({
      id: `recipient-${index}`,
      phoneNumber,
    })),
    ...overrides,
  }
}
