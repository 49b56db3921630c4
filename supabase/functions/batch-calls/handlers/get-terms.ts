import type { RouteContext } from '../route-context.ts'
import { currentTermsJson } from './terms-json.ts'

/** `GET /batch-calls/terms`. */
export async function getTerms({ tx, customerId }: RouteContext) {
  return Response.json(await currentTermsJson(tx, customerId))
}
