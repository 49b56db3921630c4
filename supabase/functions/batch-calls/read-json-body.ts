import { ApiError } from '../_shared/http/errors.ts'
import { MAX_REQUEST_BODY_BYTES } from '../_shared/wire/limits.ts'

const requestTooLarge = () =>
  new ApiError(
    413,
    'request_too_large',
    'The request is larger than 6 MB, more than any campaign needs. Check the ' +
      'recipients for very long values, or split them into several campaigns.',
  )

/**
 * The body as JSON, or undefined when it is not JSON. A body over 6 MB is
 * refused by its Content-Length when it has one, else while it is read, so a
 * huge upload is never held in memory whole.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_REQUEST_BODY_BYTES,
): Promise<unknown> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) throw requestTooLarge()
  if (!request.body) return undefined

  const chunks: Uint8Array[] = []
  let total = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw requestTooLarge()
    }
    chunks.push(value)
  }

  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return undefined
  }
}
