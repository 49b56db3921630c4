import postgres from 'postgres'
import { secretKeysFrom } from '../_shared/auth/secret-keys.ts'
import { createUpstream } from '../_shared/elevenlabs/upstream-client.ts'
import { runSyncPass } from '../_shared/sync/run-sync-pass.ts'
import {
  PASS_CONCURRENCY,
  SYNC_READ_TIMEOUT_SECONDS,
} from '../_shared/sync/sync-limits.ts'
import { createSyncApp } from './app.ts'

const env = (name: string) => Deno.env.get(name) ?? ''

// `prepare: false`: hosted Postgres is reached through a transaction pooler.
// One connection per concurrent refresh, plus one for leases.
const sql = postgres(env('SUPABASE_DB_URL'), {
  prepare: false,
  max: PASS_CONCURRENCY + 1,
  idle_timeout: 20,
  connect_timeout: 10,
  onnotice: () => {},
})

const upstream = createUpstream({
  apiKey: env('ELEVENLABS_API_KEY'),
  baseUrl: env('ELEVENLABS_BASE_URL'),
  timeoutSeconds:
    Number(env('ELEVENLABS_SYNC_TIMEOUT_SECONDS')) || SYNC_READ_TIMEOUT_SECONDS,
})

Deno.serve(
  createSyncApp({
    secretKeys: secretKeysFrom(
      env('SUPABASE_SECRET_KEYS'),
      env('SUPABASE_SERVICE_ROLE_KEY'),
    ),
    runPass: (options) => runSyncPass({ sql, upstream }, options),
  }),
)
