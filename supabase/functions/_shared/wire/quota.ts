import { z } from 'zod'

const count = z.number().int().nonnegative()

/** Campaigns per calendar month (UTC); `limit` and `remaining` null = unlimited. */
export const quotaResponseSchema = z.object({
  limit: count.nullable(),
  used: count,
  remaining: count.nullable(),
  resets_at: z.iso.datetime(),
})

export type QuotaResponse = z.infer<typeof quotaResponseSchema>
