import { notFound } from '../../_shared/http/errors.ts'
import { toCampaignJson } from '../campaign-json.ts'
import { findCampaign } from '../db/campaign-queries.ts'
import type { RouteContext } from '../route-context.ts'

// NOTE: API.md wants a detail read to refresh a campaign synced over 10 s ago;
// that arrives with the sync (next issue). This answers from the database.
/** `GET /batch-calls/:id`; another customer's campaign is not found. */
export async function getCampaign({ params, tx }: RouteContext) {
  const campaign = await findCampaign(tx, params.id)
  if (!campaign) throw notFound()
  return Response.json({ campaign: toCampaignJson(campaign) })
}
