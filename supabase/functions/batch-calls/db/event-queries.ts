import type { Tx } from './user-transaction.ts'

export type EventRow = {
  at: Date
  kind: string
  actor_email: string | null
  detail: Record<string, unknown>
}

// NOTE: a campaign gathers a handful of events (submit, a few status changes,
// retries); the cap only bounds a runaway sync. Page this if that changes.
const MAX_EVENTS = 1000

/** A campaign's audit trail, oldest first. */
export function listEvents(tx: Tx, campaignId: string) {
  return tx<EventRow[]>`
    select at, kind, actor_email, detail
    from public.campaign_events
    where campaign_id = ${campaignId}
    order by at, id
    limit ${MAX_EVENTS}
  `
}
