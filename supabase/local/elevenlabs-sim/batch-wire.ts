import { isTerminalRecipient } from './outcomes.ts'
import type { SimBatch } from './types.ts'

export function batchCounters(batch: SimBatch) {
  let dispatched = 0
  let finished = 0
  for (const recipient of batch.recipients) {
    if (recipient.was_dispatched) dispatched += 1
    if (isTerminalRecipient(recipient.status)) finished += 1
  }
  return {
    total_calls_dispatched: dispatched,
    total_calls_scheduled: batch.recipients.length,
    total_calls_finished: finished,
  }
}

/** BatchCallResponse: every key the official client requires, nulls included. */
export function toBatchResponse(batch: SimBatch) {
  return {
    id: batch.id,
    phone_number_id: batch.phone_number_id,
    phone_provider: batch.phone_provider,
    whatsapp_params: batch.whatsapp_params,
    name: batch.name,
    agent_id: batch.agent_id,
    branch_id: batch.branch_id,
    environment: batch.environment,
    created_at_unix: batch.created_at_unix,
    scheduled_time_unix: batch.scheduled_time_unix,
    timezone: batch.timezone,
    ...batchCounters(batch),
    last_updated_at_unix: batch.last_updated_at_unix,
    status: batch.status,
    retry_count: batch.retry_count,
    telephony_call_config: batch.telephony_call_config,
    target_concurrency_limit: batch.target_concurrency_limit,
    agent_name: batch.agent_name,
    branch_name: batch.branch_name,
  }
}

export function toBatchDetailedResponse(batch: SimBatch, dropRecipientIds: boolean) {
  return {
    ...toBatchResponse(batch),
    recipients: batch.recipients.map((recipient) => ({
      id: dropRecipientIds ? recipient.id : (recipient.submitted_id ?? recipient.id),
      phone_number: recipient.phone_number,
      whatsapp_user_id: recipient.whatsapp_user_id,
      status: recipient.status,
      created_at_unix: recipient.created_at_unix,
      updated_at_unix: recipient.updated_at_unix,
      conversation_id: recipient.conversation_id,
      conversation_initiation_client_data:
        recipient.conversation_initiation_client_data,
    })),
  }
}
