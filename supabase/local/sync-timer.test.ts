import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { startSyncTimer } from './sync-timer.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('the local sync timer', () => {
  test('POSTs to the entry point with the secret key and logs each answer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const seen: Array<{ method?: string; url?: string; auth?: string }> = []
    let answered: () => void = () => {}
    const server = createServer((request, response) => {
      seen.push({
        method: request.method,
        url: request.url,
        auth: request.headers.authorization,
      })
      response.setHeader('content-type', 'application/json')
      response.end(
        JSON.stringify({ leased: 2, refreshed: 2, campaigns: [{ id: 'x' }] }),
      )
      answered()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as AddressInfo
    const logDir = await mkdtemp(join(tmpdir(), 'sync-timer-'))

    const stop = startSyncTimer({
      url: `http://127.0.0.1:${port}`,
      secretKey: 'sb_secret_test',
      everyMs: 3000,
      logDir,
    })
    expect(seen).toEqual([])
    const first = new Promise<void>((done) => {
      answered = done
    })
    vi.advanceTimersByTime(3000)
    await first
    await stop()
    server.close()

    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/functions/v1/sync-campaigns',
        auth: 'Bearer sb_secret_test',
      },
    ])
    const [line] = (await readFile(join(logDir, 'sync.log'), 'utf8'))
      .trim()
      .split('\n')
    expect(JSON.parse(line)).toMatchObject({ status: 200, leased: 2, refreshed: 2 })
    expect(JSON.parse(line).campaigns).toBeUndefined()
    await rm(logDir, { recursive: true, force: true })
  })
})
