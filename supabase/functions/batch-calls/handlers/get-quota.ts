import { findQuota } from '../db/quota-queries.ts'
import type { RouteContext } from '../route-context.ts'

/** `GET /batch-calls/quota`: null limit and remaining mean unlimited. */
export async function getQuota({ tx, customerId }: RouteContext) {
  const quota = await findQuota(tx, customerId)
  return Response.json({
    limit: quota.limit,
    used: quota.used,
    remaining: quota.limit === null ? null : Math.max(0, quota.limit - quota.used),
    resets_at: quota.resets_at.toISOString(),
  })
}
