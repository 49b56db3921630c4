import type { core, ZodError } from 'zod'
import type { ErrorDetail } from './error-body.ts'

function detailCode(issue: core.$ZodIssue): string {
  const params = 'params' in issue ? issue.params : undefined
  return typeof params?.code === 'string' ? params.code : issue.code
}

/**
 * Turns a ZodError into the API's `details`. A custom issue carrying
 * `params.code` keeps that code; a bad record key reports the key check's own
 * code and message rather than zod's generic `invalid_key`.
 */
export function zodErrorDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined
    const source = inner ?? issue
    return {
      path: issue.path.map(String).join('.'),
      code: detailCode(source),
      message: source.message,
    }
  })
}
