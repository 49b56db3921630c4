import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { TelephonyProvider } from './types.ts'

export interface SeedAgent {
  agent_id: string
  name: string
  tags: string[]
  created_at_unix_secs: number
  archived?: boolean
}

export interface SeedPhoneNumber {
  phone_number_id: string
  phone_number: string
  label: string
  provider: TelephonyProvider
  assigned_agent_id: string | null
}

export interface Seed {
  api_keys: { key: string; agreement_accepted: boolean }[]
  agents: SeedAgent[]
  phone_numbers: SeedPhoneNumber[]
}

export const defaultSeedFile = fileURLToPath(new URL('./seed.json', import.meta.url))

export async function loadSeed(file = defaultSeedFile): Promise<Seed> {
  const seed = JSON.parse(await readFile(file, 'utf8')) as Seed
  if (!Array.isArray(seed.api_keys) || !Array.isArray(seed.agents)) {
    throw new Error(`Seed file ${file} needs api_keys, agents and phone_numbers`)
  }
  return seed
}

export function initialAgreements(seed: Seed): Record<string, boolean> {
  return Object.fromEntries(
    seed.api_keys.map((apiKey) => [apiKey.key, apiKey.agreement_accepted]),
  )
}

export function findAgent(seed: Seed, agentId: string): SeedAgent | undefined {
  return seed.agents.find((agent) => agent.agent_id === agentId)
}

export function findPhoneNumber(
  seed: Seed,
  phoneNumberId: string,
): SeedPhoneNumber | undefined {
  return seed.phone_numbers.find(
    (number) => number.phone_number_id === phoneNumberId,
  )
}
