import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from './api.ts'
import { endSessionOn401 } from './session-end.ts'

const MAX_RETRIES = 2

/** A 4xx answer (not found, wrong state) will not change by asking again. */
function shouldRetry(failureCount: number, error: Error) {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500)
    return false
  return failureCount < MAX_RETRIES
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: endSessionOn401 }),
  mutationCache: new MutationCache({ onError: endSessionOn401 }),
  defaultOptions: {
    queries: { staleTime: 5_000, refetchOnWindowFocus: true, retry: shouldRetry },
  },
})
