import { z } from 'zod'
import { campaignSchema } from './campaign.ts'
import { recipientSchema } from './recipient.ts'

export const CAMPAIGN_PAGE_SIZE = 12
export const RECIPIENT_PAGE_SIZE = 50

function pageOf<Item extends z.ZodType, Size extends number>(
  item: Item,
  size: Size,
) {
  return z.object({
    items: z.array(item).max(size),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    page_size: z.literal(size),
    page_count: z.number().int().min(1),
  })
}

/** Page count as the API reports it: at least 1, even with nothing to show. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

export const campaignPageSchema = pageOf(campaignSchema, CAMPAIGN_PAGE_SIZE)

export type CampaignPage = z.infer<typeof campaignPageSchema>

export const recipientPageSchema = pageOf(recipientSchema, RECIPIENT_PAGE_SIZE)

export type RecipientPage = z.infer<typeof recipientPageSchema>
