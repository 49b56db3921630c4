import { buildUpstreamCallName } from '../../_shared/display/campaign-name.ts'
import { ApiError } from '../../_shared/http/errors.ts'
import { toCampaignJson } from '../campaign-json.ts'
import {
  type CreateCampaignInput,
  idempotencyKeyReused,
  readCreateCampaignInput,
  requestInProgress,
} from '../create-campaign-input.ts'
import { findCampaign } from '../db/campaign-queries.ts'
import {
  bindIdempotencyKey,
  checkOwnership,
  claimIdempotencyKey,
  storeCampaign,
} from '../db/submit-queries.ts'
import type { Tx } from '../db/user-transaction.ts'
import { logEvent } from '../log-event.ts'
import type { WriteContext } from '../route-context.ts'
import { numberNotAssigned, submitRefusal } from '../submit-errors.ts'
import { submitToUpstream } from '../submit-to-upstream.ts'

type Stored =
  | { kind: 'replay'; body: unknown }
  | { kind: 'stored'; campaignId: string; recipientIds: string[] }

/**
 * `POST /batch-calls`. The campaign is committed (quota taken) before the
 * upstream call, and no transaction stays open while upstream answers.
 */
export async function createCampaign(context: WriteContext) {
  const started = performance.now()
  const input = await readCreateCampaignInput(context.request, new Date())
  const validatedAt = performance.now()

  const stored = await context.transact((tx) => store(tx, context, input))
  if (stored.kind === 'replay') {
    return Response.json(stored.body, { status: 201 })
  }
  const storedAt = performance.now()

  const { campaignId } = stored
  const outcome = await submitToUpstream(context, {
    campaignId,
    idempotencyKey: input.idempotencyKey,
    batch: {
      callName: buildUpstreamCallName(context.customerId, input.body.name),
      agentId: input.body.agent_id,
      agentPhoneNumberId: input.body.phone_number_id,
      scheduledTimeUnix: input.scheduledAt
        ? input.scheduledAt.getTime() / 1000
        : undefined,
      timezone: input.timeZone ?? undefined,
      recipients: input.body.recipients.map((recipient, index) => ({
        id: stored.recipientIds[index],
        phoneNumber: recipient.phone_number,
        variables: recipient.variables ?? {},
      })),
    },
  })
  const answeredAt = performance.now()

  logEvent(outcome.ok ? 'info' : 'error', 'campaign_submit', {
    campaign_id: campaignId,
    outcome: outcome.ok ? 'submitted' : outcome.failure.kind,
    recipients: input.body.recipients.length,
    validate_ms: Math.round(validatedAt - started),
    store_ms: Math.round(storedAt - validatedAt),
    upstream_ms: Math.round(answeredAt - storedAt),
  })
  if (!outcome.ok) throw outcome.error
  return Response.json(outcome.body, { status: 201 })
}

async function store(
  tx: Tx,
  { user }: WriteContext,
  input: CreateCampaignInput,
): Promise<Stored> {
  const { body, idempotencyKey } = input
  const ownership = await checkOwnership(tx, body.agent_id, body.phone_number_id)
  if (ownership === 'agent_not_found') throw notYours('agent')
  if (ownership === 'number_not_found') throw notYours('phone number')
  if (ownership === 'not_assigned') throw numberNotAssigned()

  if (idempotencyKey !== null) {
    const claim = await claimIdempotencyKey(
      tx,
      user.id,
      idempotencyKey,
      input.bodyHash,
    )
    if (claim.outcome === 'replay') return { kind: 'replay', body: claim.response }
    if (claim.outcome === 'accepted') {
      const campaign = await findCampaign(tx, claim.campaignId)
      if (campaign)
        return { kind: 'replay', body: { campaign: toCampaignJson(campaign) } }
    }
    if (claim.outcome === 'reused') throw idempotencyKeyReused()
    if (claim.outcome !== 'claimed') throw requestInProgress()
  }

  try {
    const campaign = await storeCampaign(tx, user.id, {
      name: body.name,
      agentId: body.agent_id,
      phoneNumberId: body.phone_number_id,
      scheduledAt: input.scheduledAt,
      timeZone: input.timeZone,
      recipients: body.recipients,
    })
    if (idempotencyKey !== null) {
      await bindIdempotencyKey(tx, user.id, idempotencyKey, campaign.id)
    }
    return {
      kind: 'stored',
      campaignId: campaign.id,
      recipientIds: campaign.recipientIds,
    }
  } catch (error) {
    throw submitRefusal(error) ?? error
  }
}

const notYours = (what: string) =>
  new ApiError(404, 'not_found', `No ${what} with this id is available to you.`)
