import type { SimContext } from './context.ts'

export interface ApiRequest {
  /** The `{id}` path segment, '' for routes without one. */
  param: string
  query: URLSearchParams
  apiKey: string
  readJson(): Promise<unknown>
}

export interface ApiResult {
  status: number
  body?: unknown
}

export type ApiHandler = (
  context: SimContext,
  request: ApiRequest,
) => Promise<ApiResult>
