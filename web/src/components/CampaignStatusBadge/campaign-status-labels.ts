import type {
  CampaignStatus,
  RecipientStatus,
} from '../../../../supabase/functions/_shared/wire/statuses.ts'

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

export const RECIPIENT_STATUS_LABELS: Record<RecipientStatus, string> = {
  pending: 'Pending',
  dispatched: 'Dispatched',
  initiated: 'Initiated',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  voicemail: 'Voicemail',
  cancelled: 'Cancelled',
}

/** Theme colours as CSS values, so bars and swatches take them alike. */
export const RECIPIENT_STATUS_COLORS: Record<RecipientStatus, string> = {
  pending: 'var(--mantine-color-gray-4)',
  dispatched: 'var(--mantine-color-indigo-3)',
  initiated: 'var(--mantine-color-indigo-5)',
  in_progress: 'var(--mantine-color-blue-6)',
  completed: 'var(--mantine-color-teal-6)',
  failed: 'var(--mantine-color-red-6)',
  voicemail: 'var(--mantine-color-yellow-6)',
  cancelled: 'var(--mantine-color-orange-4)',
}

export function isCampaignStatus(value: unknown): value is CampaignStatus {
  return typeof value === 'string' && Object.hasOwn(CAMPAIGN_STATUS_LABELS, value)
}
