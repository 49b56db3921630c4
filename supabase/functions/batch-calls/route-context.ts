import type { VerifiedUser } from '../_shared/auth/verify-user.ts'
import type { Upstream } from '../_shared/elevenlabs/upstream-client.ts'
import type { Tx } from './db/user-transaction.ts'

type Caller = {
  request: Request
  url: URL
  params: Record<string, string>
  user: VerifiedUser
  customerId: string
}

/** What a read handler gets: the caller, their customer and their transaction. */
export type RouteContext = Caller & {
  tx: Tx
  /** Brings a stale campaign up to date from upstream; never throws. */
  refreshCampaign: (campaignId: string) => Promise<unknown>
}

export type RouteHandler = (context: RouteContext) => Promise<Response>

/**
 * What a write handler gets instead of one transaction: it commits before
 * calling upstream, so no lock or snapshot is held while ElevenLabs answers.
 */
export type WriteContext = Caller & {
  /** A new transaction as the caller, under row-level security. */
  transact: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>
  upstream: Upstream
}

export type WriteHandler = (context: WriteContext) => Promise<Response>
