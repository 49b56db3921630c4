import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createCampaignResponseSchema } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import type { CreateCampaignBody } from '../../../../supabase/functions/_shared/wire/create-campaign-body.ts'
import { apiRequest } from '../../lib/api.ts'
import { quotaKeys } from '../quota/keys.ts'

export type CampaignCreateVariables = {
  body: CreateCampaignBody
  /** One per attempt at submitting the form, reused when that attempt repeats. */
  idempotencyKey: string
}

/** `POST /batch-calls`: starts (or schedules) the campaign. */
export function useCampaignCreateMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: CampaignCreateVariables) =>
      apiRequest('', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: createCampaignResponseSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: quotaKeys.current }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  })
}
