import type { RecipientInput } from '../../_shared/wire/create-campaign-body.ts'
import { asFunctionOwner, oneAsFunctionOwner, type Tx } from './user-transaction.ts'

export type Ownership =
  | 'ok'
  | 'agent_not_found'
  | 'number_not_found'
  | 'not_assigned'

/** Whether agent and number are the caller's (row-level security decides). */
export async function checkOwnership(
  tx: Tx,
  agentId: string,
  numberId: string,
): Promise<Ownership> {
  const [row] = await tx<
    { agent: boolean; number: boolean; assigned: string | null }[]
  >`
    select
      exists (select from public.agents where id = ${agentId}) as agent,
      exists (select from public.phone_numbers where id = ${numberId}) as number,
      (select agent_id from public.phone_numbers where id = ${numberId}) as assigned
  `
  if (!row.agent) return 'agent_not_found'
  if (!row.number) return 'number_not_found'
  return row.assigned === agentId ? 'ok' : 'not_assigned'
}

export type Claim =
  | { outcome: 'claimed' | 'reused' | 'in_progress' }
  | { outcome: 'replay'; response: unknown }
  | { outcome: 'accepted'; campaignId: string }

export async function claimIdempotencyKey(
  tx: Tx,
  userId: string,
  key: string,
  bodyHash: string,
): Promise<Claim> {
  const [row] = await oneAsFunctionOwner(
    tx,
    () => tx<{ outcome: string; response: unknown; campaign_id: string | null }[]>`
      select * from private.claim_idempotency_key(${userId}, ${key}, ${bodyHash})
    `,
  )
  if (row.outcome === 'replay') return { outcome: 'replay', response: row.response }
  if (row.outcome === 'accepted' && row.campaign_id) {
    return { outcome: 'accepted', campaignId: row.campaign_id }
  }
  return { outcome: row.outcome as 'claimed' | 'reused' | 'in_progress' }
}

export type NewCampaign = {
  name: string
  agentId: string
  phoneNumberId: string
  scheduledAt: Date | null
  timeZone: string | null
  recipients: RecipientInput[]
}

/**
 * Stores the campaign and its recipients, consuming quota, then applies our
 * submit rate limit; both raise and the caller's transaction rolls back.
 * Returns the campaign id and the recipient ids in list order.
 */
export async function storeCampaign(tx: Tx, userId: string, campaign: NewCampaign) {
  const id = await asFunctionOwner(tx, async () => {
    const [row] = await tx<{ id: string }[]>`
      select private.create_campaign(
        ${userId}, ${campaign.name}, ${campaign.agentId}, ${campaign.phoneNumberId},
        ${campaign.scheduledAt}, ${campaign.timeZone},
        ${tx.json(campaign.recipients as never)}
      ) as id
    `
    await tx`select private.check_submit_rate(${userId})`
    return row.id
  })
  const [{ ids }] = await tx<{ ids: string[] }[]>`
    select array_agg(id order by position)::text[] as ids
    from public.campaign_recipients where campaign_id = ${id}
  `
  return { id, recipientIds: ids }
}

/** Links the key to its campaign; `response` is the 201 body once there is one. */
export function bindIdempotencyKey(
  tx: Tx,
  userId: string,
  key: string,
  campaignId: string,
  response: unknown = null,
) {
  return oneAsFunctionOwner(
    tx,
    () => tx`
      select private.bind_idempotency_key(
        ${userId}, ${key}, ${campaignId}, ${response === null ? null : tx.json(response as never)}
      )
    `,
  )
}
