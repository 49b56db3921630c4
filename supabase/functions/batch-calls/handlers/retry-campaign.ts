import { classifyUpstreamError } from '../../_shared/elevenlabs/upstream-errors.ts'
import { ApiError, notFound } from '../../_shared/http/errors.ts'
import { toCampaignJson } from '../campaign-json.ts'
import { findActionTarget, recordRetry } from '../db/campaign-action-queries.ts'
import { findCampaign } from '../db/campaign-queries.ts'
import { raisedCode } from '../db/user-transaction.ts'
import { logEvent } from '../log-event.ts'
import type { WriteContext } from '../route-context.ts'
import { upstreamFailureError } from '../upstream-failure.ts'

// A cancelled campaign was stopped on purpose; it is not offered a retry.
const FINISHED = ['completed', 'failed']

const nothingToRetry = () =>
  new ApiError(
    409,
    'nothing_to_retry',
    'Only a finished campaign with failed or voicemail calls can be retried.',
  )

/**
 * `POST /batch-calls/:id/retry`: dials the failed and voicemail recipients of
 * a finished campaign again. Uses no quota.
 */
export async function retryCampaign({
  params,
  transact,
  upstream,
  user,
}: WriteContext) {
  const target = await transact((tx) => findActionTarget(tx, params.id))
  if (!target) throw notFound()
  if (
    !FINISHED.includes(target.status) ||
    target.retryable === 0 ||
    target.upstream_batch_id === null
  ) {
    throw nothingToRetry()
  }

  let upstreamStatus: string
  try {
    upstreamStatus = (await upstream.retry(target.upstream_batch_id)).status
  } catch (error) {
    const failure = classifyUpstreamError(error)
    logEvent('error', 'campaign_retry_failed', {
      campaign_id: params.id,
      failure: failure.kind,
    })
    throw upstreamFailureError(failure)
  }

  const campaign = await transact(async (tx) => {
    try {
      await recordRetry(tx, user.id, params.id, upstreamStatus)
    } catch (error) {
      if (raisedCode(error) === 'nothing_to_retry') throw nothingToRetry()
      throw error
    }
    return findCampaign(tx, params.id)
  })
  logEvent('info', 'campaign_retried', { campaign_id: params.id })
  if (!campaign) throw notFound()
  return Response.json({ campaign: toCampaignJson(campaign) })
}
