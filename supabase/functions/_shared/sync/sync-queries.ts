import type { Sql } from 'postgres'
import type { BatchSnapshot } from './batch-snapshot.ts'
import {
  DETAIL_LEASE_SECONDS,
  DETAIL_STALE_AFTER_SECONDS,
  LEASE_SECONDS,
  PASS_BATCH_SIZE,
  PASS_RECIPIENT_BUDGET,
  PASS_RESYNC_AFTER_SECONDS,
  SUBMISSION_GRACE_SECONDS,
} from './sync-limits.ts'

/** A campaign a pass holds; `lease_token` is lease_until as Postgres wrote it. */
export type LeasedCampaign = {
  id: string
  customer_id: string
  name: string
  upstream_batch_id: string | null
  status: string
  created_at: Date
  total_calls_scheduled: number
  lease_token: string
}

// As text both ways: a JS Date (and postgres.js's timestamptz parameters)
// would drop the microseconds the lease check compares.
const leasedColumns = (sql: Sql) => sql`
  id, customer_id, name, upstream_batch_id, status, created_at,
  total_calls_scheduled, lease_until::text as lease_token
`

const seconds = (count: number) => `${count} seconds`

export function leaseCampaigns(sql: Sql, customerId?: string) {
  return sql<LeasedCampaign[]>`
    select ${leasedColumns(sql)}
    from private.lease_campaigns_for_sync(
      ${PASS_BATCH_SIZE}, ${PASS_RECIPIENT_BUDGET},
      ${seconds(LEASE_SECONDS)}::interval,
      ${seconds(PASS_RESYNC_AFTER_SECONDS)}::interval, ${customerId ?? null}::uuid
    )
  `
}

export async function leaseCampaignForRefresh(
  sql: Sql,
  campaignId: string,
): Promise<LeasedCampaign | undefined> {
  const [row] = await sql<LeasedCampaign[]>`
    select ${leasedColumns(sql)}
    from private.lease_campaign_for_refresh(
      ${campaignId}, ${seconds(DETAIL_STALE_AFTER_SECONDS)}::interval,
      ${seconds(DETAIL_LEASE_SECONDS)}::interval
    )
  `
  return row
}

export async function releaseLeases(sql: Sql, ids: string[], leaseToken: string) {
  if (ids.length === 0) return 0
  const [{ released }] = await sql<{ released: number }[]>`
    select private.release_campaign_leases(
      ${ids}::uuid[], ${leaseToken}::text::timestamptz
    ) as released
  `
  return released
}

/** Folds the campaign counts' rows; returns how many rows it took in. */
export async function foldCampaignCounts(sql: Sql) {
  const [{ folded }] = await sql<{ folded: number }[]>`
    select private.fold_campaign_counts() as folded
  `
  return folded
}

/** `applied`, `lease_lost` or `finished` (see the SQL function's comment). */
export async function applyCampaignSync(
  sql: Sql,
  campaign: LeasedCampaign,
  snapshot: BatchSnapshot,
): Promise<string> {
  const [{ result }] = await sql<{ result: string }[]>`
    select private.apply_campaign_sync(
      ${campaign.id}, ${campaign.lease_token}::text::timestamptz,
      ${sql.json(snapshot as never)}
    ) as result
  `
  return result
}

export async function recordReconciledSubmission(
  sql: Sql,
  campaign: LeasedCampaign,
  upstreamBatchId: string,
): Promise<boolean> {
  const [{ stored }] = await sql<{ stored: boolean }[]>`
    select private.record_reconciled_submission(
      ${campaign.id}, ${campaign.lease_token}::text::timestamptz, ${upstreamBatchId}
    ) as stored
  `
  return stored
}

export async function failUnreceivedCampaign(
  sql: Sql,
  campaign: LeasedCampaign,
): Promise<boolean> {
  const error = {
    code: 'submission_not_received',
    message:
      'ElevenLabs never received this campaign, so no calls were made. ' +
      'It does not count toward your monthly quota.',
  }
  const [{ failed }] = await sql<{ failed: boolean }[]>`
    select private.fail_unreceived_campaign(
      ${campaign.id}, ${campaign.lease_token}::text::timestamptz,
      ${seconds(SUBMISSION_GRACE_SECONDS)}::interval, ${sql.json(error)}
    ) as failed
  `
  return failed
}

export async function recordSyncProblem(
  sql: Sql,
  campaignId: string,
  detail: { code: string; [key: string]: string },
  lastError?: { code: string; message: string },
) {
  await sql`
    select private.record_sync_problem(
      ${campaignId}, ${sql.json(detail)},
      ${lastError ? sql.json(lastError) : null}::jsonb
    )
  `
}

/** Which of these upstream batch ids a campaign already holds. */
export async function claimedBatchIds(sql: Sql, ids: string[]) {
  const rows = await sql<{ upstream_batch_id: string }[]>`
    select upstream_batch_id from public.campaigns
    where upstream_batch_id = any(${ids})
  `
  return new Set(rows.map((row) => row.upstream_batch_id))
}
