import { classifyUpstreamError } from '../../_shared/elevenlabs/upstream-errors.ts'
import { ApiError, notFound } from '../../_shared/http/errors.ts'
import { toCampaignJson } from '../campaign-json.ts'
import { findActionTarget, recordCancel } from '../db/campaign-action-queries.ts'
import { findCampaign } from '../db/campaign-queries.ts'
import { raisedCode } from '../db/user-transaction.ts'
import { logEvent } from '../log-event.ts'
import type { WriteContext } from '../route-context.ts'
import { upstreamFailureError } from '../upstream-failure.ts'

const notCancellable = (message: string) =>
  new ApiError(409, 'not_cancellable', message)

/**
 * `POST /batch-calls/:id/cancel`: only a pending or running campaign, and only
 * once upstream confirmed it has the batch. Calls already connected finish.
 */
export async function cancelCampaign({
  params,
  transact,
  upstream,
  user,
}: WriteContext) {
  const target = await transact((tx) => findActionTarget(tx, params.id))
  if (!target) throw notFound()
  if (target.status !== 'pending' && target.status !== 'in_progress') {
    throw notCancellable(
      `This campaign is ${target.status}; it cannot be cancelled.`,
    )
  }
  // NOTE: an unknown submit outcome has no upstream id to cancel; the sync
  // settles it within minutes, after which cancel works (or is moot).
  if (target.upstream_batch_id === null) {
    throw notCancellable(
      'We are still confirming this campaign with ElevenLabs. Try again in a minute.',
    )
  }

  try {
    await upstream.cancel(target.upstream_batch_id)
  } catch (error) {
    const failure = classifyUpstreamError(error)
    logEvent('error', 'campaign_cancel_failed', {
      campaign_id: params.id,
      failure: failure.kind,
    })
    // Upstream says the batch is past cancelling: it finished meanwhile.
    if (failure.kind === 'refused' || failure.kind === 'not_found') {
      throw notCancellable('This campaign has already finished.')
    }
    throw upstreamFailureError(failure)
  }

  const campaign = await transact(async (tx) => {
    try {
      await recordCancel(tx, user.id, params.id)
    } catch (error) {
      if (raisedCode(error) === 'not_cancellable') {
        throw notCancellable('This campaign has already finished.')
      }
      throw error
    }
    return findCampaign(tx, params.id)
  })
  logEvent('info', 'campaign_cancelled', { campaign_id: params.id })
  if (!campaign) throw notFound()
  return Response.json({ campaign: toCampaignJson(campaign) })
}
