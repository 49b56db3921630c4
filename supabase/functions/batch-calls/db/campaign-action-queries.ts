import { oneAsFunctionOwner, type Tx } from './user-transaction.ts'

export type ActionTarget = {
  status: string
  upstream_batch_id: string | null
  /** Recipients in failed or voicemail: what a retry would dial again. */
  retryable: number
}

/** What cancel and retry check first; undefined = not the caller's campaign. */
export async function findActionTarget(
  tx: Tx,
  campaignId: string,
): Promise<ActionTarget | undefined> {
  const [row] = await tx<ActionTarget[]>`
    select c.status, c.upstream_batch_id, (
      select count(*)::int from public.campaign_recipients r
      where r.campaign_id = c.id and r.status in ('failed', 'voicemail')
    ) as retryable
    from public.campaigns c
    where c.id = ${campaignId}
  `
  return row
}

export function recordCancel(tx: Tx, userId: string, campaignId: string) {
  return oneAsFunctionOwner(
    tx,
    () => tx`select private.cancel_campaign(${userId}, ${campaignId})`,
  )
}

export function recordRetry(
  tx: Tx,
  userId: string,
  campaignId: string,
  upstreamStatus: string,
) {
  return oneAsFunctionOwner(
    tx,
    () => tx`
      select private.retry_campaign(${userId}, ${campaignId}, ${upstreamStatus})
    `,
  )
}
