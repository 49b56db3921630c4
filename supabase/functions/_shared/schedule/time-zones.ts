let cached: readonly string[] | null = null

/** The IANA zones this engine knows, sorted, with `UTC` included. */
export function listTimeZones(): readonly string[] {
  if (cached) return cached

  const zones = new Set(Intl.supportedValuesOf('timeZone'))
  zones.add('UTC')
  cached = [...zones].sort()
  return cached
}
