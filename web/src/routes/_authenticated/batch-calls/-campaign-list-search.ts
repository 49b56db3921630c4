import { z } from 'zod'
import { campaignStatusSchema } from '../../../../../supabase/functions/_shared/wire/statuses.ts'
import type { CampaignListParams } from '../../../data/campaigns/keys.ts'

// The API takes up to six digits; a larger page is past the end anyway, and
// the list moves a page past the end to the last one.
const MAX_PAGE = 999_999

/** A page number in the URL: a whole number from 1, anything else is page 1. */
export const pageParam = z.coerce
  .number()
  .int()
  .min(1)
  .default(1)
  .catch(1)
  .transform((page) => Math.min(page, MAX_PAGE))

/**
 * `/batch-calls?q=&status=&page=`. Whatever the URL holds, the result is a
 * view that can be shown: unknown values fall back to their defaults.
 */
export const campaignListSearchSchema = z.object({
  q: z.string().default('').catch(''),
  status: campaignStatusSchema.optional().catch(undefined),
  page: pageParam,
}) satisfies z.ZodType<CampaignListParams>

/** What the URL leaves out because it is the default. */
export const campaignListDefaults = { q: '', page: 1 } as const
