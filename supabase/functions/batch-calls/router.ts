import { acceptTermsHandler } from './handlers/accept-terms.ts'
import { cancelCampaign } from './handlers/cancel-campaign.ts'
import { createCampaign } from './handlers/create-campaign.ts'
import { exportRecipientsCsv } from './handlers/export-recipients-csv.ts'
import { getCampaign } from './handlers/get-campaign.ts'
import { getQuota } from './handlers/get-quota.ts'
import { getTerms } from './handlers/get-terms.ts'
import { listAgentsHandler } from './handlers/list-agents.ts'
import { listCampaignsHandler } from './handlers/list-campaigns.ts'
import { listEventsHandler } from './handlers/list-events.ts'
import { listRecipientsHandler } from './handlers/list-recipients.ts'
import { retryCampaign } from './handlers/retry-campaign.ts'
import type { RouteHandler, WriteHandler } from './route-context.ts'

// Reads run in one transaction the app opens; writes open their own.
type Handlers =
  | { kind: 'read'; handler: RouteHandler }
  | { kind: 'write'; handler: WriteHandler }

type Route = { method: string; path: string } & Handlers

const read = (method: string, path: string, handler: RouteHandler): Route => ({
  method,
  path,
  kind: 'read',
  handler,
})
const write = (path: string, handler: WriteHandler): Route => ({
  method: 'POST',
  path,
  kind: 'write',
  handler,
})

// Static segments come before `:id`, so `/agents` is never taken for an id.
const routes: Route[] = [
  read('GET', '', listCampaignsHandler),
  write('', createCampaign),
  read('GET', '/agents', listAgentsHandler),
  read('GET', '/terms', getTerms),
  read('POST', '/terms', acceptTermsHandler),
  read('GET', '/quota', getQuota),
  read('GET', '/:id', getCampaign),
  read('GET', '/:id/recipients', listRecipientsHandler),
  read('GET', '/:id/recipients.csv', exportRecipientsCsv),
  read('GET', '/:id/events', listEventsHandler),
  write('/:id/cancel', cancelCampaign),
  write('/:id/retry', retryCampaign),
]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type RouteMatch = Handlers & {
  /** The pattern, for logs: `GET /batch-calls/:id`. */
  name: string
  params: Record<string, string>
}

/** Finds the route for a path as the function sees it (`/batch-calls/...`). */
export function matchRoute(method: string, pathname: string): RouteMatch | null {
  const rest = pathname.replace(/^\/batch-calls(?=\/|$)/, '')
  if (rest === pathname) return null
  const segments = rest.split('/').slice(1)
  for (const route of routes) {
    if (route.method !== method) continue
    const params = matchPath(route.path.split('/').slice(1), segments)
    if (params) {
      const { method, path, ...handlers } = route
      return { name: `${method} /batch-calls${path}`, ...handlers, params }
    }
  }
  return null
}

function matchPath(pattern: string[], segments: string[]) {
  if (pattern.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index]
    if (part === ':id') {
      if (!UUID.test(segment)) return null
      params.id = segment.toLowerCase()
    } else if (part !== segment) return null
  }
  return params
}
