import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js'

export type UpstreamConfig = {
  apiKey: string
  /** Unset for the real ElevenLabs; the local simulator's URL otherwise. */
  baseUrl?: string
  /** Well under an edge function's wall-clock limit. */
  timeoutSeconds?: number
}

export type UpstreamRecipient = {
  id: string
  phoneNumber: string
  variables: Record<string, string | number | boolean>
}

export type UpstreamSubmit = {
  callName: string
  agentId: string
  agentPhoneNumberId: string
  scheduledTimeUnix?: number
  timezone?: string
  recipients: UpstreamRecipient[]
}

/**
 * The batch-calling calls we make, through the official client. Submitting is
 * never retried by the client: a retried POST could create a second batch.
 */
export function createUpstream(config: UpstreamConfig) {
  const client = new ElevenLabsClient({
    apiKey: config.apiKey,
    baseUrl: config.baseUrl || undefined,
    timeoutInSeconds: config.timeoutSeconds ?? 20,
    maxRetries: 0,
  })
  const batches = client.conversationalAi.batchCalls

  return {
    submit(batch: UpstreamSubmit) {
      return batches.create(
        {
          callName: batch.callName,
          agentId: batch.agentId,
          agentPhoneNumberId: batch.agentPhoneNumberId,
          scheduledTimeUnix: batch.scheduledTimeUnix,
          timezone: batch.timezone,
          recipients: batch.recipients.map((recipient) => ({
            id: recipient.id,
            phoneNumber: recipient.phoneNumber,
            conversationInitiationClientData: {
              dynamicVariables: recipient.variables,
            },
          })),
        },
        { maxRetries: 0 },
      )
    },
    get: (batchId: string) => batches.get(batchId, { maxRetries: 1 }),
    cancel: (batchId: string) => batches.cancel(batchId, { maxRetries: 0 }),
    retry: (batchId: string) => batches.retry(batchId, { maxRetries: 0 }),
    list: (options: { limit?: number; lastDoc?: string }) =>
      batches.list(options, { maxRetries: 1 }),
  }
}

export type Upstream = ReturnType<typeof createUpstream>
