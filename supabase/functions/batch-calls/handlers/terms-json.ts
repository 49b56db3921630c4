import { ApiError } from '../../_shared/http/errors.ts'
import { findCurrentTerms } from '../db/terms-queries.ts'
import type { Tx } from '../db/user-transaction.ts'

/** The current terms and this customer's acceptance, as API.md shapes them. */
export async function currentTermsJson(tx: Tx, customerId: string) {
  const terms = await findCurrentTerms(tx, customerId)
  if (!terms) {
    throw new ApiError(
      503,
      'terms_unavailable',
      'The batch-calling terms are not published yet. Contact support.',
    )
  }
  return {
    version: terms.version,
    accepted: terms.accepted_at !== null,
    accepted_at: terms.accepted_at?.toISOString() ?? null,
    accepted_by_email: terms.accepted_by_email,
    text: terms.body,
  }
}
