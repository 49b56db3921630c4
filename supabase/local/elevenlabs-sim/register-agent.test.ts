import { afterEach, describe, expect, it } from 'vitest'
import { startTestSimulator, type TestSimulator } from './simulator-test-kit.ts'

let sim: TestSimulator | undefined

afterEach(async () => {
  await sim?.cleanup()
  sim = undefined
})

describe('registering an agent through the control API', () => {
  it('lets a batch be submitted for the new agent and its number', async () => {
    sim = await startTestSimulator()
    await sim.control.registerAgent('agent_extra', {
      name: 'Extra',
      phone_numbers: [
        { phone_number_id: 'phnum_extra', phone_number: '+12025550177' },
      ],
    })
    const client = sim.client()

    const batch = await client.conversationalAi.batchCalls.create({
      callName: 'Extra run',
      agentId: 'agent_extra',
      agentPhoneNumberId: 'phnum_extra',
      recipients: [{ id: 'r1', phoneNumber: '+12025550101' }],
    })
    const number = await client.conversationalAi.phoneNumbers.get('phnum_extra')

    expect(batch.agentName).toBe('Extra')
    expect(number.assignedAgent?.agentId).toBe('agent_extra')
  })

  it('refuses a registration without a name', async () => {
    sim = await startTestSimulator()
    const response = await fetch(`${sim.simulator.url}/__sim/agents/agent_x`, {
      method: 'PUT',
      body: JSON.stringify({ phone_numbers: [] }),
    })
    expect(response.status).toBe(400)
  })
})
