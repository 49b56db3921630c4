import { ApiError } from '../../_shared/http/errors.ts'
import { acceptTermsBodySchema } from '../../_shared/wire/terms.ts'
import { acceptTerms } from '../db/terms-queries.ts'
import { raisedCode } from '../db/user-transaction.ts'
import { invalidRequest } from '../query-params.ts'
import { readJsonBody } from '../read-json-body.ts'
import type { RouteContext } from '../route-context.ts'
import { currentTermsJson } from './terms-json.ts'

/** `POST /batch-calls/terms` `{version}`: accepts that version for the customer. */
export async function acceptTermsHandler({
  request,
  tx,
  user,
  customerId,
}: RouteContext) {
  const version = await readVersion(request)
  try {
    await acceptTerms(tx, user.id, version)
  } catch (error) {
    if (raisedCode(error) !== 'terms_outdated') throw error
    throw new ApiError(
      409,
      'terms_outdated',
      'These terms have been replaced. Read the current version and accept it.',
    )
  }
  return Response.json(await currentTermsJson(tx, customerId))
}

async function readVersion(request: Request): Promise<number> {
  const body = await readJsonBody(request)
  const parsed = acceptTermsBodySchema.safeParse(body)
  if (parsed.success) return parsed.data.version
  throw invalidRequest([
    {
      path: 'version',
      code: 'invalid_version',
      message: 'Send the version of the terms you accept, a whole number.',
    },
  ])
}
