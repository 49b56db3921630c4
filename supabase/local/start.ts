import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer } from 'vite'
import { lockHolder, takeLock } from './lock.ts'
import { repoRoot, startStack } from './stack.ts'

const dataDir = join(repoRoot, '.local')
const lockFile = join(dataDir, 'stack.lock')
const env = process.env

async function main() {
  const running = lockHolder(lockFile)
  if (running) {
    console.error(
      `The local stack is already running (pid ${running.pid}, ${running.url}).\n` +
        'Stop it with Ctrl-C in its terminal before starting another.',
    )
    process.exit(1)
  }
  await mkdir(dataDir, { recursive: true })
  const startedAt = Date.now()

  if (env.VITE_SUPABASE_URL) {
    const vite = await startVite()
    console.log(`Serving the SPA only, against ${env.VITE_SUPABASE_URL}`)
    console.log(`App: ${vite}`)
    return
  }

  const stack = await startStack({
    dataDir,
    port: Number(env.API_PORT ?? 54321),
    dbPort: Number(env.DB_PORT ?? 54322),
    databaseUrl: env.DATABASE_URL,
    allowedOrigins: env.ALLOWED_ORIGINS,
    simulatorStepMs: Number(env.SIM_STEP_MS ?? 2000),
    syncEveryMs: Number(env.SYNC_EVERY_MS ?? 3000),
    elevenLabs: {
      apiKey: env.ELEVENLABS_API_KEY,
      baseUrl: env.ELEVENLABS_BASE_URL,
    },
  })
  const releaseLock = takeLock(lockFile, stack.url)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping…')
    await stack.stop()
    releaseLock()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  await writeFile(
    join(repoRoot, 'web', '.env.local'),
    `VITE_SUPABASE_URL=${stack.url}\nVITE_SUPABASE_ANON_KEY=${stack.publishableKey}\n`,
  )
  const app = await startVite()

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(`
Batch Calls is running (ready in ${seconds} s)

  App        ${app}
  API        ${stack.url}  (Auth: /auth/v1, functions: /functions/v1)
  Database   ${stack.dbUrl}
  ElevenLabs ${stack.simulatorUrl ? `simulator at ${stack.simulatorUrl} (outcomes: see supabase/local/elevenlabs-sim/README.md)` : 'the real API'}
  Sign in    member@acme.test / demo-password    (terms accepted)
             member@globex.test / demo-password  (terms not accepted yet)
  Data       ${dataDir}  (npm run reset starts over)
  Logs       ${stack.logDir}  (sync passes: sync.log)

Ctrl-C stops everything.`)
}

async function startVite(): Promise<string> {
  const server = await createServer({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    server: { port: Number(env.WEB_PORT ?? 5173) },
  })
  await server.listen()
  return server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173'
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
