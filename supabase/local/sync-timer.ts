import { createWriteStream } from 'node:fs'
import { join } from 'node:path'

/**
 * Calls the sync entry point every `everyMs`, as pg_cron does on hosted, and
 * appends each answer to `sync.log`. A call still running makes the next tick
 * skip rather than pile up.
 */
export function startSyncTimer(options: {
  url: string
  secretKey: string
  everyMs: number
  logDir: string
}): () => Promise<void> {
  const log = createWriteStream(join(options.logDir, 'sync.log'), { flags: 'a' })
  let running: Promise<void> | undefined

  const tick = () => {
    if (running) return
    running = callSync(options)
      .then((line) => {
        log.write(`${line}\n`)
      })
      .finally(() => {
        running = undefined
      })
  }
  const timer = setInterval(tick, options.everyMs)

  return async () => {
    clearInterval(timer)
    await running
    await new Promise((done) => log.end(done))
  }
}

async function callSync(options: { url: string; secretKey: string }) {
  const at = new Date().toISOString()
  try {
    const response = await fetch(`${options.url}/functions/v1/sync-campaigns`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.secretKey}`,
        'content-type': 'application/json',
      },
      body: '{}',
    })
    const body = (await response.json()) as Record<string, unknown>
    const { campaigns: _, ...totals } = body
    return JSON.stringify({ at, status: response.status, ...totals })
  } catch (error) {
    return JSON.stringify({ at, status: 0, error: String(error) })
  }
}
