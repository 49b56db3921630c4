import { describe, expect, test } from 'vitest'
import { ApiError } from '../_shared/http/errors.ts'
import { readJsonBody } from './read-json-body.ts'

const url = 'http://localhost/batch-calls'

function streamOf(chunks: string[]) {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

function streamed(chunks: string[]): Request {
  return new Request(url, {
    method: 'POST',
    body: streamOf(chunks),
    duplex: 'half',
  } as RequestInit)
}

async function refusal(body: Promise<unknown>) {
  const error = await body.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ApiError)
  return { status: (error as ApiError).status, code: (error as ApiError).code }
}

describe('readJsonBody', () => {
  test('parses a body within the limit, and gives undefined for non-JSON', async () => {
    expect(await readJsonBody(streamed(['{"a":', '1}']), 10)).toEqual({ a: 1 })
    expect(await readJsonBody(streamed(['{nope']), 10)).toBeUndefined()
  })

  test('refuses by Content-Length before reading', async () => {
    const request = new Request(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-length': '11' },
    })
    expect(await refusal(readJsonBody(request, 10))).toEqual({
      status: 413,
      code: 'request_too_large',
    })
    expect(request.bodyUsed).toBe(false)
  })

  test('refuses a streamed body once it passes the limit', async () => {
    const request = streamed(['{"a":"12', '3456789"}'])
    expect(await refusal(readJsonBody(request, 10))).toEqual({
      status: 413,
      code: 'request_too_large',
    })
  })
})
