import type { Sql } from 'postgres'
import type { VerifiedUser } from '../_shared/auth/verify-user.ts'
import type { Upstream } from '../_shared/elevenlabs/upstream-client.ts'
import { corsHeaders, withHeaders } from '../_shared/http/cors.ts'
import { ApiError, failureResponse, notFound } from '../_shared/http/errors.ts'
import { findCallerCustomerId } from './db/membership-queries.ts'
import { inUserTransaction, type Tx } from './db/user-transaction.ts'
import { matchRoute, type RouteMatch } from './router.ts'

export type AppConfig = {
  allowedOrigins: string[]
  verifyUser: (request: Request) => Promise<VerifiedUser>
  sql: Sql
  upstream: Upstream
  /** Brings a stale campaign up to date from upstream; never throws. */
  refreshCampaign: (campaignId: string) => Promise<unknown>
}

const noCustomer = () =>
  new ApiError(
    403,
    'no_customer',
    'Your account is not part of a customer yet. Contact support.',
  )

/** The `batch-calls` function: every route of the campaign API. */
export function createApp(config: AppConfig) {
  return async function handle(request: Request): Promise<Response> {
    const started = performance.now()
    const cors = corsHeaders(request.headers.get('origin'), config.allowedOrigins)
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: cors })

    const url = new URL(request.url)
    const route = matchRoute(request.method, url.pathname)
    let response: Response
    try {
      const user = await config.verifyUser(request)
      const caller = { request, url, user }
      response =
        route?.kind === 'write'
          ? await handleWrite(config, route, caller)
          : await inUserTransaction(config.sql, user.claims, async (tx) => {
              const customerId = await findCallerCustomerId(tx)
              if (!customerId) throw noCustomer()
              if (!route) throw notFound()
              return route.handler({
                ...caller,
                params: route.params,
                customerId,
                tx,
                refreshCampaign: config.refreshCampaign,
              })
            })
    } catch (error) {
      response = failureResponse(
        error,
        'Something went wrong on our side. Try again.',
      )
    }

    logRequest(
      route?.name ?? `unmatched ${request.method} ${new URL(request.url).pathname}`,
      response.status,
      started,
    )
    return withHeaders(response, cors)
  }
}

async function handleWrite(
  config: AppConfig,
  route: Extract<RouteMatch, { kind: 'write' }>,
  caller: { request: Request; url: URL; user: VerifiedUser },
) {
  const transact = <T>(work: (tx: Tx) => Promise<T>) =>
    inUserTransaction(config.sql, caller.user.claims, work)
  const customerId = await transact(findCallerCustomerId)
  if (!customerId) throw noCustomer()
  return route.handler({
    ...caller,
    params: route.params,
    customerId,
    transact,
    upstream: config.upstream,
  })
}

function logRequest(route: string, status: number, started: number) {
  const line = JSON.stringify({
    level: status >= 500 ? 'error' : 'info',
    event: 'request',
    route,
    status,
    duration_ms: Math.round(performance.now() - started),
  })
  if (status >= 500) console.error(line)
  else console.log(line)
}
