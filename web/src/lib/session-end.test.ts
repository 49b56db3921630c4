import { beforeEach, describe, expect, test, vi } from 'vitest'
import { ApiRequestError } from './api.ts'
import { queryClient } from './query-client.ts'
import { endSessionOn401, onSessionEnded } from './session-end.ts'
import { supabase } from './supabase.ts'

vi.mock('./supabase.ts', () => ({
  supabase: { auth: { signOut: vi.fn(async () => ({ error: null })) } },
}))
const signOut = vi.mocked(supabase.auth.signOut)
const signInAgain = vi.fn()

const apiError = (status: number, code: string) =>
  new ApiRequestError(status, code, `Server says ${code}.`)

beforeEach(() => {
  signOut.mockClear()
  signInAgain.mockReset()
  onSessionEnded(signInAgain)
})

describe('a session the API no longer accepts', () => {
  test('is dropped in this browser and the person is sent to sign in', async () => {
    await endSessionOn401(apiError(401, 'unauthorized'))
    expect(signOut).toHaveBeenCalledWith({ scope: 'local' })
    expect(signInAgain).toHaveBeenCalledOnce()
  })

  test.each([
    apiError(403, 'no_customer'),
    apiError(404, 'not_found'),
    apiError(0, 'network_error'),
    new Error('401'),
  ])('is kept after %s', async (error) => {
    await endSessionOn401(error)
    expect(signOut).not.toHaveBeenCalled()
    expect(signInAgain).not.toHaveBeenCalled()
  })

  test('sends the person once when several requests fail together', async () => {
    await Promise.all([
      endSessionOn401(apiError(401, 'unauthorized')),
      endSessionOn401(apiError(401, 'unauthorized')),
    ])
    expect(signInAgain).toHaveBeenCalledOnce()
  })

  test.each(['query', 'mutation'])('is noticed from any failed %s', async (kind) => {
    const unauthorized = () => Promise.reject(apiError(401, 'unauthorized'))
    const request =
      kind === 'query'
        ? queryClient.fetchQuery({ queryKey: ['any'], queryFn: unauthorized })
        : queryClient
            .getMutationCache()
            .build(queryClient, { mutationFn: unauthorized })
            .execute(undefined)
    await expect(request).rejects.toThrow('Server says unauthorized.')
    await vi.waitFor(() => expect(signInAgain).toHaveBeenCalledOnce())
  })
})
