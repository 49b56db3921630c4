/**
 * `?q=123&page=2` as text: every value stays the string in the URL (a search
 * for "123", "true" or `{"a":1}` is that text) and each route's schema decides
 * what it means. A name given twice gives a list, which no schema accepts.
 */
export function parseSearch(searchStr: string): Record<string, unknown> {
  // No prototype: a name like `__proto__` is just a name.
  const search: Record<string, unknown> = Object.create(null)
  for (const [name, value] of new URLSearchParams(searchStr)) {
    const previous = search[name]
    if (previous === undefined) search[name] = value
    else if (Array.isArray(previous)) previous.push(value)
    else search[name] = [previous, value]
  }
  return search
}

/** The other way: text and numbers as they are, lists as repeated names. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined) continue
    const values = Array.isArray(value) ? value : [value]
    for (const each of values) params.append(name, textOf(each))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null
    ? JSON.stringify(value)
    : String(value)
}
