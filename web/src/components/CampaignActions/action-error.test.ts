import { describe, expect, test, vi } from 'vitest'
import { ApiRequestError } from '../../lib/api.ts'
import { describeActionError } from './action-error.ts'

vi.mock('../../lib/supabase.ts', () => ({ supabase: {} }))

const apiError = (status: number, code: string, retryAfter?: number) =>
  new ApiRequestError(status, code, `Server says ${code}.`, [], retryAfter)

describe('describeActionError', () => {
  test.each(['cancel', 'retry'] as const)(
    'says upstream refused the %s, that nothing changed and that it is logged',
    (action) => {
      const problem = describeActionError(apiError(502, 'provider_rejected'), action)
      expect(problem.title).toBe('The calling service refused this request')
      expect(problem.message).toContain('Server says provider_rejected.')
      expect(problem.message).toContain('logged it for our team')
      expect(problem.message).toContain(
        action === 'cancel' ? 'carries on as before' : 'No call was queued again',
      )
    },
  )

  test.each([
    [
      'provider_busy',
      503,
      'The calling service is busy',
      'Try again in 45 seconds.',
    ],
    [
      'provider_unavailable',
      502,
      'The calling service did not answer',
      'Reload the page',
    ],
    [
      'provider_terms_not_accepted',
      503,
      'Batch calling is switched off for this account',
      'carries on as before',
    ],
  ])('explains %s when cancelling', (code, status, title, advice) => {
    const problem = describeActionError(apiError(status, code, 45), 'cancel')
    expect(problem.title).toBe(title)
    expect(problem.message).toContain(`Server says ${code}.`)
    expect(problem.message).toContain(advice)
  })

  test('names the action and keeps the API message for a wrong state', () => {
    expect(describeActionError(apiError(409, 'nothing_to_retry'), 'retry')).toEqual({
      title: 'Failed calls were not queued again',
      message: 'Server says nothing_to_retry.',
    })
  })

  test('shows an error that did not come from the API as it is', () => {
    expect(describeActionError(new Error('disk full'), 'download')).toEqual({
      title: 'The results were not downloaded',
      message: 'disk full',
    })
  })
})
