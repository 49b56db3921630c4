import { notFound } from '../../_shared/http/errors.ts'
import { campaignIsVisible } from '../db/campaign-queries.ts'
import { listEvents } from '../db/event-queries.ts'
import type { RouteContext } from '../route-context.ts'

/** `GET /batch-calls/:id/events`: the audit trail, oldest first. */
export async function listEventsHandler({ params, tx }: RouteContext) {
  if (!(await campaignIsVisible(tx, params.id))) throw notFound()
  const events = await listEvents(tx, params.id)
  return Response.json({
    items: events.map((event) => ({
      at: event.at.toISOString(),
      kind: event.kind,
      actor_email: event.actor_email,
      detail: event.detail,
    })),
  })
}
