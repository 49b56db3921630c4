import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { recipientPageSchema } from '../../../../supabase/functions/_shared/wire/page.ts'
import { apiRequest } from '../../lib/api.ts'
import { campaignKeys, type RecipientListParams, toQueryString } from './keys.ts'

/** One page (50) of a campaign's recipients, in the order they were listed. */
export function campaignRecipientsQueryOptions(
  id: string,
  params: RecipientListParams,
) {
  return queryOptions({
    queryKey: campaignKeys.recipients(id, params),
    queryFn: () =>
      apiRequest(`/${id}/recipients${toQueryString(params)}`, {
        schema: recipientPageSchema,
      }),
    placeholderData: keepPreviousData,
  })
}
