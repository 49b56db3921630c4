import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import postgres from 'postgres'

const run = promisify(execFile)

/** Creates what hosted Supabase has before migrations (safe to repeat). */
export async function bootstrap(adminUrl: string) {
  const sql = postgres(adminUrl, { onnotice: () => {}, max: 1 })
  try {
    const script = await readFile(
      new URL('./bootstrap.sql', import.meta.url),
      'utf8',
    )
    await sql.unsafe(script)
  } finally {
    await sql.end()
  }
}

/** Applies supabase/migrations and the seed with the Supabase CLI, as deploying does. */
export async function pushMigrations(repoRoot: string, dbUrl: string) {
  const cli = join(repoRoot, 'node_modules', '.bin', 'supabase')
  const url = `${dbUrl}${dbUrl.includes('?') ? '&' : '?'}sslmode=disable`
  try {
    await run(cli, ['db', 'push', '--db-url', url, '--include-seed', '--yes'], {
      cwd: repoRoot,
      env: { ...process.env, DO_NOT_TRACK: '1', SUPABASE_TELEMETRY_DISABLED: '1' },
    })
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(`supabase db push failed:\n${stderr || stdout || String(error)}`)
  }
}
