/**
 * The keys that may call internal entry points: every value of
 * `SUPABASE_SECRET_KEYS` (a JSON object of name → key) and the legacy
 * `SUPABASE_SERVICE_ROLE_KEY`. Blank or unreadable values are left out.
 */
export function secretKeysFrom(
  secretKeysJson: string | undefined,
  serviceRoleKey: string | undefined,
): string[] {
  const keys: string[] = []
  try {
    const parsed: unknown = JSON.parse(secretKeysJson || '{}')
    if (typeof parsed === 'object' && parsed !== null) {
      for (const value of Object.values(parsed)) {
        if (typeof value === 'string' && value !== '') keys.push(value)
      }
    }
  } catch {
    // An unreadable setting grants nothing.
  }
  if (serviceRoleKey) keys.push(serviceRoleKey)
  return keys
}

/** True when the request's `Authorization: Bearer` is one of `keys`. */
export function bearerIsSecretKey(request: Request, keys: string[]): boolean {
  const header = request.headers.get('authorization') ?? ''
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) return false
  return keys.some((key) => sameText(token, key))
}

// Compares every character, so timing does not reveal how much matched.
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  }
  return difference === 0
}
