import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { campaignPageSchema } from '../../../../supabase/functions/_shared/wire/page.ts'
import { apiRequest } from '../../lib/api.ts'
import { ACTIVE_REFRESH_MS, isCampaignActive } from './campaign-refresh.ts'
import { type CampaignListParams, campaignKeys, toQueryString } from './keys.ts'

/** One page of the customer's campaigns, newest first. */
export function campaignsQueryOptions(params: CampaignListParams) {
  return queryOptions({
    queryKey: campaignKeys.list(params),
    queryFn: () => apiRequest(toQueryString(params), { schema: campaignPageSchema }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some(isCampaignActive) ? ACTIVE_REFRESH_MS : false,
  })
}
