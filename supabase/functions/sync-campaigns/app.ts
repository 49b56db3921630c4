import { z } from 'zod'
import { bearerIsSecretKey } from '../_shared/auth/secret-keys.ts'
import { ApiError, failureResponse, unauthorized } from '../_shared/http/errors.ts'
import type { SyncSummary } from '../_shared/sync/run-sync-pass.ts'

export type SyncAppConfig = {
  secretKeys: string[]
  runPass: (options: { customerId?: string }) => Promise<SyncSummary>
}

const bodySchema = z.object({ customer_id: z.uuid().optional() }).strict()

/**
 * `POST /sync-campaigns` with a secret key: one sync pass, answered with its
 * summary. pg_cron (hosted) and the local stack's timer call it; support may
 * pass `{customer_id}` to sync one customer now.
 */
export function createSyncApp(config: SyncAppConfig) {
  return async function handle(request: Request): Promise<Response> {
    const started = performance.now()
    let response: Response
    try {
      if (!bearerIsSecretKey(request, config.secretKeys)) throw unauthorized()
      if (request.method !== 'POST') {
        throw new ApiError(405, 'method_not_allowed', 'Use POST.')
      }
      const body = bodySchema.safeParse(await readJson(request))
      if (!body.success) {
        throw new ApiError(
          400,
          'invalid_request',
          'The body may only hold customer_id, a uuid.',
        )
      }
      const summary = await config.runPass({ customerId: body.data.customer_id })
      response = Response.json(summary)
    } catch (error) {
      response = failureResponse(error, 'The sync pass failed; see the logs.')
    }
    log(response.status, started)
    return response
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function log(status: number, started: number) {
  const line = JSON.stringify({
    level: status >= 500 ? 'error' : 'info',
    event: 'request',
    route: 'POST /sync-campaigns',
    status,
    duration_ms: Math.round(performance.now() - started),
  })
  if (status >= 500) console.error(line)
  else console.log(line)
}
