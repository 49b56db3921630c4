import type { Sql } from 'postgres'

export type AuthUserRow = {
  id: string
  email: string
  encrypted_password: string | null
  email_confirmed_at: Date | null
  last_sign_in_at: Date | null
  raw_app_meta_data: Record<string, unknown> | null
  raw_user_meta_data: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export async function findUserByEmail(sql: Sql, email: string) {
  const [user] = await sql<AuthUserRow[]>`
    select * from auth.users
    where lower(email) = lower(${email}) and deleted_at is null
  `
  return user
}

export async function findUserById(sql: Sql, id: string) {
  const [user] = await sql<AuthUserRow[]>`
    select * from auth.users where id = ${id} and deleted_at is null
  `
  return user
}

/** The user object hosted Auth returns. */
export function toUserJson(user: AuthUserRow) {
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: user.email_confirmed_at,
    phone: '',
    confirmed_at: user.email_confirmed_at,
    last_sign_in_at: user.last_sign_in_at,
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: [],
    created_at: user.created_at,
    updated_at: user.updated_at,
    is_anonymous: false,
  }
}
