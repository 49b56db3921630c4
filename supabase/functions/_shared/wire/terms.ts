import { z } from 'zod'

export const termsResponseSchema = z.object({
  /** Terms versions are numbered 1, 2, 3… */
  version: z.number().int().positive(),
  accepted: z.boolean(),
  accepted_at: z.iso.datetime().nullable(),
  accepted_by_email: z.string().nullable(),
  text: z.string(),
})

export type TermsResponse = z.infer<typeof termsResponseSchema>

/** `POST /batch-calls/terms`: the version the person read and accepts. */
export const acceptTermsBodySchema = z.object({
  version: z.number().int().positive(),
})

export type AcceptTermsBody = z.infer<typeof acceptTermsBodySchema>
