import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { termsResponseSchema } from '../../../../supabase/functions/_shared/wire/terms.ts'
import { apiRequest } from '../../lib/api.ts'
import { termsKeys } from './keys.ts'

// NOTE: the wire schema says `version` is a string, the function answers and
// accepts a whole number. The version is only echoed back on accept, so it is
// kept as received; drop this once the two agree.
export const currentTermsSchema = termsResponseSchema.extend({
  version: z.union([z.string().min(1), z.number().int().positive()]),
})

export type CurrentTerms = z.infer<typeof currentTermsSchema>

/** The current batch-calling terms and whether this customer accepted them. */
export const termsQueryOptions = () =>
  queryOptions({
    queryKey: termsKeys.current,
    queryFn: () => apiRequest('/terms', { schema: currentTermsSchema }),
  })
