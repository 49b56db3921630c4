import type { RouteId } from './faults.ts'

interface RouteDefinition {
  id: RouteId
  method: 'GET' | 'POST' | 'DELETE'
  pattern: RegExp
}

// Fixed paths come before the `{batch_id}` ones, as in upstream's router.
const routes: RouteDefinition[] = [
  {
    id: 'batch_calls.submit',
    method: 'POST',
    pattern: /^\/v1\/convai\/batch-calling\/submit$/,
  },
  {
    id: 'batch_calls.list',
    method: 'GET',
    pattern: /^\/v1\/convai\/batch-calling\/workspace$/,
  },
  {
    id: 'batch_calls.get',
    method: 'GET',
    pattern: /^\/v1\/convai\/batch-calling\/([^/]+)$/,
  },
  {
    id: 'batch_calls.delete',
    method: 'DELETE',
    pattern: /^\/v1\/convai\/batch-calling\/([^/]+)$/,
  },
  {
    id: 'batch_calls.cancel',
    method: 'POST',
    pattern: /^\/v1\/convai\/batch-calling\/([^/]+)\/cancel$/,
  },
  {
    id: 'batch_calls.retry',
    method: 'POST',
    pattern: /^\/v1\/convai\/batch-calling\/([^/]+)\/retry$/,
  },
  { id: 'agents.list', method: 'GET', pattern: /^\/v1\/convai\/agents$/ },
  { id: 'agents.get', method: 'GET', pattern: /^\/v1\/convai\/agents\/([^/]+)$/ },
  {
    id: 'phone_numbers.list',
    method: 'GET',
    pattern: /^\/v1\/convai\/phone-numbers$/,
  },
  {
    id: 'phone_numbers.get',
    method: 'GET',
    pattern: /^\/v1\/convai\/phone-numbers\/([^/]+)$/,
  },
]

export type RouteMatch =
  | { kind: 'match'; id: RouteId; param: string }
  | { kind: 'method_not_allowed' }
  | { kind: 'not_found' }

export function matchApiRoute(method: string, path: string): RouteMatch {
  let pathKnown = false
  for (const route of routes) {
    const found = route.pattern.exec(path)
    if (!found) continue
    pathKnown = true
    if (route.method !== method) continue
    return { kind: 'match', id: route.id, param: decodeURIComponent(found[1] ?? '') }
  }
  return pathKnown ? { kind: 'method_not_allowed' } : { kind: 'not_found' }
}
