export type ErrorDetail = { path: string; code: string; message: string }

/** An error the API answers with: a status, a stable code and a message for a person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function errorResponse(error: ApiError): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  }
  return Response.json(body, { status: error.status, headers: error.headers })
}

/**
 * The answer to any error: an ApiError as itself, anything else as a 500
 * with `message`, logged by name and code only (its text may hold data).
 */
export function failureResponse(error: unknown, message: string): Response {
  if (error instanceof ApiError) return errorResponse(error)
  console.error(
    JSON.stringify({
      level: 'error',
      event: 'unhandled',
      error: error instanceof Error ? error.name : 'unknown',
      code: (error as { code?: unknown })?.code,
    }),
  )
  return errorResponse(new ApiError(500, 'internal_error', message))
}

export const notFound = () =>
  new ApiError(404, 'not_found', 'Nothing was found at this address.')

export const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Your session has ended. Sign in again.')
