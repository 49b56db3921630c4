import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose'
import { unauthorized } from '../http/errors.ts'

// Postgres reads `sub` as auth.uid(), a uuid; anything else fails there.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type VerifiedUser = { id: string; email: string; claims: JWTPayload }

/**
 * Verifies a user's access token against the project's published signing keys.
 * API keys and tokens of other roles (anon, service_role) are not users.
 */
export function createUserVerifier(supabaseUrl: string) {
  const issuer = `${supabaseUrl.replace(/\/$/, '')}/auth/v1`
  const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`))

  return async function verifyUser(request: Request): Promise<VerifiedUser> {
    const header = request.headers.get('authorization') ?? ''
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1]
    if (!token) throw unauthorized()
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer,
        audience: 'authenticated',
        algorithms: ['ES256', 'RS256'],
      })
      const sub = payload.sub ?? ''
      if (payload.role !== 'authenticated' || !UUID.test(sub)) throw unauthorized()
      return {
        id: sub,
        email: typeof payload.email === 'string' ? payload.email : '',
        claims: payload,
      }
    } catch {
      throw unauthorized()
    }
  }
}
