import { queryOptions } from '@tanstack/react-query'
import { campaignResponseSchema } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { apiRequest } from '../../lib/api.ts'
import { ACTIVE_REFRESH_MS, isCampaignActive } from './campaign-refresh.ts'
import { campaignKeys } from './keys.ts'

export function campaignQueryOptions(id: string) {
  return queryOptions({
    queryKey: campaignKeys.detail(id),
    queryFn: () => apiRequest(`/${id}`, { schema: campaignResponseSchema }),
    refetchInterval: (query) => {
      const campaign = query.state.data?.campaign
      return campaign && isCampaignActive(campaign) ? ACTIVE_REFRESH_MS : false
    },
  })
}
