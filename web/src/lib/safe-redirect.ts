/**
 * Only a path on this site is followed after sign-in; anything else (another
 * origin, `//host`, `javascript:`) goes to the campaign list.
 */
export function safeRedirect(target: unknown, fallback = '/batch-calls'): string {
  if (typeof target !== 'string') return fallback
  if (
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\')
  ) {
    return fallback
  }
  return target
}
