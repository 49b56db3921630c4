import { createWriteStream } from 'node:fs'
import { chmod, mkdir, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { join, resolve } from 'node:path'
import postgres from 'postgres'
import { createAuthServer } from './auth/auth-server.ts'
import { startElevenLabsSimulator } from './elevenlabs-sim/server.ts'
import { freePort } from './free-port.ts'
import { type FunctionProcess, startFunctions } from './functions.ts'
import { startGateway } from './gateway.ts'
import { loadProjectKeys } from './keys.ts'
import { bootstrap, pushMigrations } from './migrate.ts'
import { type PostgresServer, startPostgres } from './postgres.ts'
import { startSyncTimer } from './sync-timer.ts'

export type StackOptions = {
  /** Where the database, keys and logs live. */
  dataDir: string
  /** 0 = any free port. */
  port?: number
  dbPort?: number
  /** Use this server (a superuser URL) instead of starting one. */
  databaseUrl?: string
  /** Delete the data folder when stopping (test stacks). */
  ephemeral?: boolean
  /** Extra secrets for the functions (ElevenLabs settings). */
  secrets?: Record<string, string>
  allowedOrigins?: string
  /**
   * Real ms between the simulator's dialling steps; 0 = only when a test
   * asks. Ignored when the functions talk to the real ElevenLabs.
   */
  simulatorStepMs?: number
  /**
   * Real ms between calls of the sync entry point, standing in for hosted
   * pg_cron; 0 (default) = never, so tests run passes themselves.
   */
  syncEveryMs?: number
  /** `ELEVENLABS_API_KEY` without `ELEVENLABS_BASE_URL` = the real ElevenLabs. */
  elevenLabs?: { apiKey?: string; baseUrl?: string }
  log?: (line: string) => void
}

export type Stack = {
  url: string
  publishableKey: string
  secretKey: string
  anonKey: string
  serviceRoleKey: string
  /** The `postgres` login (not a superuser), as the functions use it. */
  dbUrl: string
  /** Superuser URL; tests use it to act as `anon` or `authenticated`. */
  adminUrl: string
  dataDir: string
  logDir: string
  /** The ElevenLabs simulator, unless the real ElevenLabs is used. */
  simulatorUrl?: string
  stop(): Promise<void>
}

export const repoRoot = resolve(import.meta.dirname, '..', '..')

/** Starts the database, Auth, the functions and the gateway in front of them. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {})
  const logDir = join(options.dataDir, 'logs')
  await mkdir(logDir, { recursive: true })
  // The server runs as the `postgres` OS user, which must reach its folder.
  await chmod(options.dataDir, 0o755)

  let database: PostgresServer | undefined
  let adminUrl = options.databaseUrl
  if (!adminUrl) {
    const dbPort = options.dbPort || (await freePort())
    const dbLog = createWriteStream(join(logDir, 'postgres.log'), { flags: 'a' })
    database = await startPostgres({
      dataDir: join(options.dataDir, 'db'),
      port: dbPort,
      ephemeral: options.ephemeral,
      log: (line) => dbLog.write(line),
    })
    adminUrl = database.adminUrl
  }
  const server = new URL(adminUrl)
  const dbUrl = `postgresql://postgres:postgres@${server.host}${server.pathname}`
  log('database ready')

  const cleanups: Array<() => Promise<unknown>> = []
  try {
    await bootstrap(adminUrl)
    await pushMigrations(repoRoot, dbUrl)
    log('migrations applied')

    const port = options.port || (await freePort())
    const url = `http://127.0.0.1:${port}`
    const keys = await loadProjectKeys(join(options.dataDir, 'keys.json'))
    const authUrl = new URL(adminUrl)
    authUrl.username = 'supabase_auth_admin'
    authUrl.password = 'supabase_auth_admin'
    const authSql = postgres(authUrl.toString(), { max: 4, onnotice: () => {} })
    cleanups.push(() => authSql.end())

    const upstream = await startUpstream(options, cleanups)
    log(upstream.simulatorUrl ? 'simulator ready' : 'using the real ElevenLabs')

    const functions: FunctionProcess[] = await startFunctions({
      repoRoot,
      logDir,
      secrets: {
        SUPABASE_URL: url,
        SUPABASE_DB_URL: dbUrl,
        SUPABASE_ANON_KEY: keys.anonKey,
        SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
        SUPABASE_PUBLISHABLE_KEYS: JSON.stringify({ default: keys.publishableKey }),
        SUPABASE_SECRET_KEYS: JSON.stringify({ default: keys.secretKey }),
        SUPABASE_JWKS: JSON.stringify({ keys: [keys.publicJwk] }),
        ALLOWED_ORIGINS: options.allowedOrigins ?? '*',
        ...upstream.secrets,
        ...options.secrets,
      },
    })
    cleanups.push(async () => {
      for (const fn of functions) fn.process.kill('SIGTERM')
    })
    log('functions serving')

    const gatewayLog = createWriteStream(join(logDir, 'gateway.log'), { flags: 'a' })
    cleanups.push(async () => gatewayLog.end())
    const gateway: Server = await startGateway({
      port,
      log: (line) => gatewayLog.write(`${line}\n`),
      auth: createAuthServer({ sql: authSql, keys, issuer: `${url}/auth/v1` }),
      functions: new Map(functions.map((fn) => [fn.name, fn.url])),
    })
    cleanups.push(
      () => new Promise((done) => gateway.close(done).closeAllConnections()),
    )

    if (options.syncEveryMs) {
      cleanups.push(
        startSyncTimer({
          url,
          secretKey: keys.secretKey,
          everyMs: options.syncEveryMs,
          logDir,
        }),
      )
      log('sync timer running')
    }

    return {
      url,
      publishableKey: keys.publishableKey,
      secretKey: keys.secretKey,
      anonKey: keys.anonKey,
      serviceRoleKey: keys.serviceRoleKey,
      dbUrl,
      adminUrl,
      dataDir: options.dataDir,
      logDir,
      simulatorUrl: upstream.simulatorUrl,
      async stop() {
        for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
        await database?.stop()
        if (options.ephemeral)
          await rm(options.dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
    await database?.stop()
    if (options.ephemeral)
      await rm(options.dataDir, { recursive: true, force: true })
    throw error
  }
}

/** The simulator stands in for ElevenLabs unless a real key and no URL are given. */
async function startUpstream(
  options: StackOptions,
  cleanups: Array<() => Promise<unknown>>,
): Promise<{ secrets: Record<string, string>; simulatorUrl?: string }> {
  const { apiKey, baseUrl } = options.elevenLabs ?? {}
  if (apiKey && !baseUrl) {
    return { secrets: { ELEVENLABS_API_KEY: apiKey }, simulatorUrl: undefined }
  }
  if (baseUrl) {
    return {
      secrets: { ELEVENLABS_API_KEY: apiKey ?? '', ELEVENLABS_BASE_URL: baseUrl },
      simulatorUrl: undefined,
    }
  }
  const simulatorLog = createWriteStream(
    join(options.dataDir, 'logs', 'elevenlabs-sim.log'),
    { flags: 'a' },
  )
  cleanups.push(async () => simulatorLog.end())
  const simulator = await startElevenLabsSimulator({
    log: (line) => simulatorLog.write(`${line}\n`),
    port: 0,
    stateFile: join(options.dataDir, 'elevenlabs-sim.json'),
    stepMs: options.simulatorStepMs ?? 0,
  })
  cleanups.push(() => simulator.stop())
  return {
    secrets: {
      ELEVENLABS_API_KEY: 'sim_local_key',
      ELEVENLABS_BASE_URL: simulator.url,
    },
    simulatorUrl: simulator.url,
  }
}
