import { oneAsFunctionOwner, type Tx } from './user-transaction.ts'

export type TermsRow = {
  version: number
  body: string
  accepted_at: Date | null
  accepted_by_email: string | null
}

/** The current terms and whether the caller's customer accepted them. */
export async function findCurrentTerms(
  tx: Tx,
  customerId: string,
): Promise<TermsRow | undefined> {
  const [row] = await tx<TermsRow[]>`
    select v.version, v.body, t.accepted_at, t.accepted_by_email
    from public.terms_versions v
    left join public.terms_acceptances t
      on t.version = v.version and t.customer_id = ${customerId}
    order by v.version desc
    limit 1
  `
  return row
}

export function acceptTerms(tx: Tx, userId: string, version: number) {
  return oneAsFunctionOwner(
    tx,
    () => tx`select private.accept_terms(${userId}, ${version})`,
  )
}
