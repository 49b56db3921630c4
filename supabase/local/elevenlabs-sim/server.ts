import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleApiRequest } from './api-dispatch.ts'
import { createSimContext, type SimContext, seedState } from './context.ts'
import { controlPrefix, handleControlRequest } from './control-routes.ts'
import { HeldRequests } from './held-requests.ts'
import { sendJson } from './http-io.ts'
import { createStatePersister, loadState } from './persistence.ts'
import { initialAgreements, loadSeed } from './seed.ts'
import type { RecipientStatus } from './types.ts'

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Loopback only: '127.0.0.1' (default), '::1' or 'localhost'. */
  host?: string
  /** JSON file the state survives restarts in; none keeps it in memory. */
  stateFile?: string
  /** Real ms between automatic progression steps; 0 (default) = manual only. */
  stepMs?: number
  /** Calls in flight per batch when it sets no target_concurrency_limit. */
  defaultConcurrency?: number
  seedFile?: string
  /** Quiet time before state is written, so big batches do not write per request. */
  persistDebounceMs?: number
  /** Longest a `hang` fault holds a request when the client never gives up. */
  maxHoldMs?: number
  /** Recipient statuses a retry re-queues. */
  retryableStatuses?: RecipientStatus[]
  /** Receives one JSON line per request answered. */
  log?: (line: string) => void
}

export interface RunningSimulator {
  /** Base URL for `new ElevenLabsClient({ baseUrl })` and the /__sim/ API. */
  url: string
  port: number
  /** Writes any pending state now. */
  flush(): Promise<void>
  /** Closes every connection, held ones included, and writes the state. */
  stop(): Promise<void>
}

const loopbackHosts = ['127.0.0.1', '::1', 'localhost']

export async function startElevenLabsSimulator(
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1'
  if (!loopbackHosts.includes(host)) {
    throw new Error(`The simulator binds to loopback only, not ${host}`)
  }
  const seed = await loadSeed(options.seedFile)
  const stored = options.stateFile ? await loadState(options.stateFile) : undefined
  if (stored) {
    // Keys added to the seed since the file was written become valid too.
    stored.agreements = { ...initialAgreements(seed), ...stored.agreements }
  }

  const context = createSimContext(
    seed,
    stored ?? seedState(seed),
    {
      defaultConcurrency: options.defaultConcurrency ?? 2,
      retryableStatuses: options.retryableStatuses ?? ['failed', 'voicemail'],
    },
    () => persister.schedule(),
  )
  const persister = createStatePersister(
    options.stateFile,
    options.persistDebounceMs ?? 200,
    () => context.state,
  )
  const held = new HeldRequests(options.maxHoldMs ?? 120_000)

  const server = createServer((request, response) => {
    const started = performance.now()
    response.once('finish', () =>
      options.log?.(
        JSON.stringify({
          at: new Date().toISOString(),
          method: request.method,
          path: request.url?.split('?')[0],
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        }),
      ),
    )
    route(context, held, request, response).catch((error) => {
      console.error('elevenlabs-sim: request failed', error)
      if (!response.headersSent)
        sendJson(response, 500, { detail: 'Internal Server Error' })
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })

  const stepMs = options.stepMs ?? 0
  const ticker =
    stepMs > 0 ? setInterval(() => context.runSteps(1), stepMs) : undefined

  const { port } = server.address() as AddressInfo
  const urlHost = host === '::1' ? '[::1]' : host
  return {
    url: `http://${urlHost}:${port}`,
    port,
    flush: () => persister.flush(),
    async stop() {
      if (ticker) clearInterval(ticker)
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
      await persister.flush()
    },
  }
}

async function route(
  context: SimContext,
  held: HeldRequests,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', 'http://simulator.invalid')
  if (url.pathname.startsWith(controlPrefix)) {
    return handleControlRequest(context, held, request, response, url)
  }
  return handleApiRequest(context, held, request, response, url)
}
