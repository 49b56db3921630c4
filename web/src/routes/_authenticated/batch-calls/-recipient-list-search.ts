import { z } from 'zod'
import { recipientStatusSchema } from '../../../../../supabase/functions/_shared/wire/statuses.ts'
import type { RecipientListParams } from '../../../data/campaigns/keys.ts'
import { pageParam } from './-campaign-list-search.ts'

/** `/batch-calls/:id?status=&page=`: the recipients table's filter and page. */
export const recipientListSearchSchema = z.object({
  status: recipientStatusSchema.optional().catch(undefined),
  page: pageParam,
}) satisfies z.ZodType<RecipientListParams>

export const recipientListDefaults = { page: 1 } as const
