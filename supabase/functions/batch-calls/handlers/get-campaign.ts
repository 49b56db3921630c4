import { notFound } from '../../_shared/http/errors.ts'
import { DETAIL_STALE_AFTER_SECONDS } from '../../_shared/sync/sync-limits.ts'
import { toCampaignJson } from '../campaign-json.ts'
import { type CampaignRow, findCampaign } from '../db/campaign-queries.ts'
import type { RouteContext } from '../route-context.ts'

/**
 * `GET /batch-calls/:id`; another customer's campaign is not found. An
 * unfinished campaign synced over 10 s ago is refreshed from upstream first;
 * when that fails the stored campaign is the answer.
 */
export async function getCampaign({ params, tx, refreshCampaign }: RouteContext) {
  let campaign = await findCampaign(tx, params.id)
  if (!campaign) throw notFound()
  if (isStale(campaign)) {
    await refreshCampaign(campaign.id)
    campaign = (await findCampaign(tx, params.id)) ?? campaign
  }
  return Response.json({ campaign: toCampaignJson(campaign) })
}

function isStale(campaign: CampaignRow) {
  if (campaign.status !== 'pending' && campaign.status !== 'in_progress')
    return false
  const synced = campaign.synced_at?.getTime() ?? 0
  return Date.now() - synced > DETAIL_STALE_AFTER_SECONDS * 1000
}
