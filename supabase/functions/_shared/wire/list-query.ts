import { z } from 'zod'
import { withoutNulCharacter } from './nul-character.ts'
import { campaignStatusSchema, recipientStatusSchema } from './statuses.ts'

/** An empty query parameter (`?status=`) counts as absent. */
function optionalParam<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(
    (value) => (value === '' ? undefined : value),
    schema.optional(),
  )
}

const pageParam = z.preprocess(
  (value) => (value === '' || value === undefined ? '1' : value),
  z
    .string()
    .regex(/^\d{1,6}$/, { error: 'page is a whole number from 1.' })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: 'page counts from 1.' })),
)

/** `GET /batch-calls?q=&status=&page=`; pass `Object.fromEntries(searchParams)`. */
export const campaignListQuerySchema = z.object({
  /** Matched literally against campaign and agent name, case-insensitive. */
  q: optionalParam(withoutNulCharacter(z.string().max(200))),
  status: optionalParam(campaignStatusSchema),
  page: pageParam,
})

export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>

/** `GET /batch-calls/:id/recipients?status=&page=`. */
export const recipientListQuerySchema = z.object({
  status: optionalParam(recipientStatusSchema),
  page: pageParam,
})

export type RecipientListQuery = z.infer<typeof recipientListQuerySchema>
