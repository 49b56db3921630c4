import { ApiRequestError } from './api.ts'
import { supabase } from './supabase.ts'

type SignInAgain = () => void | Promise<void>

let signInAgain: SignInAgain | undefined
let ending = false

/** Where a person goes once the API no longer accepts their session. */
export function onSessionEnded(next: SignInAgain) {
  signInAgain = next
}

/**
 * Every failed query and mutation comes through here. A 401 means the API
 * refused the token (expired, revoked, forged): the session in this browser
 * is dropped too, or the sign-in page would send the person straight back.
 */
export async function endSessionOn401(error: unknown) {
  if (!(error instanceof ApiRequestError) || error.status !== 401) return
  // Several requests usually fail together; one trip to sign-in is enough.
  if (ending) return
  ending = true
  try {
    await supabase.auth.signOut({ scope: 'local' })
    await signInAgain?.()
  } finally {
    ending = false
  }
}
