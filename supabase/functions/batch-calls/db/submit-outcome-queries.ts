import { asFunctionOwner, oneAsFunctionOwner, type Tx } from './user-transaction.ts'

export type LastError = { code: string; message: string }

export function markSubmitted(
  tx: Tx,
  userId: string,
  campaignId: string,
  upstreamBatchId: string,
) {
  return oneAsFunctionOwner(
    tx,
    () => tx`
      select private.mark_campaign_submitted(
        ${userId}, ${campaignId}, ${upstreamBatchId}
      )
    `,
  )
}

/** Upstream definitely refused: the campaign failed and its quota comes back. */
export function markRefused(
  tx: Tx,
  userId: string,
  campaignId: string,
  error: LastError,
  idempotencyKey: string | null,
) {
  return asFunctionOwner(tx, async () => {
    await tx`
      select private.mark_campaign_failed(
        ${userId}, ${campaignId}, ${tx.json(error)}
      )
    `
    await tx`select private.refund_quota(${campaignId}, ${userId})`
    if (idempotencyKey !== null) {
      await tx`select private.release_idempotency_key(${userId}, ${idempotencyKey})`
    }
  })
}

/** No answer or a 5xx: upstream may have the batch; the sync settles it. */
export function markUnknown(
  tx: Tx,
  userId: string,
  campaignId: string,
  error: LastError,
) {
  return asFunctionOwner(tx, async () => {
    await tx`
      select private.mark_submission_unknown(
        ${userId}, ${campaignId}, ${tx.json(error)}
      )
    `
  })
}
