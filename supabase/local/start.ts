import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import postgres from 'postgres'
import { createLogger, createServer } from 'vite'
import { lockHolder, takeLock } from './lock.ts'
import { takenPorts } from './port-check.ts'
import { repoRoot, type Stack, startStack } from './stack.ts'

const dataDir = join(repoRoot, '.local')
const logDir = join(dataDir, 'logs')
const lockFile = join(dataDir, 'stack.lock')
const env = process.env
const ports = {
  API_PORT: Number(env.API_PORT ?? 54321),
  DB_PORT: Number(env.DB_PORT ?? 54322),
  WEB_PORT: Number(env.WEB_PORT ?? 5173),
}

async function main() {
  const running = lockHolder(lockFile)
  if (running) {
    fail(
      `The local stack is already running (pid ${running.pid}, ${running.url}).\n` +
        'Stop it with Ctrl-C in its terminal before starting another.',
    )
  }
  await mkdir(logDir, { recursive: true })
  const startedAt = Date.now()

  if (env.VITE_SUPABASE_URL) return serveSpaOnly()

  const wanted: Record<string, number> = { ...ports }
  if (env.DATABASE_URL) delete wanted.DB_PORT
  const taken = await takenPorts(wanted)
  if (taken.length > 0) fail(`Cannot start: ${taken.join('; ')}.`)

  // Taken before anything starts, so a second start or a reset waits its turn.
  const releaseLock = takeLock(lockFile, `http://127.0.0.1:${ports.API_PORT}`)
  // Also when a library's signal handler exits first.
  process.once('exit', releaseLock)
  console.log('Starting the local stack…')
  let stack: Stack | undefined
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping…')
    await stack?.stop()
    releaseLock()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  try {
    stack = await startStack({
      dataDir,
      port: ports.API_PORT,
      dbPort: ports.DB_PORT,
      databaseUrl: env.DATABASE_URL,
      allowedOrigins: env.ALLOWED_ORIGINS,
      simulatorStepMs: Number(env.SIM_STEP_MS ?? 2000),
      syncEveryMs: Number(env.SYNC_EVERY_MS ?? 3000),
      elevenLabs: {
        apiKey: env.ELEVENLABS_API_KEY,
        baseUrl: env.ELEVENLABS_BASE_URL,
      },
    })
  } catch (error) {
    releaseLock()
    fail(
      `${error instanceof Error ? error.message : String(error)}\nLogs: ${logDir}`,
    )
  }

  await writeFile(
    join(repoRoot, 'web', '.env.local'),
    `VITE_SUPABASE_URL=${stack.url}\nVITE_SUPABASE_ANON_KEY=${stack.publishableKey}\n`,
  )
  const app = await startVite()
  const logins = await demoLogins(stack.adminUrl)
  const upstream = stack.simulatorUrl
    ? `simulator ${stack.simulatorUrl} (see supabase/local/elevenlabs-sim/README.md)`
    : 'the REAL ElevenLabs API (ELEVENLABS_API_KEY is set): calls are real'

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(`
Batch Calls is running (ready in ${seconds} s)

  App         ${app}
  API         ${stack.url}  (Auth: /auth/v1, functions: /functions/v1)
  Database    ${stack.dbUrl}
  ElevenLabs  ${upstream}
  Sign in     ${logins.join('\n              ')}
  Data        ${dataDir}  (npm run reset starts over)
  Logs        ${logDir}  (sync passes: sync.log)

Ctrl-C stops everything.`)
}

/** With VITE_SUPABASE_URL set, only the SPA runs, against that project. */
async function serveSpaOnly() {
  if (!env.VITE_SUPABASE_ANON_KEY) {
    fail(
      'VITE_SUPABASE_URL is set but VITE_SUPABASE_ANON_KEY is not: set both to ' +
        "your project's URL and publishable key, or unset both for the local stack.",
    )
  }
  const app = await startVite()
  console.log(
    `Serving the SPA only, against ${env.VITE_SUPABASE_URL}\n  App  ${app}`,
  )
}

async function startVite(): Promise<string> {
  const log = createWriteStream(join(logDir, 'vite.log'), { flags: 'a' })
  const logger = createLogger('info')
  for (const level of ['info', 'warn', 'error'] as const) {
    logger[level] = (message) => log.write(`[${level}] ${message}\n`)
  }
  const server = await createServer({
    configFile: join(repoRoot, 'vite.config.ts'),
    customLogger: logger,
    server: { port: ports.WEB_PORT, strictPort: true },
  })
  await server.listen()
  return server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${ports.WEB_PORT}/`
}

/** The seeded members and whether their customer accepted the current terms. */
async function demoLogins(adminUrl: string): Promise<string[]> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} })
  try {
    const rows = await sql<{ email: string; accepted: boolean }[]>`
      select u.email, exists (
        select from public.terms_acceptances a
        where a.customer_id = m.customer_id
          and a.version = (select max(version) from public.terms_versions)
      ) as accepted
      from auth.users u
      join public.customer_members m on m.user_id = u.id
      where u.email in ('member@acme.test', 'member@globex.test')
      order by u.email
    `
    if (rows.length === 0) {
      return ['the demo members are missing: npm run reset reseeds the database']
    }
    return rows.map(
      (row) =>
        `${row.email.padEnd(20)} demo-password   ` +
        `(terms ${row.accepted ? 'accepted' : 'not accepted yet'})`,
    )
  } finally {
    await sql.end()
  }
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error))
})
