import { vi } from 'vitest'
import type { Agent } from '../../../../supabase/functions/_shared/wire/agents.ts'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import type { TermsResponse } from '../../../../supabase/functions/_shared/wire/terms.ts'

export const agents: Agent[] = [
  {
    id: 'agent_reminders',
    name: 'Appointment reminders',
    phone_numbers: [
      { id: 'pn_main', phone_number: '+12025550100', label: 'Main line' },
    ],
  },
  {
    id: 'agent_survey',
    name: 'Customer survey',
    phone_numbers: [
      { id: 'pn_survey', phone_number: '+12025550199', label: 'Survey line' },
      { id: 'pn_spare', phone_number: '+442079460000', label: 'London spare' },
    ],
  },
]

export function terms(accepted: boolean): TermsResponse {
  return {
    version: 1,
    accepted,
    accepted_at: null,
    accepted_by_email: null,
    text: 'You confirm every person agreed to be called.',
  }
}

export const quota = {
  limit: 10,
  used: 3,
  remaining: 7,
  resets_at: '2027-02-01T00:00:00.000Z',
}

export const campaign = { id: 'c1', name: 'Spring', scheduled_at: null } as Campaign

type Call = { path: string; method?: string; body?: unknown; headers?: object }

/** A stand-in for `apiRequest`: answers by route, records what was sent. */
export function fakeApi(answers: {
  terms?: TermsResponse
  create?: (call: Call) => Promise<unknown>
}) {
  return vi.fn(async (path: string, options: Omit<Call, 'path'> = {}) => {
    const call = { path, ...options }
    if (path === '/terms' && options.method === 'POST') return terms(true)
    if (path === '/terms') return answers.terms ?? terms(true)
    if (path === '/quota') return quota
    if (path === '' && options.method === 'POST') {
      return answers.create ? answers.create(call) : { campaign }
    }
    throw new Error(`unexpected request ${path}`)
  })
}
