import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { Readable } from 'node:stream'

type GatewayOptions = {
  port: number
  /** Handles `/auth/v1/...`; gets the path after `/auth/v1`. */
  auth: (request: Request, path: string) => Promise<Response>
  /** Where each function listens: name → base URL. */
  functions: Map<string, string>
  /** Receives one JSON line per request answered. */
  log?: (line: string) => void
}

const AUTH_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'authorization, apikey, content-type, x-client-info, x-supabase-api-version',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
}

/**
 * One port in front of everything, like a hosted project's URL: Auth under
 * `/auth/v1`, functions under `/functions/v1/<name>`, which see the path from
 * `/<name>` on, as they do when deployed.
 */
export async function startGateway(options: GatewayOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const started = performance.now()
    res.once('finish', () =>
      options.log?.(
        JSON.stringify({
          at: new Date().toISOString(),
          method: req.method,
          path: req.url?.split('?')[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        }),
      ),
    )
    route(req, res, options).catch((error: unknown) => {
      if (!res.headersSent)
        res.writeHead(502, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `Gateway error: ${String(error)}` }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  return server
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: GatewayOptions,
) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
  const request = toRequest(req, url)

  if (url.pathname.startsWith('/auth/v1/')) {
    if (req.method === 'OPTIONS')
      return send(res, new Response(null, { status: 204, headers: AUTH_CORS }))
    const response = await options.auth(
      request,
      url.pathname.slice('/auth/v1'.length),
    )
    for (const [name, value] of Object.entries(AUTH_CORS))
      response.headers.set(name, value)
    return send(res, response)
  }

  const fn = url.pathname.match(/^\/functions\/v1\/([^/]+)(\/.*)?$/)
  const target = fn ? options.functions.get(fn[1]) : undefined
  if (fn && target) {
    const forwarded = new Request(
      `${target}/${fn[1]}${fn[2] ?? ''}${url.search}`,
      request,
    )
    return send(res, await fetch(forwarded, { redirect: 'manual' }))
  }

  return send(
    res,
    Response.json(
      { message: 'no Route matched with those values' },
      { status: 404 },
    ),
  )
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'host' || name === 'connection') continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

async function send(res: ServerResponse, response: Response) {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'content-encoding' && name !== 'transfer-encoding')
      headers[name] = value
  })
  res.writeHead(response.status, headers)
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      res.write(chunk)
    }
  }
  res.end()
}
