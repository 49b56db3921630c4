import { randomBytes, randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import type { Sql } from 'postgres'
import type { ProjectKeys } from '../keys.ts'
import { type AuthUserRow, toUserJson } from './users.ts'

export const ACCESS_TOKEN_SECONDS = 3600

/** Signs an access token with the claims hosted Auth puts in one. */
export async function signAccessToken(
  keys: ProjectKeys,
  issuer: string,
  user: AuthUserRow,
  sessionId: string,
  lifetimeSeconds = ACCESS_TOKEN_SECONDS,
): Promise<{ token: string; expiresAt: number }> {
  const now = Math.floor(Date.now() / 1000)
  const expiresAt = now + lifetimeSeconds
  const token = await new SignJWT({
    email: user.email,
    phone: '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: now }],
    session_id: sessionId,
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setSubject(user.id)
    .setAudience('authenticated')
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(keys.privateKey)
  return { token, expiresAt }
}

/** Starts a session for `user` and answers with it, as a sign-in does. */
export async function issueSession(
  sql: Sql,
  keys: ProjectKeys,
  issuer: string,
  user: AuthUserRow,
  existingSessionId?: string,
  parentToken?: string,
): Promise<Response> {
  const sessionId = existingSessionId ?? randomUUID()
  const refreshToken = randomBytes(24).toString('base64url')
  await sql.begin(async (tx) => {
    if (!existingSessionId) {
      await tx`insert into auth.sessions (id, user_id) values (${sessionId}, ${user.id})`
    }
    await tx`
      insert into auth.refresh_tokens (token, user_id, session_id, parent)
      values (${refreshToken}, ${user.id}, ${sessionId}, ${parentToken ?? null})
    `
    await tx`update auth.users set last_sign_in_at = now() where id = ${user.id}`
  })
  const { token, expiresAt } = await signAccessToken(keys, issuer, user, sessionId)
  return Response.json({
    access_token: token,
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: toUserJson(user),
  })
}
