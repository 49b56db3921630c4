import { afterEach, describe, expect, test, vi } from 'vitest'
import { ApiError, failureResponse } from './errors.ts'

afterEach(() => vi.restoreAllMocks())

describe('failureResponse', () => {
  test('answers an ApiError with its own status, code and message', async () => {
    const response = failureResponse(
      new ApiError(409, 'not_cancellable', 'Already finished.'),
      'unused',
    )
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({
      error: { code: 'not_cancellable', message: 'Already finished.' },
    })
  })

  test('answers anything else with a 500 and logs it without its text', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const secret = Object.assign(new TypeError('password=hunter2'), {
      code: '08006',
    })
    const response = failureResponse(secret, 'Try again.')

    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      error: { code: 'internal_error', message: 'Try again.' },
    })
    expect(logged).toHaveBeenCalledTimes(1)
    const line = String(logged.mock.calls[0][0])
    expect(JSON.parse(line)).toEqual({
      level: 'error',
      event: 'unhandled',
      error: 'TypeError',
      code: '08006',
    })
    expect(line).not.toContain('hunter2')
  })
})
