import { RECIPIENT_STATUSES } from '../_shared/wire/statuses.ts'
import type { CampaignRow } from './db/campaign-queries.ts'

export const isoOrNull = (value: Date | null) => value?.toISOString() ?? null

/** A campaign as API.md describes it. */
export function toCampaignJson(row: CampaignRow) {
  const scheduled = row.total_calls_scheduled
  const progress =
    scheduled > 0
      ? Math.min(100, Math.floor((row.total_calls_dispatched * 100) / scheduled))
      : 0
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    agent: { id: row.agent_id, name: row.agent_name },
    phone_number: {
      id: row.phone_number_id,
      phone_number: row.phone_number,
      label: row.phone_number_label,
    },
    scheduled_at: isoOrNull(row.scheduled_at),
    time_zone: row.time_zone,
    created_at: row.created_at.toISOString(),
    created_by_email: row.created_by_email,
    synced_at: isoOrNull(row.synced_at),
    total_calls_scheduled: scheduled,
    total_calls_dispatched: row.total_calls_dispatched,
    total_calls_completed: row.total_calls_completed,
    total_calls_failed: row.total_calls_failed,
    status_counts: Object.fromEntries(
      RECIPIENT_STATUSES.map((status) => [
        status,
        Number(row.status_counts[status] ?? 0),
      ]),
    ),
    progress,
    retry_count: row.retry_count,
    last_error: row.last_error
      ? {
          code: String(row.last_error.code),
          message: String(row.last_error.message),
        }
      : null,
  }
}
