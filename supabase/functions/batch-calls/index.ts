import { createUserVerifier } from '../_shared/auth/verify-user.ts'
import { createApp } from './app.ts'

const env = (name: string) => Deno.env.get(name) ?? ''

Deno.serve(
  createApp({
    allowedOrigins: (env('ALLOWED_ORIGINS') || '*').split(',').map((o) => o.trim()),
    verifyUser: createUserVerifier(env('SUPABASE_URL')),
  }),
)
