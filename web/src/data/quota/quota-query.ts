import { queryOptions } from '@tanstack/react-query'
import { quotaResponseSchema } from '../../../../supabase/functions/_shared/wire/quota.ts'
import { apiRequest } from '../../lib/api.ts'
import { quotaKeys } from './keys.ts'

/** Campaigns this customer may still start this calendar month (UTC). */
export const quotaQueryOptions = () =>
  queryOptions({
    queryKey: quotaKeys.current,
    queryFn: () => apiRequest('/quota', { schema: quotaResponseSchema }),
  })
