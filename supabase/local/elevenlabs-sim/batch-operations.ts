import { detailError } from './errors.ts'
import { isTerminalRecipient } from './outcomes.ts'
import { findAgent, findPhoneNumber, type Seed } from './seed.ts'
import type { SubmitRequest } from './submit-validation.ts'
import type { RecipientStatus, SimBatch, SimState } from './types.ts'

export interface BatchContext {
  state: SimState
  seed: Seed
  now: number
  newId: (prefix: string) => string
}

/** Turns a validated submit into a stored batch, checking ids like upstream. */
export function createBatch(
  context: BatchContext,
  request: SubmitRequest,
): SimBatch {
  const { state, seed, now, newId } = context
  const agent = findAgent(seed, request.agent_id)
  if (!agent) throw detailError('agent_not_found')

  const phone = request.agent_phone_number_id
    ? findPhoneNumber(seed, request.agent_phone_number_id)
    : undefined
  if (request.agent_phone_number_id && !phone)
    throw detailError('phone_number_not_found')
  if (!request.agent_phone_number_id && !request.whatsapp_params) {
    throw detailError('phone_number_required')
  }
  if (request.recipients.length === 0) throw detailError('empty_recipients')

  const batch: SimBatch = {
    seq: state.next_seq,
    id: newId('btcal'),
    name: request.call_name,
    agent_id: agent.agent_id,
    agent_name: agent.name,
    phone_number_id: phone?.phone_number_id ?? null,
    phone_provider: phone?.provider ?? null,
    whatsapp_params: request.whatsapp_params,
    branch_id: request.branch_id,
    branch_name: null,
    environment: request.environment,
    created_at_unix: now,
    scheduled_time_unix: request.scheduled_time_unix ?? now,
    timezone: request.timezone,
    last_updated_at_unix: now,
    status: 'pending',
    retry_count: 0,
    telephony_call_config: {
      ringing_timeout_secs: request.ringing_timeout_secs,
      twilio_call_recording_enabled: request.twilio_call_recording_enabled,
    },
    target_concurrency_limit: request.target_concurrency_limit,
    recipients: request.recipients.map((recipient) => ({
      id: newId('rcpt'),
      submitted_id: recipient.id,
      phone_number: recipient.phone_number,
      whatsapp_user_id: recipient.whatsapp_user_id,
      status: 'pending',
      created_at_unix: now,
      updated_at_unix: now,
      conversation_id: null,
      conversation_initiation_client_data:
        recipient.conversation_initiation_client_data,
      was_dispatched: false,
    })),
  }
  state.next_seq += 1
  state.batches.push(batch)
  return batch
}

export function findBatch(state: SimState, batchId: string): SimBatch {
  const batch = state.batches.find((candidate) => candidate.id === batchId)
  if (!batch) throw detailError('batch_not_found')
  return batch
}

export function deleteBatch(state: SimState, batchId: string) {
  const batch = findBatch(state, batchId)
  state.batches = state.batches.filter((candidate) => candidate !== batch)
}

export function cancelBatch(batch: SimBatch, now: number) {
  if (batch.status !== 'pending' && batch.status !== 'in_progress') {
    throw detailError(
      'batch_not_cancellable',
      `Batch ${batch.id} is ${batch.status} and cannot be cancelled.`,
    )
  }
  for (const recipient of batch.recipients) {
    if (isTerminalRecipient(recipient.status)) continue
    recipient.status = 'cancelled'
    recipient.updated_at_unix = now
  }
  batch.status = 'cancelled'
  batch.last_updated_at_unix = now
}

/** Re-queues retryable recipients; a batch with none comes back unchanged. */
export function retryBatch(
  batch: SimBatch,
  now: number,
  retryableStatuses: readonly RecipientStatus[],
) {
  const retryable = batch.recipients.filter((recipient) =>
    retryableStatuses.includes(recipient.status),
  )
  if (retryable.length === 0) return

  for (const recipient of retryable) {
    recipient.status = 'pending'
    recipient.conversation_id = null
    recipient.was_dispatched = false
    recipient.updated_at_unix = now
  }
  batch.retry_count += 1
  batch.status = 'pending'
  batch.last_updated_at_unix = now
}
