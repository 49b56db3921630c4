import { Group, Select } from '@mantine/core'
import { memo } from 'react'
import type { Agent } from '../../../../supabase/functions/_shared/wire/agents.ts'

type Props = {
  agents: Agent[]
  agentId: string | null
  phoneNumberId: string | null
  onChange: (patch: {
    agentId?: string | null
    phoneNumberId?: string | null
  }) => void
  errors: { agentId?: string; phoneNumberId?: string }
}

/** The agent, then one of the numbers assigned to it. */
export const CallerFields = memo(function CallerFields({
  agents,
  agentId,
  phoneNumberId,
  onChange,
  errors,
}: Props) {
  const agent = agents.find((candidate) => candidate.id === agentId)
  const numbers = agent?.phone_numbers ?? []

  function chooseAgent(id: string | null) {
    const next = agents.find((candidate) => candidate.id === id)
    const only = next?.phone_numbers.length === 1 ? next.phone_numbers[0].id : null
    onChange({ agentId: id, phoneNumberId: only })
  }

  const noNumbers = agent && numbers.length === 0
  return (
    <Group grow align="flex-start">
      <Select
        label="Agent"
        placeholder="Choose the AI agent"
        data={agents.map((option) => ({ value: option.id, label: option.name }))}
        value={agent ? agent.id : null}
        onChange={chooseAgent}
        error={errors.agentId}
      />
      <Select
        label="Phone number"
        placeholder={
          agent ? 'Choose the number to call from' : 'Choose an agent first'
        }
        data={numbers.map((number) => ({
          value: number.id,
          label: `${number.label ?? 'Unnamed'} (${number.phone_number})`,
        }))}
        value={
          numbers.some((number) => number.id === phoneNumberId)
            ? phoneNumberId
            : null
        }
        onChange={(id) => onChange({ phoneNumberId: id })}
        disabled={!agent || numbers.length === 0}
        error={
          errors.phoneNumberId ??
          (noNumbers ? 'No number is assigned to this agent yet.' : undefined)
        }
      />
    </Group>
  )
})
