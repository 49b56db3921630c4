import { createSubmissionFinder } from './submission-finder.ts'
import { type SyncDeps, type SyncOutcome, syncCampaign } from './sync-campaign.ts'
import { logSync } from './sync-log.ts'
import { leaseCampaignForRefresh, releaseLeases } from './sync-queries.ts'

/**
 * Refreshes one submitted, unfinished campaign if it was synced more than
 * DETAIL_STALE_AFTER_SECONDS ago and no pass holds it. Never throws: a detail
 * read answers from the database whatever happens here.
 */
export async function refreshStaleCampaign(
  deps: SyncDeps,
  campaignId: string,
): Promise<SyncOutcome | 'fresh'> {
  try {
    const campaign = await leaseCampaignForRefresh(deps.sql, campaignId)
    if (!campaign) return 'fresh'
    const outcome = await syncCampaign(
      deps,
      createSubmissionFinder(deps.upstream.list),
      campaign,
    )
    if (outcome !== 'prefix_mismatch') {
      await releaseLeases(deps.sql, [campaign.id], campaign.lease_token)
    }
    return outcome
  } catch (error) {
    logSync('error', 'detail_refresh_error', {
      campaign_id: campaignId,
      error: error instanceof Error ? error.name : 'unknown',
      code: (error as { code?: unknown })?.code,
    })
    return 'error'
  }
}
