import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js'
import type { ZodType } from 'zod'
import { supabase } from './supabase.ts'

export type ApiErrorDetail = { path: string; code: string; message: string }

/** An error answered by the campaign API, or the network failing to reach it. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** Seconds to wait, from `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

type RequestOptions<T> = {
  method?: 'GET' | 'POST'
  body?: unknown
  headers?: Record<string, string>
  /** Checks the success body against the wire schema. */
  schema?: ZodType<T>
}

/** Calls `batch-calls<path>` with the signed-in member's token. */
export async function apiRequest<T>(path: string, options: RequestOptions<T> = {}) {
  const { data, error } = await supabase.functions.invoke(`batch-calls${path}`, {
    method: options.method ?? 'GET',
    body: options.body as Record<string, unknown> | undefined,
    headers: options.headers,
  })
  if (error) throw await toApiError(error)
  return options.schema ? options.schema.parse(data) : (data as T)
}

async function toApiError(error: unknown): Promise<ApiRequestError> {
  if (error instanceof FunctionsHttpError) {
    // supabase-js keeps the body of a non-2xx answer in the error's context.
    const response = error.context as Response
    const retryAfter = Number(response.headers.get('retry-after')) || undefined
    try {
      const body = (await response.json()) as {
        error?: { code?: string; message?: string; details?: ApiErrorDetail[] }
      }
      if (body.error?.code) {
        return new ApiRequestError(
          response.status,
          body.error.code,
          body.error.message ?? 'The request failed.',
          body.error.details,
          retryAfter,
        )
      }
    } catch {
      // Not our JSON: a proxy or the platform answered.
    }
    return new ApiRequestError(
      response.status,
      'http_error',
      `The server answered ${response.status}. Try again in a moment.`,
      [],
      retryAfter,
    )
  }
  if (error instanceof FunctionsFetchError) {
    return new ApiRequestError(
      0,
      'network_error',
      'Could not reach the server. Check your connection and try again.',
    )
  }
  return new ApiRequestError(0, 'unknown_error', String(error))
}
