import postgres from 'postgres'
import { createUserVerifier } from '../_shared/auth/verify-user.ts'
import { createApp } from './app.ts'

const env = (name: string) => Deno.env.get(name) ?? ''

// `prepare: false`: hosted Postgres is reached through a transaction pooler.
const sql = postgres(env('SUPABASE_DB_URL'), {
  prepare: false,
  max: 4,
  idle_timeout: 20,
  connect_timeout: 10,
  onnotice: () => {},
})

Deno.serve(
  createApp({
    allowedOrigins: (env('ALLOWED_ORIGINS') || '*').split(',').map((o) => o.trim()),
    verifyUser: createUserVerifier(env('SUPABASE_URL')),
    sql,
  }),
)
