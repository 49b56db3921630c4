import { ApiError, type ErrorDetail } from '../_shared/http/errors.ts'
import { resolveSchedule } from '../_shared/schedule/resolve-schedule.ts'
import {
  type CreateCampaignBody,
  createCampaignBodySchema,
} from '../_shared/wire/create-campaign-body.ts'
import { zodErrorDetails } from '../_shared/wire/zod-error-details.ts'
import { bodyHash, readIdempotencyKey } from './idempotency-key.ts'
import { invalidRequest, isDetail } from './query-params.ts'
import { readJsonBody } from './read-json-body.ts'

export type CreateCampaignInput = {
  body: CreateCampaignBody
  scheduledAt: Date | null
  /** The zone as the engine spells it; null when starting now. */
  timeZone: string | null
  idempotencyKey: string | null
  bodyHash: string
}

/** Everything a create needs from the request, or 400 `invalid_request`. */
export async function readCreateCampaignInput(
  request: Request,
  now: Date,
): Promise<CreateCampaignInput> {
  const json = await readJsonBody(request)
  if (json === undefined) {
    throw invalidRequest([
      { path: '', code: 'invalid_json', message: 'The body must be JSON.' },
    ])
  }
  const details: ErrorDetail[] = []
  const key = readIdempotencyKey(request)
  if (isDetail(key)) details.push(key)

  const parsed = createCampaignBodySchema.safeParse(json)
  if (!parsed.success) details.push(...zodErrorDetails(parsed.error))
  if (!parsed.success || isDetail(key)) throw invalidRequest(details)

  const { schedule } = parsed.data
  let scheduledAt: Date | null = null
  let timeZone: string | null = null
  if (schedule) {
    const resolved = resolveSchedule(schedule, now)
    if (!resolved.ok) {
      const field = resolved.code === 'unknown_time_zone' ? 'time_zone' : 'local'
      throw invalidRequest([
        {
          path: `schedule.${field}`,
          code: resolved.code,
          message: resolved.message,
        },
      ])
    }
    scheduledAt = new Date(resolved.utcSeconds * 1000)
    timeZone = resolved.timeZone
  }

  return {
    body: parsed.data,
    scheduledAt,
    timeZone,
    idempotencyKey: key,
    bodyHash: key === null ? '' : await bodyHash(parsed.data),
  }
}

export const requestInProgress = () =>
  new ApiError(
    409,
    'request_in_progress',
    'A request with this Idempotency-Key is still being processed. Check the ' +
      'campaign list before trying again.',
  )

export const idempotencyKeyReused = () =>
  new ApiError(
    422,
    'idempotency_key_reused',
    'This Idempotency-Key was used for a different campaign. Use a new key.',
  )
