import { describe, expect, test, vi } from 'vitest'
import { ApiRequestError } from '../../lib/api.ts'
import { describeSubmitError, tryAgainIn } from './submit-error.ts'

vi.mock('../../lib/supabase.ts', () => ({ supabase: {} }))

const apiError = (
  status: number,
  code: string,
  details: ApiRequestError['details'] = [],
  retryAfter?: number,
) => new ApiRequestError(status, code, `Server says ${code}.`, details, retryAfter)

describe('describeSubmitError', () => {
  test('puts invalid_request details on the fields they name', () => {
    const problem = describeSubmitError(
      apiError(400, 'invalid_request', [
        { path: 'name', code: 'too_small', message: 'Give it a name.' },
        { path: 'schedule.local', code: 'schedule_in_past', message: 'Passed.' },
        { path: 'schedule.time_zone', code: 'unknown_time_zone', message: 'Zone?' },
        {
          path: 'phone_number_id',
          code: 'number_not_assigned',
          message: 'Not his.',
        },
        { path: 'recipients.2.phone_number', code: 'x', message: 'Not E.164.' },
      ]),
    )
    expect(problem).toEqual({
      alert: null,
      fields: {
        name: 'Give it a name.',
        scheduledText: 'Passed.',
        timeZone: 'Zone?',
        phoneNumberId: 'Not his.',
        recipients: 'Recipient 3: Not E.164.',
      },
    })
  })

  test('explains a request that is too large and keeps the form', () => {
    const problem = describeSubmitError(apiError(413, 'request_too_large'))
    expect(problem.alert?.title).toBe('The campaign is too large to send')
    expect(problem.alert?.message).toContain('split the list')
    expect(problem.alert?.message).toContain('Your form is kept.')
  })

  test('shows schedule_too_far and variable_too_long on their fields', () => {
    const problem = describeSubmitError(
      apiError(400, 'invalid_request', [
        { path: 'schedule.local', code: 'schedule_too_far', message: 'Too far.' },
        {
          path: 'recipients.4.variables.note',
          code: 'variable_too_long',
          message: 'Too long.',
        },
      ]),
    )
    expect(problem.fields).toEqual({
      scheduledText: 'Too far.',
      recipients: 'Recipient 5: Too long.',
    })
  })

  test('keeps details with no field in an alert', () => {
    const problem = describeSubmitError(
      apiError(400, 'invalid_request', [
        { path: 'extra', code: 'x', message: 'Odd.' },
      ]),
    )
    expect(problem.alert?.message).toContain('Odd.')
  })

  test.each([
    ['rate_limited', 429, 30, 'Try again in 30 seconds.'],
    ['provider_busy', 503, 120, 'Try again in 2 minutes.'],
    ['provider_unavailable', 502, undefined, 'Try again in a minute.'],
    ['provider_terms_not_accepted', 503, 5, 'Try again in 5 seconds.'],
  ])('tells when to try again after %s', (code, status, retryAfter, expected) => {
    const problem = describeSubmitError(apiError(status, code, [], retryAfter))
    expect(problem.alert?.message).toContain(expected)
    expect(problem.alert?.message).toContain(`Server says ${code}.`)
  })

  test('says upstream refused the campaign, that it is logged and the form kept', () => {
    const problem = describeSubmitError(apiError(502, 'provider_rejected'))
    expect(problem.alert?.title).toBe('The calling service refused this campaign')
    expect(problem.alert?.message).toContain('Server says provider_rejected.')
    expect(problem.alert?.message).toContain('logged it for our team')
    expect(problem.alert?.message).toContain('Your form is kept')
    expect(problem.fields).toEqual({})
  })

  test('names the monthly limit when the quota is used up', () => {
    const problem = describeSubmitError(apiError(403, 'quota_exceeded'))
    expect(problem.alert?.title).toBe('Monthly campaign limit reached')
  })

  test('shows what went wrong when the error did not come from the API', () => {
    expect(describeSubmitError(new Error('boom')).alert?.message).toContain('boom')
  })
})

test('rounds waits of a minute or more up to whole minutes', () => {
  expect(tryAgainIn(61)).toBe('Try again in 2 minutes.')
  expect(tryAgainIn(60)).toBe('Try again in 1 minute.')
})
