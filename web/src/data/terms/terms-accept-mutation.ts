import { useMutation, useQueryClient } from '@tanstack/react-query'
import { termsResponseSchema } from '../../../../supabase/functions/_shared/wire/terms.ts'
import { apiRequest } from '../../lib/api.ts'
import { termsKeys } from './keys.ts'
import type { CurrentTerms } from './terms-query.ts'

/** Records that the signed-in member accepts `version` for the customer. */
export function useTermsAcceptMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: CurrentTerms['version']) =>
      apiRequest('/terms', {
        method: 'POST',
        body: { version },
        schema: termsResponseSchema,
      }),
    onSuccess: (terms) => queryClient.setQueryData(termsKeys.current, terms),
    onError: () => queryClient.invalidateQueries({ queryKey: termsKeys.current }),
  })
}
