import { ApiError, type ErrorDetail } from '../_shared/http/errors.ts'
import { hasNulCharacter } from '../_shared/wire/nul-character.ts'

const MAX_PAGE = 100_000
const MAX_QUERY_LENGTH = 200

export function invalidRequest(details: ErrorDetail[]) {
  return new ApiError(
    400,
    'invalid_request',
    'Some of the request is not valid.',
    details,
  )
}

/** `page` from 1, absent = 1. */
export function readPage(params: URLSearchParams): number | ErrorDetail {
  const raw = params.get('page')
  if (raw === null || raw === '') return 1
  const page = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : 0
  if (page >= 1 && page <= MAX_PAGE) return page
  return {
    path: 'page',
    code: 'invalid_page',
    message: `Page must be a whole number from 1 to ${MAX_PAGE}.`,
  }
}

/** An optional value from a fixed list; empty counts as absent. */
export function readChoice(
  params: URLSearchParams,
  name: string,
  allowed: readonly string[],
): string | undefined | ErrorDetail {
  const raw = params.get(name)
  if (raw === null || raw === '') return undefined
  if (allowed.includes(raw)) return raw
  return {
    path: name,
    code: `invalid_${name}`,
    message: `${name} must be one of: ${allowed.join(', ')}.`,
  }
}

/** The search text as an ILIKE pattern matching it literally, anywhere. */
export function readNamePattern(
  params: URLSearchParams,
): string | undefined | ErrorDetail {
  const text = (params.get('q') ?? '').trim()
  if (text === '') return undefined
  if (text.length > MAX_QUERY_LENGTH) {
    return {
      path: 'q',
      code: 'too_long',
      message: `Search text is at most ${MAX_QUERY_LENGTH} characters.`,
    }
  }
  if (hasNulCharacter(text)) {
    return {
      path: 'q',
      code: 'nul_character',
      message: 'Search text cannot contain a NUL character (U+0000).',
    }
  }
  // Backslash is LIKE's default escape character.
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

export const isDetail = (value: unknown): value is ErrorDetail =>
  typeof value === 'object' && value !== null && 'code' in value

export function pageCount(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize))
}
