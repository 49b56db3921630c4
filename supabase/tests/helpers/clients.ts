import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import { inject } from 'vitest'
import ws from 'ws'
import { createSimulatorControl } from '../../local/elevenlabs-sim/control-client.ts'

export const stack = () => inject('stack')

/** The control API of the stack's ElevenLabs simulator. */
export const simulator = () => {
  const url = stack().simulatorUrl
  if (!url) throw new Error('these tests need the ElevenLabs simulator')
  return createSimulatorControl(url)
}

/** supabase-js as the SPA creates it, without a session. */
export function anonClient(): SupabaseClient {
  const { url, publishableKey } = stack()
  return createClient(url, publishableKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    // Node 20 has no WebSocket of its own; realtime is unused but constructed.
    realtime: { transport: ws as never },
  })
}

/** Signs in an existing user and returns the client holding the session. */
export async function signIn(email: string, password = 'demo-password') {
  const client = anonClient()
  const { data, error } = await client.auth.signInWithPassword({ email, password })
  if (error) throw error
  return { client, session: data.session, user: data.user }
}

/**
 * Signs up a brand-new user (sign-up gives them a customer of their own) and
 * returns the signed-in client.
 */
export async function newMember(prefix = 'member') {
  const email = `${prefix}-${randomUUID()}@example.test`
  const client = anonClient()
  const { data, error } = await client.auth.signUp({
    email,
    password: 'demo-password',
  })
  if (error) throw error
  if (!data.session || !data.user) throw new Error('sign-up returned no session')
  return { client, session: data.session, user: data.user, email }
}

/** Calls the campaign API with a raw token, for the 401 cases. */
export function callApi(path: string, init: RequestInit & { token?: string } = {}) {
  const { url, publishableKey } = stack()
  const headers = new Headers(init.headers)
  headers.set('apikey', publishableKey)
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  return fetch(`${url}/functions/v1/batch-calls${path}`, { ...init, headers })
}
