import { runBounded } from './run-bounded.ts'
import { createSubmissionFinder } from './submission-finder.ts'
import { type SyncDeps, type SyncOutcome, syncCampaign } from './sync-campaign.ts'
import { PASS_CONCURRENCY, PASS_DEADLINE_MS } from './sync-limits.ts'
import { logSync } from './sync-log.ts'
import { foldCampaignCounts, leaseCampaigns, releaseLeases } from './sync-queries.ts'

export type SyncSummary = {
  leased: number
  /** Copied from upstream, reconciled ones included. */
  refreshed: number
  /** Unknown submissions settled: found upstream, or failed and refunded. */
  reconciled: number
  /** Not refreshed because upstream failed or refused; left for the next pass. */
  failed: number
  /** Unknown submissions still within their grace period. */
  waiting: number
  /** Left because the pass ran out of time. */
  not_started: number
  /** Leases handed back at the end, for the next pass to take at once. */
  released: number
  /** Rows of campaign_counts folded into one per customer and status. */
  counts_folded: number
  duration_ms: number
  campaigns: Array<{ id: string; outcome: SyncOutcome }>
}

const FAILED: SyncOutcome[] = [
  'read_failed',
  'batch_missing',
  'prefix_mismatch',
  'error',
]

/**
 * One sync pass: lease a bounded batch of unfinished campaigns (committed
 * before any upstream call), refresh them a few at a time, give back what is
 * left. `customerId` narrows the pass to one customer.
 */
export async function runSyncPass(
  deps: SyncDeps,
  options: { customerId?: string } = {},
): Promise<SyncSummary> {
  const started = performance.now()
  const leased = await leaseCampaigns(deps.sql, options.customerId)
  const findSubmission = createSubmissionFinder(deps.upstream.list)
  const outcomes = new Map<string, SyncOutcome>()

  await runBounded(leased, PASS_CONCURRENCY, async (campaign) => {
    if (performance.now() - started > PASS_DEADLINE_MS) {
      outcomes.set(campaign.id, 'not_started')
      return
    }
    try {
      outcomes.set(campaign.id, await syncCampaign(deps, findSubmission, campaign))
    } catch (error) {
      logSync('error', 'sync_campaign_error', {
        campaign_id: campaign.id,
        error: error instanceof Error ? error.name : 'unknown',
        code: (error as { code?: unknown })?.code,
      })
      outcomes.set(campaign.id, 'error')
    }
  })

  // A mismatched campaign keeps its lease until it expires, so a batch that
  // is not ours is looked at again only after LEASE_SECONDS.
  const toRelease = leased
    .filter((campaign) => outcomes.get(campaign.id) !== 'prefix_mismatch')
    .map((campaign) => campaign.id)
  const released =
    leased.length > 0
      ? await releaseLeases(deps.sql, toRelease, leased[0].lease_token)
      : 0
  const countsFolded = await foldCampaignCounts(deps.sql)

  const campaigns = leased.map((campaign) => ({
    id: campaign.id,
    outcome: outcomes.get(campaign.id) ?? ('not_started' as const),
  }))
  const count = (...kinds: SyncOutcome[]) =>
    campaigns.filter((campaign) => kinds.includes(campaign.outcome)).length
  const summary: SyncSummary = {
    leased: leased.length,
    refreshed: count('refreshed', 'reconciled'),
    reconciled: count('reconciled', 'not_received'),
    failed: count(...FAILED),
    waiting: count('awaiting_submission'),
    not_started: count('not_started'),
    released,
    counts_folded: countsFolded,
    duration_ms: Math.round(performance.now() - started),
    campaigns,
  }
  const { campaigns: _, ...totals } = summary
  logSync('info', 'sync_pass', totals)
  return summary
}
