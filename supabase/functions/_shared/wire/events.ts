import { z } from 'zod'

/** Event kinds written today; the schema accepts others so new kinds do not break old SPAs. */
export const KNOWN_EVENT_KINDS = [
  'submitted',
  'cancelled',
  'retried',
  'status_changed',
  'upstream_error',
  'reconciled',
] as const

export const campaignEventSchema = z.object({
  at: z.iso.datetime(),
  kind: z.string().min(1),
  actor_email: z.string().nullable(),
  /** Kind-specific facts (e.g. `{from, to}` for a status change), or null. */
  detail: z.record(z.string(), z.unknown()).nullable(),
})

export type CampaignEvent = z.infer<typeof campaignEventSchema>

export const campaignEventsResponseSchema = z.object({
  items: z.array(campaignEventSchema),
})

export type CampaignEventsResponse = z.infer<typeof campaignEventsResponseSchema>
