import type { Sql } from 'postgres'
import { callApi, newMember } from './clients.ts'
import { type CustomerFixture, customerIdOf, giveAgent } from './db.ts'

export type ApiMember = {
  token: string
  userId: string
  email: string
  fixture: CustomerFixture
  get(path: string): Promise<Response>
  post(path: string, body: unknown): Promise<Response>
}

/** A freshly signed-up member whose customer has an agent and numbers. */
export async function apiMember(sql: Sql, agentName?: string): Promise<ApiMember> {
  const { session, user, email } = await newMember('api')
  const fixture = await giveAgent(sql, await customerIdOf(sql, user.id), agentName)
  const token = session.access_token
  return {
    token,
    userId: user.id,
    email,
    fixture,
    get: (path) => callApi(path, { token }),
    post: (path, body) =>
      callApi(path, {
        token,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  }
}

export async function errorCode(response: Response) {
  const body = await response.json()
  return { status: response.status, code: body.error?.code }
}
