import { join } from 'node:path'
import { generateKeyPair, SignJWT } from 'jose'
import { describe, expect, test } from 'vitest'
import { loadProjectKeys } from '../local/keys.ts'
import { anonClient, callApi, signIn, stack } from './helpers/clients.ts'

describe('the local stack', () => {
  test('a demo member signs in and the function lists their campaigns', async () => {
    const { client } = await signIn('member@acme.test')
    const { data, error } = await client.functions.invoke('batch-calls', {
      method: 'GET',
    })
    expect(error).toBeNull()
    expect(data.total).toBeGreaterThanOrEqual(8)
  })

  test('a wrong password gets the error supabase-js understands', async () => {
    const { error } = await anonClient().auth.signInWithPassword({
      email: 'member@acme.test',
      password: 'not-the-password',
    })
    expect(error?.status).toBe(400)
    expect(error?.code).toBe('invalid_credentials')
  })

  test('a refreshed session is accepted and the old refresh token is spent', async () => {
    const { client, session } = await signIn('member@globex.test')
    const { data, error } = await client.auth.refreshSession()
    expect(error).toBeNull()
    expect(data.session?.refresh_token).not.toBe(session.refresh_token)
    const again = await anonClient().auth.refreshSession({
      refresh_token: session.refresh_token,
    })
    expect(again.error?.code).toBe('refresh_token_not_found')
  })

  test('auth refuses a request without an API key', async () => {
    const response = await fetch(`${stack().url}/auth/v1/user`)
    expect(response.status).toBe(401)
  })

  test('the function refuses a properly signed token whose sub is not a uuid', async () => {
    const keys = await loadProjectKeys(join(stack().dataDir, 'keys.json'))
    const token = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setSubject('not-a-uuid')
      .setIssuer(`${stack().url}/auth/v1`)
      .setAudience('authenticated')
      .setExpirationTime('1h')
      .sign(keys.privateKey)
    const response = await callApi('', { token })
    expect(response.status).toBe(401)
    expect((await response.json()).error.code).toBe('unauthorized')
  })

  test('the function refuses a missing, forged, expired or API-key bearer', async () => {
    const { session } = await signIn('member@acme.test')
    const [header, payload] = session.access_token.split('.')
    const { privateKey } = await generateKeyPair('ES256')
    const forged = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'ES256', kid: 'someone-else' })
      .setSubject(session.user.id)
      .setIssuer(`${stack().url}/auth/v1`)
      .setAudience('authenticated')
      .setExpirationTime('1h')
      .sign(privateKey)
    const tampered = `${header}.${payload}.${'A'.repeat(86)}`
    const keys = await loadProjectKeys(join(stack().dataDir, 'keys.json'))
    const expired = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setSubject(session.user.id)
      .setIssuer(`${stack().url}/auth/v1`)
      .setAudience('authenticated')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(keys.privateKey)
    const tokens = [
      undefined,
      forged,
      tampered,
      expired,
      stack().publishableKey,
      stack().anonKey,
      stack().serviceRoleKey,
    ]
    for (const token of tokens) {
      const response = await callApi('', { token })
      expect(response.status, `token ${token?.slice(0, 20)}`).toBe(401)
      const body = await response.json()
      expect(body.error.code).toBe('unauthorized')
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
    }
  })
})
