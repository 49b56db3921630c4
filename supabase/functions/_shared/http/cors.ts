const ALLOWED_HEADERS = [
  'authorization',
  'x-client-info',
  'apikey',
  'content-type',
  'idempotency-key',
].join(', ')

/**
 * CORS for the SPA's origins. `allowed` is a list of origins, or `*` for any.
 * The headers go on every response, errors included.
 */
export function corsHeaders(origin: string | null, allowed: string[]) {
  const headers: Record<string, string> = {
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-expose-headers': 'retry-after, content-disposition',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
  if (allowed.includes('*')) headers['access-control-allow-origin'] = '*'
  else if (origin && allowed.includes(origin)) {
    headers['access-control-allow-origin'] = origin
  }
  return headers
}

export function withHeaders(response: Response, headers: Record<string, string>) {
  const merged = new Response(response.body, response)
  for (const [name, value] of Object.entries(headers))
    merged.headers.set(name, value)
  return merged
}
