import type { UpstreamSubmit } from '../_shared/elevenlabs/upstream-client.ts'
import {
  classifyUpstreamError,
  type UpstreamFailure,
} from '../_shared/elevenlabs/upstream-errors.ts'
import type { ApiError } from '../_shared/http/errors.ts'
import { toCampaignJson } from './campaign-json.ts'
import { findCampaign } from './db/campaign-queries.ts'
import {
  markRefused,
  markSubmitted,
  markUnknown,
} from './db/submit-outcome-queries.ts'
import { bindIdempotencyKey } from './db/submit-queries.ts'
import type { WriteContext } from './route-context.ts'
import { submitLastError, upstreamFailureError } from './upstream-failure.ts'

type SubmitOutcome =
  | { ok: true; body: { campaign: ReturnType<typeof toCampaignJson> } }
  | { ok: false; failure: UpstreamFailure; error: ApiError }

/**
 * Sends a stored campaign upstream once and records what came back: the
 * batch id, a definite refusal (failed, quota refunded, key freed), or an
 * unknown outcome (left pending with last_error for the sync to settle).
 */
export async function submitToUpstream(
  { upstream, transact, user }: WriteContext,
  submit: {
    campaignId: string
    idempotencyKey: string | null
    batch: UpstreamSubmit
  },
): Promise<SubmitOutcome> {
  const { campaignId, idempotencyKey } = submit
  let batchId: string
  try {
    batchId = (await upstream.submit(submit.batch)).id
  } catch (error) {
    const failure = classifyUpstreamError(error)
    const lastError = submitLastError(failure)
    await transact((tx) =>
      failure.kind === 'unknown'
        ? markUnknown(tx, user.id, campaignId, lastError)
        : markRefused(tx, user.id, campaignId, lastError, idempotencyKey),
    )
    return { ok: false, failure, error: upstreamFailureError(failure) }
  }

  const body = await transact(async (tx) => {
    await markSubmitted(tx, user.id, campaignId, batchId)
    const campaign = await findCampaign(tx, campaignId)
    if (!campaign) throw new Error('submitted campaign not readable')
    const answer = { campaign: toCampaignJson(campaign) }
    if (idempotencyKey !== null) {
      await bindIdempotencyKey(tx, user.id, idempotencyKey, campaignId, answer)
    }
    return answer
  })
  return { ok: true, body }
}
