import type { PendingQuery, Row, Sql, TransactionSql } from 'postgres'

export type Tx = TransactionSql

/**
 * Runs `work` in one transaction as role `authenticated` with the caller's
 * verified claims, as the Data API does, so row-level security decides what
 * the caller sees.
 */
export function inUserTransaction<T>(
  sql: Sql,
  claims: Record<string, unknown>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`
      select
        set_config('role', 'authenticated', true),
        set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)
    `
    return work(tx)
  }) as Promise<T>
}

/**
 * Runs `work` as the function's own login inside the caller's transaction:
 * only that login may execute the definer functions in `private`, which check
 * the membership themselves. Row-level security applies again afterwards.
 */
export async function asFunctionOwner<T>(
  tx: Tx,
  work: () => Promise<T>,
): Promise<T> {
  await tx`reset role`
  const result = await work()
  await tx`select set_config('role', 'authenticated', true)`
  return result
}

/**
 * One statement as the function's own login, like asFunctionOwner, but sent
 * together with both role switches: one round trip to the database, not three.
 */
export async function oneAsFunctionOwner<T extends readonly Row[]>(
  tx: Tx,
  statement: () => PendingQuery<T>,
): Promise<T> {
  const [, rows] = await Promise.all([
    tx`reset role`,
    statement(),
    tx`select set_config('role', 'authenticated', true)`,
  ])
  return rows
}

/** The code a `private` function raised (`raise exception '<code>'`), if any. */
export function raisedCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code, message } = error as { code?: unknown; message?: unknown }
  return code === 'P0001' && typeof message === 'string' ? message : undefined
}
