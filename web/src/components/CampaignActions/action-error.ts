import { ApiRequestError } from '../../lib/api.ts'
import { tryAgainIn } from '../NewCampaignForm/submit-error.ts'

export type CampaignAction = 'cancel' | 'retry' | 'download'

const NOT_DONE: Record<CampaignAction, string> = {
  cancel: 'The campaign was not cancelled',
  retry: 'Failed calls were not queued again',
  download: 'The results were not downloaded',
}

const UNCHANGED: Record<CampaignAction, string> = {
  cancel: 'The campaign carries on as before.',
  retry: 'No call was queued again.',
  download: '',
}

/** What a failed cancel, retry or download means for the person. */
export function describeActionError(error: Error, action: CampaignAction) {
  const problem = (title: string, ...message: string[]) => ({
    title,
    message: message.filter(Boolean).join(' '),
  })
  if (!(error instanceof ApiRequestError)) {
    return problem(NOT_DONE[action], error.message)
  }

  const later = tryAgainIn(error.retryAfter)
  switch (error.code) {
    case 'provider_rejected':
      return problem(
        'The calling service refused this request',
        error.message,
        UNCHANGED[action],
        'We have logged it for our team. If it happens again, contact support.',
      )
    case 'provider_busy':
      return problem('The calling service is busy', error.message, later)
    case 'provider_unavailable':
      return problem(
        'The calling service did not answer',
        error.message,
        'Reload the page to see whether it went through before trying again.',
      )
    case 'provider_terms_not_accepted':
      return problem(
        'Batch calling is switched off for this account',
        error.message,
        UNCHANGED[action],
      )
    default:
      return problem(NOT_DONE[action], error.message)
  }
}
