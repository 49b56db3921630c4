import type { Tx } from './user-transaction.ts'

/** The caller's customer, read under row-level security; undefined = none. */
export async function findCallerCustomerId(tx: Tx): Promise<string | undefined> {
  const [row] = await tx<{ customer_id: string }[]>`
    select customer_id from public.customer_members
    where user_id = (select auth.uid())
  `
  return row?.customer_id
}
