import { z } from 'zod'

/** Every `error.code` the API answers with, and the HTTP status it goes with. */
export const ERROR_STATUS = {
  unauthorized: 401,
  no_customer: 403,
  invalid_request: 400,
  not_found: 404,
  method_not_allowed: 405,
  batch_calling_agreement_required: 403,
  quota_exceeded: 403,
  rate_limited: 429,
  not_cancellable: 409,
  nothing_to_retry: 409,
  terms_outdated: 409,
  request_in_progress: 409,
  idempotency_key_reused: 422,
  request_too_large: 413,
  provider_busy: 503,
  provider_unavailable: 502,
  // Upstream definitely refused the request (a 4xx API.md gives no code for):
  // nothing started, quota given back. Our bug or data upstream will not take.
  provider_rejected: 502,
  provider_terms_not_accepted: 503,
  internal_error: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export const errorCodeSchema = z.enum(
  Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]],
)

/**
 * Detail codes the API itself produces; zod's own issue codes (`too_small`,
 * `invalid_type`, …) appear as detail codes too.
 */
export const DETAIL_CODES = [
  'number_not_assigned',
  'schedule_in_past',
  'schedule_too_far',
  'schedule_nonexistent_time',
  'unknown_time_zone',
  'invalid_local_time',
  'invalid_phone_number',
  'duplicate_phone_number',
  'invalid_variable_name',
  'reserved_variable_name',
  'nul_character',
  'variable_too_long',
] as const

export type DetailCode = (typeof DETAIL_CODES)[number]

export const errorDetailSchema = z.object({
  /** Dotted path into the request, e.g. `recipients.3.phone_number`. */
  path: z.string(),
  code: z.string().min(1),
  message: z.string(),
})

export type ErrorDetail = z.infer<typeof errorDetailSchema>

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string().min(1),
    details: z.array(errorDetailSchema).optional(),
  }),
})

export type ErrorBody = z.infer<typeof errorBodySchema>
