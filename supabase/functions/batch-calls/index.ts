import postgres from 'postgres'
import { createUserVerifier } from '../_shared/auth/verify-user.ts'
import { createUpstream } from '../_shared/elevenlabs/upstream-client.ts'
import { refreshStaleCampaign } from '../_shared/sync/refresh-stale-campaign.ts'
import { DETAIL_READ_TIMEOUT_SECONDS } from '../_shared/sync/sync-limits.ts'
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

// Detail reads refresh through their own connections: they run while the
// caller's transaction holds one of the pool above, which could otherwise be
// exhausted by requests waiting on each other.
const refreshSql = postgres(env('SUPABASE_DB_URL'), {
  prepare: false,
  max: 2,
  idle_timeout: 20,
  connect_timeout: 10,
  onnotice: () => {},
})

const detailUpstream = createUpstream({
  apiKey: env('ELEVENLABS_API_KEY'),
  baseUrl: env('ELEVENLABS_BASE_URL'),
  timeoutSeconds: DETAIL_READ_TIMEOUT_SECONDS,
})

Deno.serve(
  createApp({
    allowedOrigins: (env('ALLOWED_ORIGINS') || '*').split(',').map((o) => o.trim()),
    verifyUser: createUserVerifier(env('SUPABASE_URL')),
    sql,
    refreshCampaign: (campaignId) =>
      refreshStaleCampaign(
        { sql: refreshSql, upstream: detailUpstream },
        campaignId,
      ),
    upstream: createUpstream({
      apiKey: env('ELEVENLABS_API_KEY'),
      baseUrl: env('ELEVENLABS_BASE_URL') || undefined,
      // Well inside the function's wall-clock limit, so a slow submit still
      // gets its outcome recorded.
      timeoutSeconds: Number(env('ELEVENLABS_TIMEOUT_SECONDS')) || 20,
    }),
  }),
)
