import type { Seed, SeedAgent, SeedPhoneNumber } from './seed.ts'

// NOTE: upstream fills access_info from the workspace's users; the simulator
// has none, so every agent looks owned by one admin.
const simulatedAccessInfo = {
  is_creator: true,
  creator_name: 'Batch Calls simulator',
  creator_email: 'simulator@example.invalid',
  role: 'admin',
}

export function toAgentSummary(agent: SeedAgent) {
  return {
    agent_id: agent.agent_id,
    name: agent.name,
    tags: agent.tags,
    created_at_unix_secs: agent.created_at_unix_secs,
    access_info: simulatedAccessInfo,
    last_call_time_unix_secs: null,
    archived: agent.archived ?? false,
  }
}

export function toPhoneNumberResponse(seed: Seed, number: SeedPhoneNumber) {
  const agent = seed.agents.find(
    (item) => item.agent_id === number.assigned_agent_id,
  )
  return {
    phone_number: number.phone_number,
    label: number.label,
    supports_inbound: true,
    supports_outbound: true,
    phone_number_id: number.phone_number_id,
    assigned_agent: agent
      ? { agent_id: agent.agent_id, agent_name: agent.name }
      : null,
    provider: number.provider,
  }
}

export function toAgentDetail(seed: Seed, agent: SeedAgent) {
  const numbers = seed.phone_numbers.filter(
    (number) => number.assigned_agent_id === agent.agent_id,
  )
  return {
    agent_id: agent.agent_id,
    name: agent.name,
    // NOTE: upstream returns the full agent configuration; the simulator keeps
    // only the required keys, so the app must not rely on config contents.
    conversation_config: {},
    metadata: {
      created_at_unix_secs: agent.created_at_unix_secs,
      updated_at_unix_secs: agent.created_at_unix_secs,
    },
    phone_numbers: numbers.map((number) => toPhoneNumberResponse(seed, number)),
    access_info: simulatedAccessInfo,
    tags: agent.tags,
  }
}
