import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'

/** How often a page showing an unfinished campaign asks for news. */
export const ACTIVE_REFRESH_MS = 4_000

/** Pending or in progress: counters and statuses are still moving. */
export function isCampaignActive(campaign: Pick<Campaign, 'status'>) {
  return campaign.status === 'pending' || campaign.status === 'in_progress'
}
