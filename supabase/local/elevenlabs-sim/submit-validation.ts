import { type ValidationIssue, validationError } from './errors.ts'
import {
  checkBoolean,
  checkInteger,
  checkObject,
  checkString,
  isObject,
  missing,
} from './field-checks.ts'
import type { JsonObject } from './types.ts'

export const maxRecipients = 10_000

export interface RecipientInput {
  id: string | null
  phone_number: string | null
  whatsapp_user_id: string | null
  conversation_initiation_client_data: JsonObject | null
}

export interface SubmitRequest {
  call_name: string
  agent_id: string
  recipients: RecipientInput[]
  scheduled_time_unix: number | null
  agent_phone_number_id: string | null
  whatsapp_params: JsonObject | null
  timezone: string | null
  branch_id: string | null
  environment: string | null
  ringing_timeout_secs: number
  twilio_call_recording_enabled: boolean
  target_concurrency_limit: number | null
}

/** Checks the body the way upstream's FastAPI model does; throws a 422. */
export function parseSubmitBody(body: unknown): SubmitRequest {
  const issues: ValidationIssue[] = []
  if (!isObject(body)) {
    throw validationError([
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ])
  }

  for (const key of ['call_name', 'agent_id', 'recipients']) {
    if (body[key] === undefined) issues.push(missing(['body', key]))
  }
  const callName = checkString(body.call_name, ['body', 'call_name'], issues)
  const agentId = checkString(body.agent_id, ['body', 'agent_id'], issues)
  const recipients = parseRecipients(body.recipients, issues)
  const config = checkObject(
    body.telephony_call_config,
    ['body', 'telephony_call_config'],
    issues,
    'TelephonyCallConfig',
  )
  const request: SubmitRequest = {
    call_name: callName ?? '',
    agent_id: agentId ?? '',
    recipients,
    scheduled_time_unix: checkInteger(
      body.scheduled_time_unix,
      ['body', 'scheduled_time_unix'],
      issues,
    ),
    agent_phone_number_id: checkString(
      body.agent_phone_number_id,
      ['body', 'agent_phone_number_id'],
      issues,
    ),
    whatsapp_params: checkObject(
      body.whatsapp_params,
      ['body', 'whatsapp_params'],
      issues,
      'BatchCallWhatsAppParams',
    ),
    timezone: checkString(body.timezone, ['body', 'timezone'], issues),
    branch_id: checkString(body.branch_id, ['body', 'branch_id'], issues),
    environment: checkString(body.environment, ['body', 'environment'], issues),
    ringing_timeout_secs:
      checkInteger(
        config?.ringing_timeout_secs,
        ['body', 'telephony_call_config', 'ringing_timeout_secs'],
        issues,
        { min: 1, max: 999 },
      ) ?? 60,
    twilio_call_recording_enabled:
      checkBoolean(
        config?.twilio_call_recording_enabled,
        ['body', 'telephony_call_config', 'twilio_call_recording_enabled'],
        issues,
      ) ?? false,
    target_concurrency_limit: checkInteger(
      body.target_concurrency_limit,
      ['body', 'target_concurrency_limit'],
      issues,
      { min: 1 },
    ),
  }

  if (issues.length > 0) throw validationError(issues)
  return request
}

function parseRecipients(
  value: unknown,
  issues: ValidationIssue[],
): RecipientInput[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    issues.push({
      type: 'list_type',
      loc: ['body', 'recipients'],
      msg: 'Input should be a valid list',
      input: value,
    })
    return []
  }
  if (value.length > maxRecipients) {
    // NOTE: pydantic would echo the whole list as `input`; left out to keep
    // the error small.
    issues.push({
      type: 'too_long',
      loc: ['body', 'recipients'],
      msg: `List should have at most ${maxRecipients} items after validation, not ${value.length}`,
      ctx: {
        field_type: 'List',
        max_length: maxRecipients,
        actual_length: value.length,
      },
    })
    return []
  }
  return value.map((item, index) => parseRecipient(item, index, issues))
}

function parseRecipient(
  item: unknown,
  index: number,
  issues: ValidationIssue[],
): RecipientInput {
  const loc = ['body', 'recipients', index]
  const recipient = checkObject(item, loc, issues, 'OutboundCallRecipient') ?? {}
  const clientData = checkObject(
    recipient.conversation_initiation_client_data,
    [...loc, 'conversation_initiation_client_data'],
    issues,
    'ConversationInitiationClientDataRequest',
  )
  checkObject(
    clientData?.dynamic_variables,
    [...loc, 'conversation_initiation_client_data', 'dynamic_variables'],
    issues,
    'dict',
  )
  return {
    id: checkString(recipient.id, [...loc, 'id'], issues),
    phone_number: checkString(
      recipient.phone_number,
      [...loc, 'phone_number'],
      issues,
    ),
    whatsapp_user_id: checkString(
      recipient.whatsapp_user_id,
      [...loc, 'whatsapp_user_id'],
      issues,
    ),
    conversation_initiation_client_data: clientData,
  }
}
