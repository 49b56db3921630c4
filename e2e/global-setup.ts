import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview } from 'vite'
import { freePort } from '../supabase/local/free-port.ts'
import { repoRoot, startStack } from '../supabase/local/stack.ts'

/**
 * Starts a stack of its own, builds the SPA against it and serves the build,
 * as a static host would. Settings reach the tests through the environment.
 */
export default async function globalSetup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-e2e-'))
  // Sync passes every second, as pg_cron would; the simulator steps only when
  // a test asks, so every call's progress is driven by the test.
  const stack = await startStack({ dataDir, ephemeral: true, syncEveryMs: 1000 })
  if (!stack.simulatorUrl) throw new Error('the e2e stack needs the simulator')

  process.env.VITE_SUPABASE_URL = stack.url
  process.env.VITE_SUPABASE_ANON_KEY = stack.publishableKey
  const configFile = join(repoRoot, 'vite.config.ts')
  const outDir = join(dataDir, 'dist')
  await build({ configFile, logLevel: 'warn', build: { outDir } })
  const server = await preview({
    configFile,
    build: { outDir },
    preview: { port: await freePort(), strictPort: true },
  })

  process.env.E2E_BASE_URL = server.resolvedUrls?.local[0]
  process.env.E2E_API_URL = stack.url
  process.env.E2E_PUBLISHABLE_KEY = stack.publishableKey
  process.env.E2E_ADMIN_DB_URL = stack.adminUrl
  process.env.E2E_SIMULATOR_URL = stack.simulatorUrl

  return async () => {
    await new Promise<void>((done) => server.httpServer.close(() => done()))
    await stack.stop()
  }
}
