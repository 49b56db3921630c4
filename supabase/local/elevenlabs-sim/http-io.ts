import type { IncomingMessage, ServerResponse } from 'node:http'
import { validationError } from './errors.ts'

const maxBodyBytes = 64 * 1024 * 1024

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > maxBodyBytes) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Parses a JSON body; bad JSON is a 422 as FastAPI reports it. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') {
    throw validationError([
      { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
    ])
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw validationError([
      {
        type: 'json_invalid',
        loc: ['body', 0],
        msg: 'JSON decode error',
        input: {},
        ctx: { error: (error as Error).message },
      },
    ])
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const json = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    ...headers,
  })
  response.end(json)
}

export function sendNoContent(response: ServerResponse) {
  response.writeHead(204)
  response.end()
}
