import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiHandler } from './api-types.ts'
import {
  cancelBatchRoute,
  deleteBatchRoute,
  getBatch,
  listBatches,
  retryBatchRoute,
  submitBatch,
} from './batch-routes.ts'
import {
  getAgent,
  getPhoneNumber,
  listAgents,
  listPhoneNumbers,
} from './catalog-routes.ts'
import type { SimContext } from './context.ts'
import { detailError, SimHttpError } from './errors.ts'
import type { FaultKind, RouteId } from './faults.ts'
import type { HeldRequests } from './held-requests.ts'
import { parseJsonBody, readBody, sendJson, sendNoContent } from './http-io.ts'
import { matchApiRoute } from './router.ts'

const handlers: Record<RouteId, ApiHandler> = {
  'batch_calls.submit': submitBatch,
  'batch_calls.list': listBatches,
  'batch_calls.get': getBatch,
  'batch_calls.cancel': cancelBatchRoute,
  'batch_calls.retry': retryBatchRoute,
  'batch_calls.delete': deleteBatchRoute,
  'agents.list': listAgents,
  'agents.get': getAgent,
  'phone_numbers.list': listPhoneNumbers,
  'phone_numbers.get': getPhoneNumber,
}

export async function handleApiRequest(
  context: SimContext,
  held: HeldRequests,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) {
  const match = matchApiRoute(request.method ?? 'GET', url.pathname)
  if (match.kind === 'not_found')
    return sendJson(response, 404, { detail: 'Not Found' })
  if (match.kind === 'method_not_allowed') {
    return sendJson(response, 405, { detail: 'Method Not Allowed' })
  }

  const fault = context.faults.take(match.id)
  if (fault === 'hang') return held.hold(response)

  try {
    if (fault) throw injectedError(fault)
    const apiKey = request.headers['xi-api-key']
    if (typeof apiKey !== 'string' || !(apiKey in context.state.agreements)) {
      throw detailError('invalid_api_key')
    }
    const result = await handlers[match.id](context, {
      param: match.param,
      query: url.searchParams,
      apiKey,
      readJson: async () => parseJsonBody(await readBody(request)),
    })
    if (result.status === 204) return sendNoContent(response)
    sendJson(response, result.status, result.body)
  } catch (error) {
    if (error instanceof SimHttpError) {
      return sendJson(response, error.status, error.body, rateLimitHeaders(error))
    }
    console.error('elevenlabs-sim: unexpected error', error)
    sendJson(response, 500, { detail: 'Internal Server Error' })
  }
}

function injectedError(fault: Exclude<FaultKind, 'hang'>): SimHttpError {
  return fault === 'rate_limit_429'
    ? detailError('too_many_concurrent_requests')
    : detailError('internal_server_error')
}

// Upstream reports its concurrency limit on 429s in these headers.
function rateLimitHeaders(error: SimHttpError): Record<string, string> {
  if (error.status !== 429) return {}
  return { 'current-concurrent-requests': '5', 'maximum-concurrent-requests': '4' }
}
