import type { Campaign } from '../../../supabase/functions/_shared/wire/campaign.ts'
import type { CampaignPage } from '../../../supabase/functions/_shared/wire/page.ts'
import type { Recipient } from '../../../supabase/functions/_shared/wire/recipient.ts'

let serial = 0

/** A campaign as `GET /batch-calls/:id` answers, changed by `overrides`. */
export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  serial += 1
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    name: `Campaign ${serial}`,
    status: 'in_progress',
    agent: { id: 'agent_1', name: 'Reminder agent' },
    phone_number: { id: 'pn_1', phone_number: '+12025550100', label: 'Main line' },
    scheduled_at: null,
    time_zone: null,
    created_at: '2026-12-04T09:00:00Z',
    created_by_email: 'member@acme.test',
    synced_at: '2026-12-04T09:05:00Z',
    total_calls_scheduled: 10,
    total_calls_dispatched: 4,
    total_calls_completed: 2,
    total_calls_failed: 1,
    status_counts: {
      pending: 6,
      dispatched: 0,
      initiated: 0,
      in_progress: 1,
      completed: 2,
      failed: 0,
      voicemail: 1,
      cancelled: 0,
    },
    progress: 40,
    retry_count: 0,
    last_error: null,
    ...overrides,
  }
}

export function makeCampaignPage(
  items: Campaign[],
  overrides: Partial<CampaignPage> = {},
): CampaignPage {
  return {
    items,
    total: items.length,
    page: 1,
    page_size: 12,
    page_count: Math.max(1, Math.ceil(items.length / 12)),
    ...overrides,
  }
}

export function makeRecipient(overrides: Partial<Recipient> = {}): Recipient {
  serial += 1
  return {
    id: `00000000-0000-4000-9000-${String(serial).padStart(12, '0')}`,
    phone_number: `+1202555${String(serial % 10_000).padStart(4, '0')}`,
    status: 'completed',
    variables: { first_name: 'Alex' },
    conversation_id: `conv_${serial}`,
    updated_at: '2026-12-04T09:10:00Z',
    ...overrides,
  }
}
