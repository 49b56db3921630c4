import type { Sql } from 'postgres'
import {
  buildUpstreamCallName,
  callNameBelongsTo,
} from '../display/campaign-name.ts'
import type { Upstream } from '../elevenlabs/upstream-client.ts'
import { classifyUpstreamError } from '../elevenlabs/upstream-errors.ts'
import { toBatchSnapshot } from './batch-snapshot.ts'
import type { SubmissionFinder } from './submission-finder.ts'
import { SUBMISSION_GRACE_SECONDS } from './sync-limits.ts'
import { logSync } from './sync-log.ts'
import {
  applyCampaignSync,
  claimedBatchIds,
  failUnreceivedCampaign,
  type LeasedCampaign,
  recordReconciledSubmission,
  recordSyncProblem,
} from './sync-queries.ts'

export type SyncDeps = {
  sql: Sql
  upstream: Pick<Upstream, 'get' | 'list'>
}

/** What became of one leased campaign in a pass. */
export type SyncOutcome =
  | 'refreshed'
  | 'reconciled'
  | 'not_received'
  | 'awaiting_submission'
  | 'read_failed'
  | 'batch_missing'
  | 'prefix_mismatch'
  | 'skipped'
  | 'not_started'
  | 'error'

/** Reconciles an unknown submission first, then copies the batch from upstream. */
export async function syncCampaign(
  deps: SyncDeps,
  findSubmission: SubmissionFinder,
  campaign: LeasedCampaign,
): Promise<SyncOutcome> {
  const batchId = campaign.upstream_batch_id
  if (batchId)
    return refreshCampaign(deps, { ...campaign, upstream_batch_id: batchId })

  let lookup: Awaited<ReturnType<SubmissionFinder>>
  try {
    lookup = await findSubmission(
      {
        callName: buildUpstreamCallName(campaign.customer_id, campaign.name),
        createdAt: campaign.created_at,
        recipients: campaign.total_calls_scheduled,
      },
      (ids) => claimedBatchIds(deps.sql, ids),
    )
  } catch (error) {
    return readFailed(campaign, 'list', error)
  }

  if (lookup.kind === 'found') {
    const stored = await recordReconciledSubmission(
      deps.sql,
      campaign,
      lookup.batchId,
    )
    if (!stored) return 'skipped'
    logSync('info', 'sync_submission_found', {
      campaign_id: campaign.id,
      upstream_batch_id: lookup.batchId,
    })
    const outcome = await refreshCampaign(deps, {
      ...campaign,
      upstream_batch_id: lookup.batchId,
    })
    return outcome === 'refreshed' ? 'reconciled' : outcome
  }

  const age = (Date.now() - campaign.created_at.getTime()) / 1000
  if (lookup.kind === 'absent' && age > SUBMISSION_GRACE_SECONDS) {
    if (!(await failUnreceivedCampaign(deps.sql, campaign))) return 'skipped'
    logSync('info', 'sync_submission_not_received', { campaign_id: campaign.id })
    return 'not_received'
  }
  return 'awaiting_submission'
}

async function refreshCampaign(
  deps: SyncDeps,
  campaign: LeasedCampaign & { upstream_batch_id: string },
): Promise<SyncOutcome> {
  const batchId = campaign.upstream_batch_id
  let batch: Awaited<ReturnType<SyncDeps['upstream']['get']>>
  try {
    batch = await deps.upstream.get(batchId)
  } catch (error) {
    if (classifyUpstreamError(error).kind !== 'not_found') {
      return readFailed(campaign, 'get', error)
    }
    await recordSyncProblem(
      deps.sql,
      campaign.id,
      { code: 'batch_not_found', upstream_batch_id: batchId },
      {
        code: 'upstream_batch_missing',
        message: 'ElevenLabs no longer has this campaign; its status is frozen.',
      },
    )
    logSync('warn', 'sync_batch_not_found', {
      campaign_id: campaign.id,
      upstream_batch_id: batchId,
    })
    return 'batch_missing'
  }

  // Another customer's batch under our id would leak their data: refuse it.
  if (!callNameBelongsTo(batch.name, campaign.customer_id)) {
    await recordSyncProblem(deps.sql, campaign.id, {
      code: 'prefix_mismatch',
      upstream_batch_id: batchId,
    })
    logSync('error', 'sync_prefix_mismatch', {
      campaign_id: campaign.id,
      upstream_batch_id: batchId,
    })
    return 'prefix_mismatch'
  }

  const result = await applyCampaignSync(deps.sql, campaign, toBatchSnapshot(batch))
  return result === 'applied' ? 'refreshed' : 'skipped'
}

function readFailed(campaign: LeasedCampaign, call: string, error: unknown) {
  const failure = classifyUpstreamError(error)
  logSync('warn', 'sync_read_failed', {
    campaign_id: campaign.id,
    call,
    kind: failure.kind,
    message: 'message' in failure ? failure.message : undefined,
  })
  return 'read_failed' as const
}
