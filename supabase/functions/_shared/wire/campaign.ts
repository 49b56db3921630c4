import { z } from 'zod'
import { campaignStatusSchema, RECIPIENT_STATUSES } from './statuses.ts'

const count = z.number().int().nonnegative()

export const callerNumberSchema = z.object({
  id: z.string().min(1),
  phone_number: z.string(),
  label: z.string().nullable(),
})

export type CallerNumber = z.infer<typeof callerNumberSchema>

export const statusCountsSchema = z.object(
  Object.fromEntries(RECIPIENT_STATUSES.map((status) => [status, count])) as Record<
    (typeof RECIPIENT_STATUSES)[number],
    typeof count
  >,
)

export type StatusCounts = z.infer<typeof statusCountsSchema>

export const campaignSchema = z.object({
  id: z.uuid(),
  /** Without the `[customer uuid] ` prefix sent upstream. */
  name: z.string(),
  status: campaignStatusSchema,
  agent: z.object({ id: z.string().min(1), name: z.string() }),
  phone_number: callerNumberSchema,
  scheduled_at: z.iso.datetime().nullable(),
  time_zone: z.string().nullable(),
  created_at: z.iso.datetime(),
  created_by_email: z.string().nullable(),
  synced_at: z.iso.datetime().nullable(),
  total_calls_scheduled: count,
  total_calls_dispatched: count,
  total_calls_completed: count,
  total_calls_failed: count,
  status_counts: statusCountsSchema,
  progress: z.number().int().min(0).max(100),
  retry_count: count,
  last_error: z.object({ code: z.string(), message: z.string() }).nullable(),
})

export type Campaign = z.infer<typeof campaignSchema>

/** The body of create, get, cancel and retry. */
export const campaignResponseSchema = z.object({ campaign: campaignSchema })

export type CampaignResponse = z.infer<typeof campaignResponseSchema>

export const createCampaignResponseSchema = campaignResponseSchema
export const cancelCampaignResponseSchema = campaignResponseSchema
export const retryCampaignResponseSchema = campaignResponseSchema
