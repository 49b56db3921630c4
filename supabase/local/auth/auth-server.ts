import { randomUUID } from 'node:crypto'
import bcrypt from 'bcryptjs'
import { createLocalJWKSet, jwtVerify } from 'jose'
import type { Sql } from 'postgres'
import { apiKeys, type ProjectKeys } from '../keys.ts'
import { authError } from './errors.ts'
import { issueSession } from './tokens.ts'
import { findUserByEmail, findUserById, toUserJson } from './users.ts'

type AuthServerOptions = {
  sql: Sql
  keys: ProjectKeys
  /** `<project url>/auth/v1`, the `iss` of every token. */
  issuer: string
}

/**
 * The part of Supabase Auth that supabase-js uses for email and password:
 * sign-up, sign-in, refresh, user, sign-out and the JWKS. `path` is what
 * follows `/auth/v1`.
 */
export function createAuthServer({ sql, keys, issuer }: AuthServerOptions) {
  const accepted = new Set(apiKeys(keys))
  const jwks = createLocalJWKSet({ keys: [keys.publicJwk] })

  async function verifyBearer(request: Request) {
    const token = request.headers.get('authorization')?.replace(/^Bearer /i, '')
    if (!token) return undefined
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer,
        audience: 'authenticated',
      })
      return payload
    } catch {
      return undefined
    }
  }

  async function signIn(request: Request) {
    const body = await readJson(request)
    const email = typeof body.email === 'string' ? body.email : ''
    const password = typeof body.password === 'string' ? body.password : ''
    const user = email ? await findUserByEmail(sql, email) : undefined
    const matches =
      user?.encrypted_password &&
      (await bcrypt.compare(password, user.encrypted_password))
    if (!user || !matches) {
      return authError(400, 'invalid_credentials', 'Invalid login credentials')
    }
    return issueSession(sql, keys, issuer, user)
  }

  async function refresh(request: Request) {
    const body = await readJson(request)
    const token = typeof body.refresh_token === 'string' ? body.refresh_token : ''
    const rows = await sql<
      { user_id: string; session_id: string; revoked: boolean }[]
    >`
      update auth.refresh_tokens set revoked = true, updated_at = now()
      where token = ${token} and revoked = false
      returning user_id, session_id, revoked
    `
    const row = rows[0]
    if (!row) {
      return authError(
        400,
        'refresh_token_not_found',
        'Invalid Refresh Token: Refresh Token Not Found',
      )
    }
    const user = await findUserById(sql, row.user_id)
    if (!user) return authError(400, 'user_not_found', 'User not found')
    return issueSession(sql, keys, issuer, user, row.session_id, token)
  }

  async function signUp(request: Request) {
    const body = await readJson(request)
    const email = typeof body.email === 'string' ? body.email.trim() : ''
    const password = typeof body.password === 'string' ? body.password : ''
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      return authError(
        400,
        'validation_failed',
        'Unable to validate email address: invalid format',
      )
    }
    if (password.length < 6) {
      return authError(
        422,
        'weak_password',
        'Password should be at least 6 characters.',
      )
    }
    if (await findUserByEmail(sql, email)) {
      return authError(422, 'user_already_exists', 'User already registered')
    }
    const id = randomUUID()
    const hash = await bcrypt.hash(password, 10)
    const metadata = isRecord(body.data) ? body.data : {}
    await sql.begin(async (tx) => {
      await tx`
        insert into auth.users (
          instance_id, id, aud, role, email, encrypted_password,
          email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
          created_at, updated_at
        ) values (
          '00000000-0000-0000-0000-000000000000', ${id}, 'authenticated',
          'authenticated', ${email}, ${hash}, now(),
          ${tx.json({ provider: 'email', providers: ['email'] })},
          ${tx.json(metadata as never)}, now(), now()
        )
      `
      await tx`
        insert into auth.identities (
          provider_id, user_id, identity_data, provider, created_at, updated_at
        ) values (
          ${id}, ${id}, ${tx.json({ sub: id, email })}, 'email', now(), now()
        )
      `
    })
    const user = await findUserById(sql, id)
    if (!user) return authError(500, 'unexpected_failure', 'User was not created')
    return issueSession(sql, keys, issuer, user)
  }

  async function getUser(request: Request) {
    const claims = await verifyBearer(request)
    const user = claims?.sub ? await findUserById(sql, claims.sub) : undefined
    if (!user)
      return authError(
        403,
        'bad_jwt',
        'invalid JWT: unable to parse or verify signature',
      )
    return Response.json(toUserJson(user))
  }

  async function signOut(request: Request) {
    const claims = await verifyBearer(request)
    if (!claims?.sub) {
      return authError(
        403,
        'bad_jwt',
        'invalid JWT: unable to parse or verify signature',
      )
    }
    const scope = new URL(request.url).searchParams.get('scope') ?? 'global'
    const sessionId = String(claims.session_id ?? '')
    if (scope === 'global') {
      await sql`delete from auth.sessions where user_id = ${claims.sub}`
    } else if (scope === 'others') {
      await sql`
        delete from auth.sessions where user_id = ${claims.sub} and id <> ${sessionId}
      `
    } else {
      await sql`delete from auth.sessions where id = ${sessionId}`
    }
    return new Response(null, { status: 204 })
  }

  return async function handle(request: Request, path: string): Promise<Response> {
    const method = request.method
    if (method === 'GET' && path === '/.well-known/jwks.json') {
      return Response.json({ keys: [keys.publicJwk] })
    }
    if (!accepted.has(request.headers.get('apikey') ?? '')) {
      return Response.json(
        {
          message: 'No API key found in request',
          hint: 'No `apikey` request header or url param was found.',
        },
        { status: 401 },
      )
    }
    const grant = new URL(request.url).searchParams.get('grant_type')
    if (method === 'POST' && path === '/token' && grant === 'password')
      return signIn(request)
    if (method === 'POST' && path === '/token' && grant === 'refresh_token')
      return refresh(request)
    if (method === 'POST' && path === '/signup') return signUp(request)
    if (method === 'GET' && path === '/user') return getUser(request)
    if (method === 'POST' && path === '/logout') return signOut(request)
    return authError(404, 'not_found', 'Not found')
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json()
    return isRecord(body) ? body : {}
  } catch {
    return {}
  }
}
