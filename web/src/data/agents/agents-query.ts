import { queryOptions } from '@tanstack/react-query'
import { agentsResponseSchema } from '../../../../supabase/functions/_shared/wire/agents.ts'
import { apiRequest } from '../../lib/api.ts'
import { agentKeys } from './keys.ts'

/** The customer's agents, each with the caller numbers assigned to it. */
export const agentsQueryOptions = () =>
  queryOptions({
    queryKey: agentKeys.all,
    queryFn: () => apiRequest('/agents', { schema: agentsResponseSchema }),
    select: (data) => data.agents,
  })
