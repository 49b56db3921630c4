import type { ErrorDetail } from '../_shared/http/errors.ts'

const KEY = /^[\x21-\x7e]{1,255}$/

/** The optional `Idempotency-Key` header: 1–255 visible ASCII characters. */
export function readIdempotencyKey(request: Request): string | null | ErrorDetail {
  const key = request.headers.get('idempotency-key')
  if (key === null) return null
  if (KEY.test(key)) return key
  return {
    path: 'Idempotency-Key',
    code: 'invalid_idempotency_key',
    message: 'The Idempotency-Key header is 1 to 255 visible ASCII characters.',
  }
}

/** SHA-256 of the value as JSON with object keys sorted, so key order is moot. */
export async function bodyHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value))
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
      return inner
    }
    return Object.fromEntries(
      Object.keys(inner)
        .sort()
        .map((key) => [key, inner[key]]),
    )
  })
}
