export type BatchStatus =
  | 'pending'
  | 'in_progress'
  | 'completed'
  | 'failed'
  | 'cancelled'

export type RecipientStatus =
  | 'pending'
  | 'dispatched'
  | 'initiated'
  | 'in_progress'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | 'voicemail'

export type TelephonyProvider = 'twilio' | 'sip_trunk' | 'exotel'

export type JsonObject = Record<string, unknown>

export interface SimRecipient {
  /** The simulator's own id, shown when submitted ids are being dropped. */
  id: string
  /** The id the caller sent, if any; shown by default. */
  submitted_id: string | null
  phone_number: string | null
  whatsapp_user_id: string | null
  status: RecipientStatus
  created_at_unix: number
  updated_at_unix: number
  conversation_id: string | null
  conversation_initiation_client_data: JsonObject | null
  /** Internal: whether this recipient was ever handed to the dialer. */
  was_dispatched: boolean
}

export interface SimBatch {
  /** Internal creation order; newest first sorts by it and cursors carry it. */
  seq: number
  id: string
  name: string
  agent_id: string
  agent_name: string
  phone_number_id: string | null
  phone_provider: TelephonyProvider | null
  whatsapp_params: JsonObject | null
  branch_id: string | null
  branch_name: string | null
  environment: string | null
  created_at_unix: number
  scheduled_time_unix: number
  timezone: string | null
  last_updated_at_unix: number
  status: BatchStatus
  retry_count: number
  telephony_call_config: JsonObject
  target_concurrency_limit: number | null
  recipients: SimRecipient[]
}

export interface SimState {
  version: 1
  clock_offset_seconds: number
  next_seq: number
  /** API key → batch-calling agreement accepted. */
  agreements: Record<string, boolean>
  batches: SimBatch[]
}
