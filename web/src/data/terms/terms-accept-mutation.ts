import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '../../lib/api.ts'
import { termsKeys } from './keys.ts'
import { type CurrentTerms, currentTermsSchema } from './terms-query.ts'

/** Records that the signed-in member accepts `version` for the customer. */
export function useTermsAcceptMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: CurrentTerms['version']) =>
      apiRequest('/terms', {
        method: 'POST',
        body: { version },
        schema: currentTermsSchema,
      }),
    onSuccess: (terms) => queryClient.setQueryData(termsKeys.current, terms),
    onError: () => queryClient.invalidateQueries({ queryKey: termsKeys.current }),
  })
}
