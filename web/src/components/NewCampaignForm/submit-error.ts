import { ApiRequestError } from '../../lib/api.ts'

export type FieldErrors = Partial<
  Record<
    | 'name'
    | 'agentId'
    | 'phoneNumberId'
    | 'scheduledText'
    | 'timeZone'
    | 'recipients',
    string
  >
>

export type SubmitProblem = {
  alert: { title: string; message: string } | null
  fields: FieldErrors
}

const FIELD_BY_PATH: Record<string, keyof FieldErrors> = {
  name: 'name',
  agent_id: 'agentId',
  phone_number_id: 'phoneNumberId',
  schedule: 'scheduledText',
  'schedule.local': 'scheduledText',
  'schedule.time_zone': 'timeZone',
  recipients: 'recipients',
}

function fieldFor(path: string): keyof FieldErrors | undefined {
  if (path.startsWith('recipients.')) return 'recipients'
  return FIELD_BY_PATH[path]
}

/** "Try again in 30 seconds." from `Retry-After`, or a sensible default. */
export function tryAgainIn(seconds: number | undefined): string {
  if (!seconds) return 'Try again in a minute.'
  if (seconds < 60) return `Try again in ${seconds} seconds.`
  const minutes = Math.ceil(seconds / 60)
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

/** What a failed submission means for the person: a message, field errors, or both. */
export function describeSubmitError(error: unknown): SubmitProblem {
  if (!(error instanceof ApiRequestError)) {
    return {
      alert: { title: 'The campaign was not started', message: String(error) },
      fields: {},
    }
  }

  const alert = (title: string, message: string) => ({
    alert: { title, message },
    fields: {},
  })
  const later = tryAgainIn(error.retryAfter)
  switch (error.code) {
    case 'invalid_request':
      return fieldProblems(error)
    case 'quota_exceeded':
      return alert(
        'Monthly campaign limit reached',
        `${error.message} Your form is kept.`,
      )
    case 'rate_limited':
      return alert(
        'Too many campaigns started just now',
        `${error.message} ${later}`,
      )
    case 'provider_busy':
      return alert('The calling service is busy', `${error.message} ${later}`)
    case 'provider_unavailable':
      return alert(
        'The calling service did not answer',
        `${error.message} Check the campaign list before starting it again. ${later}`,
      )
    case 'provider_rejected':
      return alert(
        'The calling service refused this campaign',
        `${error.message} No campaign was used from your monthly limit. We have ` +
          'logged it for our team. Your form is kept: check the agent, number ' +
          'and recipients, then start it again or contact support.',
      )
    case 'provider_terms_not_accepted':
      return alert(
        'Batch calling is switched off for this account',
        `${error.message} Our support team has been told. ${later}`,
      )
    case 'request_in_progress':
      return alert(
        'This campaign is already starting',
        'Wait a moment: it appears in the campaign list when it has started.',
      )
    case 'request_too_large':
      return alert(
        'The campaign is too large to send',
        'The recipients add up to more than 6 MB. Shorten long variable values ' +
          'or split the list into several campaigns. Your form is kept.',
      )
    case 'not_found':
      return alert(
        'The agent or number is no longer available',
        'Choose the agent and phone number again.',
      )
    default:
      return alert('The campaign was not started', error.message)
  }
}

function fieldProblems(error: ApiRequestError): SubmitProblem {
  const fields: FieldErrors = {}
  const unplaced: string[] = []
  for (const detail of error.details) {
    const field = fieldFor(detail.path)
    if (!field) unplaced.push(detail.message)
    else if (!fields[field])
      fields[field] = recipientPrefix(detail.path) + detail.message
  }

  if (unplaced.length === 0 && Object.keys(fields).length > 0) {
    return { alert: null, fields }
  }
  return {
    alert: {
      title: 'Some details need fixing',
      message: [error.message, ...unplaced].join(' '),
    },
    fields,
  }
}

function recipientPrefix(path: string): string {
  const index = /^recipients\.(\d+)/.exec(path)?.[1]
  return index === undefined ? '' : `Recipient ${Number(index) + 1}: `
}
