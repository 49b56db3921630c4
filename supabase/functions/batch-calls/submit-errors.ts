import { ApiError, notFound } from '../_shared/http/errors.ts'
import { raisedCode } from './db/user-transaction.ts'
import { invalidRequest } from './query-params.ts'

export const numberNotAssigned = () =>
  invalidRequest([
    {
      path: 'phone_number_id',
      code: 'number_not_assigned',
      message: 'This number is not assigned to the chosen agent.',
    },
  ])

/** The API error for a code a `private` submit function raised, if it is one. */
export function submitRefusal(error: unknown): ApiError | undefined {
  const code = raisedCode(error)
  const detail = (error as { detail?: string }).detail ?? ''
  switch (code) {
    case 'not_found':
      return notFound()
    case 'number_not_assigned':
      return numberNotAssigned()
    case 'batch_calling_agreement_required':
      return new ApiError(
        403,
        code,
        'Accept the batch-calling terms before starting a campaign.',
      )
    case 'quota_exceeded':
      return quotaExceeded(detail)
    case 'rate_limited':
      return new ApiError(
        429,
        code,
        'Too many campaigns started in the last minute. Wait a moment.',
        undefined,
        { 'retry-after': String(Number(detail) || 60) },
      )
    default:
      return undefined
  }
}

function quotaExceeded(detail: string) {
  const { limit, used, resets_at } = JSON.parse(detail) as {
    limit: number
    used: number
    resets_at: string
  }
  const resetDay = new Date(resets_at).toISOString().slice(0, 10)
  return new ApiError(
    403,
    'quota_exceeded',
    `Your plan allows ${limit} campaigns a month and ${used} have been ` +
      `started. The quota resets on ${resetDay} (UTC).`,
  )
}
