import { acceptTermsHandler } from './handlers/accept-terms.ts'
import { exportRecipientsCsv } from './handlers/export-recipients-csv.ts'
import { getCampaign } from './handlers/get-campaign.ts'
import { getQuota } from './handlers/get-quota.ts'
import { getTerms } from './handlers/get-terms.ts'
import { listAgentsHandler } from './handlers/list-agents.ts'
import { listCampaignsHandler } from './handlers/list-campaigns.ts'
import { listEventsHandler } from './handlers/list-events.ts'
import { listRecipientsHandler } from './handlers/list-recipients.ts'
import type { RouteHandler } from './route-context.ts'

type Route = { method: string; path: string; handler: RouteHandler }

// Static segments come before `:id`, so `/agents` is never taken for an id.
const routes: Route[] = [
  { method: 'GET', path: '', handler: listCampaignsHandler },
  { method: 'GET', path: '/agents', handler: listAgentsHandler },
  { method: 'GET', path: '/terms', handler: getTerms },
  { method: 'POST', path: '/terms', handler: acceptTermsHandler },
  { method: 'GET', path: '/quota', handler: getQuota },
  { method: 'GET', path: '/:id', handler: getCampaign },
  { method: 'GET', path: '/:id/recipients', handler: listRecipientsHandler },
  { method: 'GET', path: '/:id/recipients.csv', handler: exportRecipientsCsv },
  { method: 'GET', path: '/:id/events', handler: listEventsHandler },
]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type RouteMatch = {
  /** The pattern, for logs: `GET /batch-calls/:id`. */
  name: string
  handler: RouteHandler
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
      return {
        name: `${route.method} /batch-calls${route.path}`,
        handler: route.handler,
        params,
      }
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
