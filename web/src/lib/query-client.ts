import { QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from './api.ts'

const MAX_RETRIES = 2

/** A 4xx answer (not found, wrong state) will not change by asking again. */
function shouldRetry(failureCount: number, error: Error) {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500)
    return false
  return failureCount < MAX_RETRIES
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 5_000, refetchOnWindowFocus: true, retry: shouldRetry },
  },
})
