import { useMutation, useQueryClient } from '@tanstack/react-query'
import { cancelCampaignResponseSchema } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { apiRequest } from '../../lib/api.ts'
import { campaignKeys } from './keys.ts'

export function useCampaignCancelMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiRequest(`/${id}/cancel`, {
        method: 'POST',
        schema: cancelCampaignResponseSchema,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(campaignKeys.detail(id), data)
      return queryClient.invalidateQueries({ queryKey: campaignKeys.all })
    },
  })
}
