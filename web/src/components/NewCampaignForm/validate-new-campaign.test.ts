import { describe, expect, test } from 'vitest'
import type { ScheduleSummary } from '../ScheduleFields/schedule-summary.ts'
import type { DraftFields } from './new-campaign-draft.ts'
import { validateNewCampaign } from './validate-new-campaign.ts'

const startNow: ScheduleSummary = { kind: 'immediate' }

function nameError(name: string) {
  const fields = { name, agentId: 'a', phoneNumberId: 'p', source: 'file' }
  return validateNewCampaign(fields as DraftFields, null, startNow).name
}

describe('validateNewCampaign', () => {
  test('asks for a name when it is only spaces and zero-width characters', () => {
    expect(nameError('\u00a0\u200b\u2060')).toBe('Give the campaign a name.')
  })

  test('accepts a name with zero-width characters around it', () => {
    expect(nameError('\u200bSpring\ufeff')).toBeUndefined()
  })
})
