import { z } from 'zod'

export const termsResponseSchema = z.object({
  version: z.string().min(1),
  accepted: z.boolean(),
  accepted_at: z.iso.datetime().nullable(),
  accepted_by_email: z.string().nullable(),
  text: z.string(),
})

export type TermsResponse = z.infer<typeof termsResponseSchema>

/** `POST /batch-calls/terms`: the version the person read and accepts. */
export const acceptTermsBodySchema = z.object({ version: z.string().trim().min(1) })

export type AcceptTermsBody = z.infer<typeof acceptTermsBodySchema>
