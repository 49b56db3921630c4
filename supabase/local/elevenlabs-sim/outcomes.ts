import type { RecipientStatus } from './types.ts'

export type DialOutcome = 'completed' | 'failed' | 'voicemail' | 'undialable'

const e164 = /^\+[1-9]\d{1,14}$/

/**
 * Outcome rules (see README): a number that is not E.164 cannot be dialled;
 * otherwise the last two digits decide: 13 fails, 14 reaches voicemail.
 */
export function dialOutcome(phoneNumber: string | null): DialOutcome {
  if (phoneNumber === null || !e164.test(phoneNumber)) return 'undialable'
  if (phoneNumber.endsWith('13')) return 'failed'
  if (phoneNumber.endsWith('14')) return 'voicemail'
  return 'completed'
}

export const terminalRecipientStatuses: readonly RecipientStatus[] = [
  'completed',
  'failed',
  'cancelled',
  'voicemail',
]

export const inFlightRecipientStatuses: readonly RecipientStatus[] = [
  'dispatched',
  'initiated',
  'in_progress',
]

export function isTerminalRecipient(status: RecipientStatus): boolean {
  return terminalRecipientStatuses.includes(status)
}

export function isInFlightRecipient(status: RecipientStatus): boolean {
  return inFlightRecipientStatuses.includes(status)
}
