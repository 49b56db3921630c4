import { queryOptions } from '@tanstack/react-query'
import {
  type TermsResponse,
  termsResponseSchema,
} from '../../../../supabase/functions/_shared/wire/terms.ts'
import { apiRequest } from '../../lib/api.ts'
import { termsKeys } from './keys.ts'

export type CurrentTerms = TermsResponse

/** The current batch-calling terms and whether this customer accepted them. */
export const termsQueryOptions = () =>
  queryOptions({
    queryKey: termsKeys.current,
    queryFn: () => apiRequest('/terms', { schema: termsResponseSchema }),
  })
