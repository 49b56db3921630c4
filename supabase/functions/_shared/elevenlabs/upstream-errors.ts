import { ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js'

/**
 * What an upstream failure means for us:
 * - `refused`: a definite 4xx, upstream did not take the request;
 * - `busy`: 429, try again later;
 * - `agreement`: the operator's account has not accepted batch-calling terms;
 * - `not_found`: the batch is not there (deleted, or never created);
 * - `unknown`: 5xx, timeout or no answer; the request may or may not have landed.
 */
export type UpstreamFailure =
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'busy'; retryAfterSeconds: number }
  | { kind: 'agreement'; message: string }
  | { kind: 'not_found' }
  | { kind: 'unknown'; message: string }

export function classifyUpstreamError(error: unknown): UpstreamFailure {
  if (error instanceof ElevenLabsTimeoutError) {
    return { kind: 'unknown', message: 'ElevenLabs did not answer in time' }
  }
  if (!(error instanceof ElevenLabsError) || error.statusCode === undefined) {
    return { kind: 'unknown', message: 'ElevenLabs could not be reached' }
  }
  const status = error.statusCode
  const detail = detailOf(error.body)
  if (status === 429) {
    const header = error.rawResponse?.headers?.get?.('retry-after')
    return { kind: 'busy', retryAfterSeconds: Number(header) || 30 }
  }
  if (status === 403 && detail.status === 'batch_calling_agreement_required') {
    return { kind: 'agreement', message: detail.message ?? 'Terms not accepted' }
  }
  if (status === 404) return { kind: 'not_found' }
  if (status >= 400 && status < 500) {
    return { kind: 'refused', status, message: detail.message ?? `HTTP ${status}` }
  }
  return { kind: 'unknown', message: `ElevenLabs answered ${status}` }
}

function detailOf(body: unknown): { status?: string; message?: string } {
  if (typeof body !== 'object' || body === null || !('detail' in body)) return {}
  const detail = (body as { detail: unknown }).detail
  if (Array.isArray(detail)) {
    const first = detail[0] as { loc?: unknown[]; msg?: string } | undefined
    return { message: first ? `${first.loc?.join('.')}: ${first.msg}` : undefined }
  }
  if (typeof detail === 'object' && detail !== null) {
    const { status, message } = detail as { status?: unknown; message?: unknown }
    return {
      status: typeof status === 'string' ? status : undefined,
      message: typeof message === 'string' ? message : undefined,
    }
  }
  return { message: typeof detail === 'string' ? detail : undefined }
}
