import type { ElevenLabs } from '@elevenlabs/elevenlabs-js'

/** What `private.apply_campaign_sync` takes from an upstream batch. */
export type BatchSnapshot = {
  status: string
  total_calls_scheduled: number
  total_calls_dispatched: number
  retry_count: number
  recipients: Array<{
    id: string
    phone_number: string | null
    status: string
    conversation_id: string | null
    updated_at_unix: number
  }>
}

export function toBatchSnapshot(
  batch: ElevenLabs.BatchCallDetailedResponse,
): BatchSnapshot {
  return {
    status: batch.status,
    total_calls_scheduled: batch.totalCallsScheduled,
    total_calls_dispatched: batch.totalCallsDispatched,
    retry_count: batch.retryCount ?? 0,
    recipients: batch.recipients.map((recipient) => ({
      id: recipient.id,
      phone_number: recipient.phoneNumber ?? null,
      status: recipient.status,
      conversation_id: recipient.conversationId ?? null,
      updated_at_unix: recipient.updatedAtUnix,
    })),
  }
}
