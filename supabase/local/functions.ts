import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { stopWithThisProcess } from './child-lifetime.ts'
import { freePort, waitForHttp } from './free-port.ts'

export type FunctionProcess = { name: string; url: string; process: ChildProcess }

/** Every folder of `supabase/functions` except shared code is a function. */
export function functionNames(functionsDir: string): string[] {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
}

/**
 * Serves each function with real Deno from the files `supabase functions
 * deploy` ships. Packages resolve from the root node_modules, pinned to the
 * versions in each function's deno.json.
 */
export async function startFunctions(options: {
  repoRoot: string
  secrets: Record<string, string>
  logDir: string
}): Promise<FunctionProcess[]> {
  const functionsDir = join(options.repoRoot, 'supabase', 'functions')
  const deno = join(options.repoRoot, 'node_modules', '.bin', 'deno')
  const started = functionNames(functionsDir).map(async (name) => {
    const port = await freePort()
    const log = createWriteStream(join(options.logDir, `function-${name}.log`), {
      flags: 'a',
    })
    const child = spawn(
      deno,
      [
        'run',
        '--node-modules-dir=manual',
        '--allow-net',
        '--allow-env',
        '--allow-read',
        '--no-prompt',
        join(functionsDir, name, 'index.ts'),
      ],
      {
        cwd: options.repoRoot,
        env: {
          ...inherited(['PATH', 'HOME', 'DENO_DIR', 'TZ']),
          NO_COLOR: '1',
          ...options.secrets,
          DENO_SERVE_ADDRESS: `tcp:127.0.0.1:${port}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout?.pipe(log)
    child.stderr?.pipe(log)
    stopWithThisProcess(child)
    const url = `http://127.0.0.1:${port}`
    await Promise.race([
      waitForHttp(url, 60_000),
      new Promise((_, reject) =>
        child.once('exit', (code) =>
          reject(new Error(`function ${name} exited with ${code}; see its log`)),
        ),
      ),
    ])
    return { name, url, process: child }
  })
  return Promise.all(started)
}

/** Only these of our own variables reach a function, as on hosted. */
function inherited(names: string[]): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of names) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return env
}
