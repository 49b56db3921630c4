import type { UpstreamFailure } from '../_shared/elevenlabs/upstream-errors.ts'
import { ApiError } from '../_shared/http/errors.ts'

/**
 * The answer for an upstream failure. A definite 4xx other than 429 and the
 * agreement error means we sent something upstream would not take: API.md
 * has no code for it, so it is 502 `provider_rejected`.
 */
export function upstreamFailureError(failure: UpstreamFailure): ApiError {
  switch (failure.kind) {
    case 'busy':
      return new ApiError(
        503,
        'provider_busy',
        'ElevenLabs is busy right now. Try again in a moment.',
        undefined,
        { 'retry-after': String(failure.retryAfterSeconds) },
      )
    case 'agreement':
      return new ApiError(
        503,
        'provider_terms_not_accepted',
        'Batch calling is not enabled on our ElevenLabs account yet. We have ' +
          'been told; try again later.',
      )
    case 'refused':
    case 'not_found':
      return new ApiError(
        502,
        'provider_rejected',
        'ElevenLabs refused the request. Nothing was started.',
      )
    case 'unknown':
      return new ApiError(
        502,
        'provider_unavailable',
        'ElevenLabs did not answer. Try again in a moment.',
      )
  }
}

/** The campaign's `last_error` for a failed submit. */
export function submitLastError(failure: UpstreamFailure) {
  switch (failure.kind) {
    case 'refused':
      return { code: 'provider_rejected', message: failure.message }
    case 'not_found':
      return {
        code: 'provider_rejected',
        message: 'ElevenLabs does not know this agent or number.',
      }
    case 'busy':
      return { code: 'provider_busy', message: 'ElevenLabs was busy; not started.' }
    case 'agreement':
      return { code: 'provider_terms_not_accepted', message: failure.message }
    case 'unknown':
      return {
        code: 'submission_unknown',
        message: `${failure.message}; checking whether the campaign started.`,
      }
  }
}
