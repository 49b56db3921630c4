import { describe, expect, it } from 'vitest'
import {
  buildUpstreamCallName,
  callNameBelongsTo,
  displayCampaignName,
  parseUpstreamCallName,
} from './campaign-name.ts'

const customer = '0b6f2a4e-7d1c-4d57-9a3e-2f6c1b8e9d10'
const other = '5f0c9a7e-3b2d-4c1a-8e6f-7d9b0a1c2e3f'

describe('campaign names', () => {
  it('builds the upstream call name with the customer prefix', () => {
    expect(buildUpstreamCallName(customer, ' Spring reminders ')).toBe(
      `[${customer}] Spring reminders`,
    )
  })

  it('shows the name without the prefix, keeping brackets that are part of the name', () => {
    expect(displayCampaignName(`[${customer}] [Test] Spring`)).toBe('[Test] Spring')
    expect(displayCampaignName('[not-a-uuid] Spring')).toBe('[not-a-uuid] Spring')
    expect(displayCampaignName('Plain name')).toBe('Plain name')
  })

  it('round-trips a name through the upstream call name', () => {
    const name = 'Q3 follow-up, ünïcode & [brackets]'
    expect(parseUpstreamCallName(buildUpstreamCallName(customer, name))).toEqual({
      customerId: customer,
      name,
    })
  })

  it('says a prefix belongs to a customer only for that exact customer', () => {
    const callName = buildUpstreamCallName(customer, 'x')
    expect(callNameBelongsTo(callName, customer)).toBe(true)
    expect(callNameBelongsTo(callName, customer.toUpperCase())).toBe(true)
    expect(callNameBelongsTo(callName, other)).toBe(false)
    expect(callNameBelongsTo(`x [${customer}] y`, customer)).toBe(false)
    expect(callNameBelongsTo(`[${customer}]no-space`, customer)).toBe(false)
  })
})
