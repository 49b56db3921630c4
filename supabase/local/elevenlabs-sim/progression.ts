import { dialOutcome, isInFlightRecipient, isTerminalRecipient } from './outcomes.ts'
import type { SimBatch, SimRecipient, SimState } from './types.ts'

export interface ProgressionContext {
  now: number
  defaultConcurrency: number
  newConversationId: () => string
}

/** Moves every started batch one step forward; returns whether anything changed. */
export function runProgressionStep(state: SimState, context: ProgressionContext) {
  let changed = false
  for (const batch of state.batches) {
    if (stepBatch(batch, context)) changed = true
  }
  return changed
}

function stepBatch(batch: SimBatch, context: ProgressionContext): boolean {
  if (batch.status !== 'pending' && batch.status !== 'in_progress') return false
  if (context.now < batch.scheduled_time_unix) return false

  let changed = batch.status === 'pending'
  batch.status = 'in_progress'

  for (const recipient of batch.recipients) {
    if (!isInFlightRecipient(recipient.status)) continue
    advanceCall(recipient, context)
    changed = true
  }

  if (dispatchPending(batch, context)) changed = true

  if (batch.recipients.every((recipient) => isTerminalRecipient(recipient.status))) {
    batch.status = 'completed'
    changed = true
  }
  if (changed) batch.last_updated_at_unix = context.now
  return changed
}

function advanceCall(recipient: SimRecipient, context: ProgressionContext) {
  const outcome = dialOutcome(recipient.phone_number)
  const whatsapp =
    recipient.phone_number === null && recipient.whatsapp_user_id !== null
  const effective = whatsapp ? 'completed' : outcome

  if (recipient.status === 'dispatched') {
    if (effective === 'undialable') {
      recipient.status = 'failed'
    } else {
      recipient.status = 'initiated'
      recipient.conversation_id = context.newConversationId()
    }
  } else if (recipient.status === 'initiated') {
    recipient.status = effective === 'failed' ? 'failed' : 'in_progress'
  } else if (recipient.status === 'in_progress') {
    recipient.status = effective === 'voicemail' ? 'voicemail' : 'completed'
  }
  recipient.updated_at_unix = context.now
}

function dispatchPending(batch: SimBatch, context: ProgressionContext): boolean {
  const limit = batch.target_concurrency_limit ?? context.defaultConcurrency
  let inFlight = batch.recipients.filter((recipient) =>
    isInFlightRecipient(recipient.status),
  ).length
  let changed = false

  for (const recipient of batch.recipients) {
    if (inFlight >= limit) break
    if (recipient.status !== 'pending') continue
    recipient.status = 'dispatched'
    recipient.was_dispatched = true
    recipient.updated_at_unix = context.now
    inFlight += 1
    changed = true
  }
  return changed
}
