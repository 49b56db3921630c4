/** One JSON line per event; errors go to stderr. No personal data here. */
export function logEvent(
  level: 'info' | 'error',
  event: string,
  fields: Record<string, unknown>,
) {
  const line = JSON.stringify({ level, event, ...fields })
  if (level === 'error') console.error(line)
  else console.log(line)
}
