import { useMutation, useQueryClient } from '@tanstack/react-query'
import { retryCampaignResponseSchema } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { apiRequest } from '../../lib/api.ts'
import { campaignKeys } from './keys.ts'

export function useCampaignRetryMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiRequest(`/${id}/retry`, {
        method: 'POST',
        schema: retryCampaignResponseSchema,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(campaignKeys.detail(id), data)
      return queryClient.invalidateQueries({ queryKey: campaignKeys.all })
    },
  })
}
