import type { VerifiedUser } from '../_shared/auth/verify-user.ts'
import { corsHeaders, withHeaders } from '../_shared/http/cors.ts'
import { ApiError, errorResponse } from '../_shared/http/errors.ts'

export type AppConfig = {
  allowedOrigins: string[]
  verifyUser: (request: Request) => Promise<VerifiedUser>
}

/** The `batch-calls` function: every route of the campaign API. */
export function createApp(config: AppConfig) {
  return async function handle(request: Request): Promise<Response> {
    const cors = corsHeaders(request.headers.get('origin'), config.allowedOrigins)
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: cors })
    try {
      const user = await config.verifyUser(request)
      return withHeaders(
        Response.json({ user_id: user.id, email: user.email }),
        cors,
      )
    } catch (error) {
      if (error instanceof ApiError) return withHeaders(errorResponse(error), cors)
      console.error(
        JSON.stringify({ level: 'error', event: 'unhandled', error: String(error) }),
      )
      const internal = new ApiError(
        500,
        'internal_error',
        'Something went wrong on our side. Try again.',
      )
      return withHeaders(errorResponse(internal), cors)
    }
  }
}
