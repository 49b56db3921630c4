import { describe, expect, it } from 'vitest'
import { agentsResponseSchema } from './agents.ts'
import { campaignResponseSchema } from './campaign.ts'
import { ERROR_STATUS, errorBodySchema } from './error-body.ts'
import { campaignEventsResponseSchema } from './events.ts'
import { campaignPageSchema, pageCount, recipientPageSchema } from './page.ts'
import { quotaResponseSchema } from './quota.ts'
import { acceptTermsBodySchema, termsResponseSchema } from './terms.ts'

const campaign = {
  id: '0b6f2a4e-7d1c-4d57-9a3e-2f6c1b8e9d10',
  name: 'Spring reminders',
  status: 'in_progress',
  agent: { id: 'agent_1', name: 'Receptionist' },
  phone_number: { id: 'phnum_1', phone_number: '+12025550100', label: 'Main' },
  scheduled_at: null,
  time_zone: null,
  created_at: '2026-06-01T12:00:00.000Z',
  created_by_email: 'ada@example.com',
  synced_at: '2026-06-01T12:01:00Z',
  total_calls_scheduled: 10,
  total_calls_dispatched: 4,
  total_calls_completed: 2,
  total_calls_failed: 1,
  status_counts: {
    pending: 6,
    dispatched: 1,
    initiated: 0,
    in_progress: 0,
    completed: 2,
    failed: 0,
    voicemail: 1,
    cancelled: 0,
  },
  progress: 40,
  retry_count: 0,
  last_error: null,
}

const recipient = {
  id: '5f0c9a7e-3b2d-4c1a-8e6f-7d9b0a1c2e3f',
  phone_number: '+12025550143',
  status: 'completed',
  variables: { first_name: 'Alex', balance_due: '12,50' },
  conversation_id: 'conv_1',
  updated_at: '2026-06-01T12:05:00Z',
}

describe('response schemas', () => {
  it('accepts a campaign as the API returns it', () => {
    expect(campaignResponseSchema.parse({ campaign }).campaign.progress).toBe(40)
  })

  it.each([
    ['status', 'scheduled'],
    ['progress', 101],
    ['progress', 12.5],
    ['created_at', '2026-06-01 12:00'],
    ['total_calls_failed', -1],
  ])('refuses a campaign whose %s is %j', (field, value) => {
    const broken = { ...campaign, [field]: value }
    expect(campaignResponseSchema.safeParse({ campaign: broken }).success).toBe(
      false,
    )
  })

  it('refuses status counts that miss an upstream status', () => {
    const { voicemail: _v, ...counts } = campaign.status_counts
    const broken = { ...campaign, status_counts: counts }
    expect(campaignResponseSchema.safeParse({ campaign: broken }).success).toBe(
      false,
    )
  })

  it('accepts list pages with their fixed page sizes only', () => {
    const page = {
      items: [campaign],
      total: 1,
      page: 1,
      page_size: 12,
      page_count: 1,
    }
    expect(campaignPageSchema.parse(page).page_size).toBe(12)
    expect(campaignPageSchema.safeParse({ ...page, page_size: 50 }).success).toBe(
      false,
    )
    const recipients = {
      items: [recipient],
      total: 1,
      page: 3,
      page_size: 50,
      page_count: 1,
    }
    expect(
      recipientPageSchema.parse(recipients).items[0].variables.balance_due,
    ).toBe('12,50')
  })

  it('counts at least one page even when there is nothing', () => {
    expect(pageCount(0, 12)).toBe(1)
    expect(pageCount(12, 12)).toBe(1)
    expect(pageCount(13, 12)).toBe(2)
  })

  it('accepts agents, terms, quota and events', () => {
    expect(
      agentsResponseSchema.parse({
        agents: [{ id: 'a', name: 'A', phone_numbers: [campaign.phone_number] }],
      }).agents,
    ).toHaveLength(1)
    expect(
      termsResponseSchema.parse({
        version: 2,
        accepted: false,
        accepted_at: null,
        accepted_by_email: null,
        text: 'Terms',
      }).accepted,
    ).toBe(false)
    expect(acceptTermsBodySchema.safeParse({ version: '1' }).success).toBe(false)
    expect(acceptTermsBodySchema.safeParse({ version: 0 }).success).toBe(false)
    const unlimited = {
      limit: null,
      used: 3,
      remaining: null,
      resets_at: '2026-07-01T00:00:00Z',
    }
    expect(quotaResponseSchema.parse(unlimited).limit).toBeNull()
    expect(quotaResponseSchema.safeParse({ ...unlimited, used: -1 }).success).toBe(
      false,
    )
    const event = {
      at: '2026-06-01T12:00:00Z',
      kind: 'submitted',
      actor_email: null,
      detail: null,
    }
    expect(
      campaignEventsResponseSchema.parse({ items: [event] }).items[0].kind,
    ).toBe('submitted')
  })

  it('accepts the error body with details and refuses an unknown code', () => {
    const body = {
      error: {
        code: 'invalid_request',
        message: 'Check the highlighted fields.',
        details: [
          {
            path: 'recipients.3.phone_number',
            code: 'duplicate_phone_number',
            message: 'Twice.',
          },
        ],
      },
    }
    expect(errorBodySchema.parse(body).error.details).toHaveLength(1)
    expect(
      errorBodySchema.safeParse({ error: { code: 'oops', message: 'x' } }).success,
    ).toBe(false)
  })

  it('maps each error code to the status API.md gives it', () => {
    expect(ERROR_STATUS).toMatchObject({
      unauthorized: 401,
      no_customer: 403,
      invalid_request: 400,
      not_found: 404,
      batch_calling_agreement_required: 403,
      quota_exceeded: 403,
      rate_limited: 429,
      not_cancellable: 409,
      nothing_to_retry: 409,
      terms_outdated: 409,
      idempotency_key_reused: 422,
      request_in_progress: 409,
      provider_busy: 503,
      provider_unavailable: 502,
      provider_terms_not_accepted: 503,
    })
  })
})
