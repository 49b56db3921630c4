import { queryOptions } from '@tanstack/react-query'
import { campaignEventsResponseSchema } from '../../../../supabase/functions/_shared/wire/events.ts'
import { apiRequest } from '../../lib/api.ts'
import { campaignKeys } from './keys.ts'

/** The campaign's activity: submitted, status changes, cancel, retry. */
export function campaignEventsQueryOptions(id: string) {
  return queryOptions({
    queryKey: campaignKeys.events(id),
    queryFn: () =>
      apiRequest(`/${id}/events`, { schema: campaignEventsResponseSchema }),
  })
}
