import { validationError } from './errors.ts'

/** Reads an integer query parameter, answering 422 like FastAPI when it is bad. */
export function integerQuery(
  query: URLSearchParams,
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number } = {},
): number {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  const loc = ['query', name]

  if (!/^-?\d+$/.test(raw.trim())) {
    throw validationError([
      {
        type: 'int_parsing',
        loc,
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: raw,
      },
    ])
  }
  const value = Number(raw)
  if (bounds.min !== undefined && value < bounds.min) {
    throw validationError([
      {
        type: 'greater_than_equal',
        loc,
        msg: `Input should be greater than or equal to ${bounds.min}`,
        input: raw,
        ctx: { ge: bounds.min },
      },
    ])
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw validationError([
      {
        type: 'less_than_equal',
        loc,
        msg: `Input should be less than or equal to ${bounds.max}`,
        input: raw,
        ctx: { le: bounds.max },
      },
    ])
  }
  return value
}

export function enumQuery<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw validationError([
    {
      type: 'enum',
      loc: ['query', name],
      msg: `Input should be ${pydanticChoices(allowed)}`,
      input: raw,
      ctx: { expected: allowed.join(', ') },
    },
  ])
}

// Pydantic's wording: 'a', 'b' or 'c'.
function pydanticChoices(allowed: readonly string[]): string {
  const quoted = allowed.map((value) => `'${value}'`)
  const last = quoted.pop()
  return quoted.length === 0 ? `${last}` : `${quoted.join(', ')} or ${last}`
}
