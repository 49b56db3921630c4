import postgres from 'postgres'
import { env } from './env.ts'

let sql: postgres.Sql | undefined

/** Superuser access to the test stack's database, for fixtures only. */
export function adminSql() {
  sql ??= postgres(env('E2E_ADMIN_DB_URL'), { max: 2, onnotice: () => {} })
  return sql
}
