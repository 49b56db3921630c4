import { z } from 'zod'

export const CAMPAIGN_STATUSES = [
  'pending',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
] as const

export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES)

export type CampaignStatus = z.infer<typeof campaignStatusSchema>

/** A recipient's status as upstream reports it. */
export const RECIPIENT_STATUSES = [
  'pending',
  'dispatched',
  'initiated',
  'in_progress',
  'completed',
  'failed',
  'voicemail',
  'cancelled',
] as const

export const recipientStatusSchema = z.enum(RECIPIENT_STATUSES)

export type RecipientStatus = z.infer<typeof recipientStatusSchema>
