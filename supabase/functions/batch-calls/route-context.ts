import type { VerifiedUser } from '../_shared/auth/verify-user.ts'
import type { Tx } from './db/user-transaction.ts'

/** What a route handler gets: the caller, their customer and their transaction. */
export type RouteContext = {
  request: Request
  url: URL
  params: Record<string, string>
  user: VerifiedUser
  customerId: string
  tx: Tx
  /** See AppConfig.refreshCampaign. */
  refreshCampaign: (campaignId: string) => Promise<unknown>
}

export type RouteHandler = (context: RouteContext) => Promise<Response>
