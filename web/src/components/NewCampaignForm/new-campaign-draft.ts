import type { CountryCode } from 'libphonenumber-js'
import { z } from 'zod'

export type RecipientSource = 'file' | 'typed'

/** What a person has entered so far; everything but the file itself. */
export type DraftFields = {
  name: string
  agentId: string | null
  phoneNumberId: string | null
  /** As typed, `YYYY-MM-DD HH:mm`, or empty to start immediately. */
  scheduledText: string
  timeZone: string
  source: RecipientSource
  typedNumbers: string
  defaultCountry: CountryCode | null
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export function emptyDraft(): DraftFields {
  return {
    name: '',
    agentId: null,
    phoneNumberId: null,
    scheduledText: '',
    timeZone: browserTimeZone(),
    source: 'file',
    typedNumbers: '',
    defaultCountry: null,
  }
}

// A stored draft may come from an older version of the app: each field falls
// back on its own instead of throwing the whole draft away.
const storedDraftSchema = z.object({
  name: z.string().catch(''),
  agentId: z.string().nullable().catch(null),
  phoneNumberId: z.string().nullable().catch(null),
  scheduledText: z.string().catch(''),
  timeZone: z.string().min(1).catch(browserTimeZone),
  source: z.enum(['file', 'typed']).catch('file'),
  typedNumbers: z.string().catch(''),
  defaultCountry: z
    .string()
    .nullable()
    .catch(null)
    .transform((code) => code as CountryCode | null),
})

export function readDraftFields(storageKey: string): DraftFields {
  try {
    const stored = localStorage.getItem(storageKey)
    if (!stored) return emptyDraft()
    return storedDraftSchema.parse(JSON.parse(stored))
  } catch {
    return emptyDraft()
  }
}

export function writeDraftFields(storageKey: string, fields: DraftFields): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(fields))
  } catch {
    // Storage full or disabled: the form still works, only a reload loses it.
  }
}

export function removeDraftFields(storageKey: string): void {
  try {
    localStorage.removeItem(storageKey)
  } catch {
    // As above.
  }
}
